package dev.newsflow.app;

import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.edition.EditionResolver;
import picocli.CommandLine.Option;

/** Edition metadata given on the command line; it overrides editions.json and the path. */
public final class EditionOptions {

    @Option(names = "--paper", description = "Newspaper of every page given (overrides editions.json and the path).")
    String paper;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Edition date of every page given.")
    String date;

    @Option(names = "--page", description = "Page number (for a single file).")
    Integer page;

    public Edition edition() {
        if (date != null && EditionResolver.isoDate(date) == null) {
            throw new IllegalArgumentException("--date must be YYYY-MM-DD, not " + date);
        }
        return new Edition(paper, EditionResolver.isoDate(date), page);
    }
}
