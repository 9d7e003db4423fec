package dev.newsflow.app.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import dev.newsflow.app.CommittedReader;
import dev.newsflow.app.KafkaOptions;
import dev.newsflow.app.Pipeline;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.edition.EditionResolver;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.ingest.publish.IngestStats;
import dev.newsflow.ingest.publish.Offer;
import dev.newsflow.ingest.publish.PagePublisher;
import dev.newsflow.schemas.PageOutcome;
import dev.newsflow.schemas.PageStatus;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.topics.Topic;
import dev.newsflow.topics.Topics;

/**
 * Measure (c): the whole pipeline on an embedded broker, ingest to files, as {@code newsflow run} runs it: a first
 * batch of pages on the pipeline just started (cold: the JIT compiles broker, clients and stages meanwhile), then a
 * second batch of as many new pages on the warmed-up pipeline (steady, comparable with the warmed-up in-process
 * measures). Then, with the pipeline idle, single new pages one at a time (the latency probe).
 *
 * <p>Latency of a page: from the moment ingest hands it to Kafka (the timestamp of its raw-pages record, set by
 * the producer when ingest sends it) to the moment the sink commits (renames into place) the .jsonl file that
 * holds the last of its articles. For a probe page the clock starts earlier still, just before ingest reads the
 * file. Throughput counts from the start of a batch's ingest, with enrich already running, to the last commit; the
 * end-to-end time of the first batch also counts the broker's start, topic creation and enrich's start.
 */
final class PipelineMeasure {

    /** Quiet time before each probe page, so each one meets an idle pipeline. */
    private static final long IDLE_BEFORE_PROBE_MS = 500;
    /** Editions in a warm-up batch between the cold and the steady batch. */
    private static final int WARMUP_EDITIONS = 20;
    /** Below this share of its time compiling, the JIT is quiet: the pipeline is warm. */
    private static final double QUIET_JIT = 0.1;

    /** @param warmup at most this long of warm-up batches between the cold and the steady batch */
    record Settings(Path work, Path coldDir, Path steadyDir, Corpus corpus, int spareEdition, int threads, int partitions,
                    int probes, long maxPageBytes, Duration warmup, Duration timeout) {
    }

    /**
     * @param cold            the first batch, on a pipeline just started: JIT compilation of broker, clients and
     *                        stages included
     * @param steady          a second batch of as many new pages on the warmed-up pipeline
     * @param endToEndSeconds from the broker's start to the first batch in the files
     * @param startSeconds    from the broker's start to enrich running, when the first batch is ingested
     * @param enrichSeconds   from the first batch's ingest to enrich's last page status of it (the sink finishes later)
     * @param warmupBatches   batches of {@value #WARMUP_EDITIONS} editions run between the two until the JIT was quiet
     * @param steadyJitBusy   compilation time during the steady batch over its duration
     */
    record Result(Throughput cold, Throughput steady, double endToEndSeconds, double startSeconds, double enrichSeconds,
                  int warmupBatches, double steadyJitBusy, List<Long> backfillLatenciesMs, List<Long> probeLatenciesMs) {
    }

    /**
     * A batch of pages through the pipeline: its throughput, when each page went in and came out, and the JIT's
     * compilation time over the batch's duration.
     */
    private record Batch(Throughput throughput, long ingestMs, long enrichDoneMs, long doneMs, List<Long> latenciesMs,
                         double jitBusy) {
    }

    private PipelineMeasure() {
    }

    static Result run(Settings s, HeapWatch heap, PrintStream err) throws Exception {
        heap.newPhase();
        SinkLog sinkLog = new SinkLog();
        long deadline = System.nanoTime() + s.timeout().toNanos();
        long startMs = System.currentTimeMillis();
        KafkaOptions kafka = KafkaOptions.of(null, Topics.DEFAULT_PREFIX, s.partitions(), (short) 1);
        try (Pipeline pipeline = Pipeline.start(s.work().resolve("out"), null, kafka, s.threads(), sinkLog, err);
             StatusWatch statuses = new StatusWatch(pipeline.client(), pipeline.topics())) {
            pipeline.enrich().awaitRunning(s.timeout());
            Batch cold = batch("pipeline, cold", s.coldDir(), s, pipeline, statuses, sinkLog, heap, deadline, err);
            // as for the in-process measures: batches of new pages until the JIT is quiet (or the warm-up time is
            // spent: broker and client code reaches the JIT late, at the pace of requests), then the steady batch
            int warmups = 0;
            int nextEdition = s.spareEdition();
            long warmupEnd = System.nanoTime() + s.warmup().toNanos();
            for (double busy = cold.jitBusy(); busy > QUIET_JIT && System.nanoTime() < warmupEnd; warmups++) {
                Path dir = s.corpus().write(s.work().resolve("corpus-warmup-" + warmups), nextEdition, WARMUP_EDITIONS);
                nextEdition += WARMUP_EDITIONS;
                busy = batch("pipeline, warm-up", dir, s, pipeline, statuses, sinkLog, heap, deadline, err).jitBusy();
            }
            Batch steady = batch("pipeline", s.steadyDir(), s, pipeline, statuses, sinkLog, heap, deadline, err);
            List<Long> probes = probe(s, nextEdition, pipeline, statuses, sinkLog, deadline, err);
            return new Result(cold.throughput(), steady.throughput(), (cold.doneMs() - startMs) / 1000.0,
                    (cold.ingestMs() - startMs) / 1000.0, (cold.enrichDoneMs() - cold.ingestMs()) / 1000.0,
                    warmups, steady.jitBusy(), cold.latenciesMs(), probes);
        }
    }

