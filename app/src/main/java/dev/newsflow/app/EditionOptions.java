package dev.newsflow.app;

import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.edition.EditionResolver;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Edition metadata given on the command line; it overrides editions.json and the path. */
public final class EditionOptions {

    @Option(names = "--paper", description = "Newspaper of every page given (overrides editions.json and the path).")
    String paper;

    /** ISO date, checked when the command line is read. */
    private String date;

    @Option(names = "--page", description = "Page number (for a single file).")
    Integer page;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Edition date of every page given.")
    void date(String value) {
        String iso = EditionResolver.isoDate(value);
        if (iso == null) {
            throw new ParameterException(spec.commandLine(), "--date must be a date YYYY-MM-DD, not " + value);
        }
        this.date = iso;
    }

    public Edition edition() {
        return new Edition(paper, date, page);
    }
}
