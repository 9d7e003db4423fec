package dev.newsflow.app;

import java.nio.file.Path;
import java.time.Duration;

import dev.newsflow.ingest.WatchIngest;
import picocli.CommandLine.Option;

/** Continuous ingestion of an inbox folder. */
public final class WatchOptions {

    @Option(names = "--watch", paramLabel = "DIR", defaultValue = "${env:NEWSFLOW_WATCH}",
            description = {"Watch this inbox folder and ingest every page file that arrives, until stopped (env "
                    + "NEWSFLOW_WATCH).",
                    "A file is taken once complete: moved in by an atomic rename from a temporary name",
                    "(*.tmp, *.part, *.partial, *~ or hidden names are never taken), or, when written in place,",
                    "once its size and modification time have held still for --settle."})
    Path inbox;

    @Option(names = "--settle", paramLabel = "DURATION", defaultValue = "${env:NEWSFLOW_SETTLE:-PT0.5S}",
            description = "How long a file's size must hold still before it is taken (ISO-8601, default "
                    + "${DEFAULT-VALUE}).")
    Duration settle;

    @Option(names = "--rescan", paramLabel = "DURATION", defaultValue = "${env:NEWSFLOW_RESCAN:-PT5S}",
            description = "Full rescan of the inbox as a safety net for lost file events (ISO-8601, default "
                    + "${DEFAULT-VALUE}).")
    Duration rescan;

    /** Options as code, for tests and embedding. */
    public static WatchOptions of(Path inbox, Duration settle, Duration rescan) {
        WatchOptions o = new WatchOptions();
        o.inbox = inbox;
        o.settle = settle;
        o.rescan = rescan;
        return o;
    }

    boolean enabled() {
        return inbox != null;
    }

    WatchIngest.Settings settings() {
        return new WatchIngest.Settings(inbox, settle == null ? WatchIngest.Settings.DEFAULT_SETTLE : settle,
                rescan == null ? WatchIngest.Settings.DEFAULT_RESCAN : rescan);
    }
}
