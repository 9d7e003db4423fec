package dev.newsflow.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.edition.EditionResolver;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.ingest.publish.IngestStats;
import dev.newsflow.ingest.publish.PagePublisher;
import dev.newsflow.ingest.source.PageFiles;
import dev.newsflow.topics.Topics;

/**
 * Ingests files and folders in one batch: every page file found is offered once, committed, and counted.
 * Prints a progress line on stderr every few seconds for long runs.
 *
 * <pre>./newsflow ingest seeds --bootstrap-servers localhost:9092</pre>
 */
public final class Ingest {

    private static final long PROGRESS_EVERY_MS = 2_000;

    private Ingest() {
    }

    public static IngestStats run(Topics topics, IngestConfig config, Edition given, List<Path> roots,
            PrintStream progress) {
        List<Path> files = PageFiles.expand(roots);
        long started = System.currentTimeMillis();
        long lastReport = started;
        try (PagePublisher publisher = new PagePublisher(topics, config, new EditionResolver(given), Clock.systemUTC())
                .start()) {
            for (int i = 0; i < files.size(); i++) {
                publisher.offer(files.get(i));
                long now = System.currentTimeMillis();
                if (now - lastReport >= PROGRESS_EVERY_MS) {
                    lastReport = now;
                    progress.printf("ingest: %d/%d files, %s, %.1f files/s%n", i + 1, files.size(),
                            publisher.stats(), (i + 1) * 1000.0 / Math.max(1, now - started));
                }
            }
            publisher.flush();
            return publisher.stats();
        }
    }
}
