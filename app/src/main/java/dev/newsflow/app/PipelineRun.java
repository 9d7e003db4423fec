package dev.newsflow.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsflow.enrich.split.SplitDoubts;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.publish.IngestStats;
import dev.newsflow.ingest.publish.Offer;
import dev.newsflow.json.PlainJson;
import dev.newsflow.schemas.PageOutcome;
import dev.newsflow.schemas.PageStatus;
import dev.newsflow.sink.file.FileSink;
import dev.newsflow.sink.file.OutputAudit;

/**
 * The whole pipeline in one process, once: a {@link Pipeline} started, ingest of the given pages, and a wait
 * until every page offered has been processed and every article is in the files. Its state (the embedded
 * broker's data, Streams state) lives under {@code OUT/.newsflow}, so a second run over the same pages publishes
 * nothing and changes no file.
 */
public final class PipelineRun {

    /** What to run. */
    public record Settings(List<Path> inputs, Path out, String bootstrapServers, Edition edition, int threads,
                           long maxPageBytes, Duration timeout) {
    }

    private PipelineRun() {
    }

    public static RunSummary execute(Settings settings, KafkaOptions kafka, PrintStream err) throws Exception {
        return execute(settings, kafka, err, null);
    }

    /** As {@link #execute(Settings, KafkaOptions, PrintStream)}, with metrics and health served while it runs. */
    static RunSummary execute(Settings settings, KafkaOptions kafka, PrintStream err,
            StageService service) throws Exception {
        long started = System.nanoTime();
        Path out = settings.out().toAbsolutePath().normalize();
        try (Pipeline pipeline = Pipeline.start(out, settings.bootstrapServers(), kafka, settings.threads(),
                FileSink.CommitListener.NONE, service, err)) {
            IngestStats stats = pipeline.ingest(settings.inputs(), settings.edition(), settings.maxPageBytes(), err);
            err.println("newsflow: ingest done: " + stats);

            Set<String> offeredIds = new HashSet<>();
            Set<String> awaited = new HashSet<>();
            for (Offer o : stats.offers()) {
                if (o.pageId() != null) {
                    offeredIds.add(o.pageId());
                }
                if (!o.deadLetter()) {
                    awaited.add(o.pageId());
                }
            }
            long deadline = System.nanoTime() + settings.timeout().toNanos();
            Map<String, PageStatus> statuses = pipeline.awaitStatuses(awaited, deadline);
            pipeline.awaitSink(deadline);
            pipeline.stopSink();

            // every offer is either a processed page or a dead letter: at ingest, or from enrich's page status
            long processed = 0;
            long deadLetters = 0;
            long doubtful = 0;
            for (Offer o : stats.offers()) {
                PageStatus status = o.deadLetter() ? null : statuses.get(o.pageId());
                if (status != null && status.getStatus() == PageOutcome.processed) {
                    processed++;
                    if (SplitDoubts.isDoubtful(status.getSplitConfidence())) {
                        doubtful++;
                        err.println(doubtfulLine(o.file().toString(), o.pageId(), status.getSplitConfidence(),
                                status.getSplitWarnings()));
                    }
                } else {
                    deadLetters++;
                    err.println("newsflow: dead letter: " + o.file()
                            + (o.pageId() == null ? "" : " (page " + o.pageId() + ")")
                            + ": " + (status == null ? o.detail() : status.getError()));
                }
            }
            long[] counts = countArticles(out, offeredIds);
            double seconds = (System.nanoTime() - started) / 1e9;
            return new RunSummary(stats.offered(), stats.count(Offer.Result.PUBLISHED),
                    stats.count(Offer.Result.DUPLICATE), processed, deadLetters, doubtful, counts[0],
                    pipeline.countArticleDeadLetters(offeredIds), counts[1],
                    counts[2], seconds, out.toString());
        }
    }

    /** The line a page whose split is doubtful gets on stderr, with the reasons. */
    static String doubtfulLine(String file, String pageId, double confidence, List<String> warnings) {
        return "newsflow: doubtful split: " + file + (pageId == null ? "" : " (page " + pageId + ")") + ", confidence "
                + confidence + ": " + String.join("; ", warnings);
    }

    /** Articles of the given pages in the output files: {articles, entities, duplicate ids}. */
    static long[] countArticles(Path out, Set<String> pageIds) {
        long articles = 0;
        long entities = 0;
        Set<String> ids = new HashSet<>();
        long duplicates = 0;
        try {
            // the committed segments only: the pipeline's state under hidden folders changes while it runs
            for (Path file : OutputAudit.segments(out)) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode article = PlainJson.mapper().readTree(line);
                    if (!pageIds.contains(article.path("page").path("id").asText())) {
                        continue;
                    }
                    articles++;
                    entities += article.path("entities").size();
                    if (!ids.add(article.path("id").asText())) {
                        duplicates++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the output files under " + out, e);
        }
        return new long[] {articles, entities, duplicates};
    }
}