    /** Ingests every page under {@code dir} at once and waits until all their articles are in the files. */
    private static Batch batch(String name, Path dir, Settings s, Pipeline pipeline, StatusWatch statuses, SinkLog sinkLog,
                               HeapWatch heap, long deadline, PrintStream err) throws Exception {
        heap.newPhase();
        long ingestMs = System.currentTimeMillis();
        double cpu = Throughput.processCpuSeconds();
        long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        IngestStats stats = pipeline.ingest(List.of(dir), Edition.UNKNOWN, s.maxPageBytes(), err);
        Set<String> pages = new LinkedHashSet<>();
        for (Offer o : stats.offers()) {
            if (o.result() != Offer.Result.PUBLISHED) {
                throw new IllegalStateException("corpus page " + o.file() + " was not published: " + o.result() + " " + o.detail());
            }
            pages.add(o.pageId());
        }
        awaitInFiles(pages, statuses, sinkLog, pipeline, deadline);
        double cpuSeconds = Throughput.processCpuSeconds() - cpu;
        long compiled = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiling;
        long doneMs = 0;
        long enrichDoneMs = 0;
        long articles = 0;
        long chars = 0;
        for (String id : pages) {
            SinkLog.PageCommits c = sinkLog.page(id);
            enrichDoneMs = Math.max(enrichDoneMs, statuses.seenAtMs(id));
            if (c != null) {
                doneMs = Math.max(doneMs, c.lastCommitMs());
                articles += c.articles();
                chars += c.chars();
            }
        }
        double seconds = (doneMs - ingestMs) / 1000.0;
        err.printf("bench: %s: %d pages in %.1f s%n", name, pages.size(), seconds);
        Map<String, Long> sent = sendTimes(pipeline);
        List<Long> latencies = new ArrayList<>();
        for (String id : pages) {
            SinkLog.PageCommits c = sinkLog.page(id);
            if (c != null) {
                latencies.add(c.lastCommitMs() - sent.get(id));
            }
        }
        return new Batch(new Throughput(name, pages.size(), articles, chars, seconds, cpuSeconds, heap.phasePeakBytes()),
                ingestMs, enrichDoneMs, doneMs, latencies, compiled / 1000.0 / seconds);
    }

    /** Single new pages on the idle pipeline, one at a time, each from a long-running ingest. */
    private static List<Long> probe(Settings s, int firstEdition, Pipeline pipeline, StatusWatch statuses, SinkLog sinkLog, long deadline,
                                    PrintStream err) throws Exception {
        List<Long> latencies = new ArrayList<>();
        IngestConfig config = IngestConfig.defaults(pipeline.client()).withTransactionalId("newsflow-bench-probe")
                .withMaxPageBytes(s.maxPageBytes());
        Path dir = s.work().resolve("probes");
        try (PagePublisher ingest = new PagePublisher(pipeline.topics(), config, new EditionResolver(Edition.UNKNOWN),
                Clock.systemUTC()).start()) {
            for (int k = 0; k < s.probes(); k++) {
                Path file = s.corpus().page(dir, firstEdition + k,
                        k % s.corpus().pagesPerEdition());
                Thread.sleep(IDLE_BEFORE_PROBE_MS);
                long startMs = System.currentTimeMillis();
                Offer offer = ingest.offer(file);
                ingest.flush();
                if (offer.result() != Offer.Result.PUBLISHED) {
                    throw new IllegalStateException("probe page " + file + " was not published: " + offer.result());
                }
                awaitInFiles(Set.of(offer.pageId()), statuses, sinkLog, pipeline, deadline);
                SinkLog.PageCommits c = sinkLog.page(offer.pageId());
                if (c != null) {
                    latencies.add(c.lastCommitMs() - startMs);
                }
            }
        }
        err.printf("bench: %d probe pages, latencies %s ms%n", latencies.size(), latencies);
        return latencies;
    }

    /** Waits until enrich has processed every page and the sink has committed every article of them. */
    private static void awaitInFiles(Set<String> pages, StatusWatch statuses, SinkLog sinkLog, Pipeline pipeline,
                                     long deadline) throws TimeoutException, InterruptedException {
        Set<String> waiting = new LinkedHashSet<>(pages);
        while (!waiting.isEmpty()) {
            waiting.removeIf(id -> {
                PageStatus status = statuses.status(id);
                if (status == null) {
                    return false;
                }
                if (status.getStatus() != PageOutcome.processed) {
                    throw new IllegalStateException("page " + id + " was not processed: " + status.getError());
                }
                SinkLog.PageCommits c = sinkLog.page(id);
                return status.getArticles() == 0 || (c != null && c.articles() >= status.getArticles());
            });
            pipeline.checkAlive();
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(waiting.size() + " pages not in the files in time, e.g. " + waiting.iterator().next());
            }
            // the times come from the sink's commits, not from this loop: polling often would only take CPU from the pipeline
            Thread.sleep(20);
        }
    }

    /** Page id → timestamp of its raw-pages record: when ingest sent it. */
    private static Map<String, Long> sendTimes(Pipeline pipeline) {
        Topic<String, RawPage> topic = pipeline.topics().rawPages();
        Map<String, Long> sent = new HashMap<>();
        CommittedReader.forEach(pipeline.client(), topic.name(), topic.keyDeserializer(), topic.valueDeserializer(),
                r -> sent.put(r.value().getId(), r.timestamp()));
        return sent;
    }
}
