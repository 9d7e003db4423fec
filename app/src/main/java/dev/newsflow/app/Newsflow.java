package dev.newsflow.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/**
 * The newsflow command line. Run through the {@code ./newsflow} script at the repository root, which
 * builds the project when needed.
 *
 * <pre>
 * ./newsflow run seeds --out OUT          # the whole pipeline on an embedded broker
 * ./newsflow ingest DIR --bootstrap-servers host:9092
 * ./newsflow enrich --bootstrap-servers host:9092
 * ./newsflow sink --out OUT --bootstrap-servers host:9092
 * ./newsflow split seeds               # the articles of pages as JSON Lines, no Kafka
 * echo 市委书记杜小刚调研 | ./newsflow tag
 * </pre>
 *
 * A mistake in the call (an unknown option, a value of the wrong form, a path that does not exist) is one line
 * {@code newsflow: …} on stderr and exit status 2; a failure while running is one line and exit status 1, with the
 * stack trace only under {@code --verbose} (and in the log at DEBUG).
 */
@Command(name = "newsflow", mixinStandardHelpOptions = true, version = "newsflow 0.1.0",
        description = "Raw newspaper pages to enriched article events on Apache Kafka.",
        subcommands = {RunCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class,
                SplitCommand.class, SegmentCommand.class, TagCommand.class, VerifyCommand.class, TailCommand.class})
public final class Newsflow {

    /** picocli's exit status for a mistake in the call (its {@code ExitCode.USAGE}). */
    public static final int USAGE = CommandLine.ExitCode.USAGE;
    /** Exit status of a command that failed while running. */
    public static final int FAILED = CommandLine.ExitCode.SOFTWARE;

    private static final Logger log = LoggerFactory.getLogger(Newsflow.class);

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print the stack trace of a failure.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(Stdio.OUT, true), new PrintWriter(Stdio.ERR, true), args));
    }

    /** Runs one command line with its answers on {@code out} and {@code err}; returns the exit status. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(new Newsflow(), out, err).execute(args);
    }

    /**
     * The newsflow command line with newsflow's answers to mistakes and failures. {@code root}'s command is
     * {@code newsflow}; other tools (the bench) root their own commands here to answer alike, named as they are
     * called (e.g. {@code newsflow bench}).
     */
    public static CommandLine commandLine(Object root, PrintWriter out, PrintWriter err) {
        return new CommandLine(root).setOut(out).setErr(err)
                .registerConverter(Duration.class, Newsflow::duration)
                .registerConverter(LocalDate.class, Newsflow::date)
                .setParameterExceptionHandler((e, args) -> {
                    String command = e.getCommandLine().getCommandSpec().qualifiedName();
                    e.getCommandLine().getErr()
                            .println("newsflow: " + oneLine(e.getMessage()) + " (see " + command + " --help)");
                    return USAGE;
                })
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    PrintWriter to = commandLine.getErr();
                    to.println("newsflow: " + describe(e));
                    log.debug("{} failed", commandLine.getCommandName(), e);
                    if (verbose(parseResult)) {
                        e.printStackTrace(to);
                    }
                    to.flush();
                    return e instanceof UsageException ? USAGE : FAILED;
                });
    }

    private static Duration duration(String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not an ISO-8601 duration such as PT30S or PT10M");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
        }
    }

    /** The failure and its causes, in one line: what a user can act on, without the stack. */
    static String describe(Throwable e) {
        StringBuilder line = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : oneLine(t.getMessage());
            if (line.indexOf(message) < 0) {
                line.append(line.length() == 0 ? "" : ": ").append(message);
            }
        }
        return line.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
