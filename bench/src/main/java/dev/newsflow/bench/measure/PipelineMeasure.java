package dev.newsflow.bench.measure;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import dev.newsflow.app.CommittedReader;
import dev.newsflow.app.KafkaOptions;
import dev.newsflow.app.Pipeline;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.edition.EditionResolver;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.ingest.publish.Offer;
import dev.newsflow.ingest.publish.PagePublisher;
import dev.newsflow.ingest.source.PageFiles;
import dev.newsflow.schemas.PageOutcome;
import dev.newsflow.schemas.PageStatus;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.testkit.Corpus;
import dev.newsflow.topics.Topic;
import dev.newsflow.topics.Topics;

/**
 * Measure (c): the whole pipeline on an embedded broker, ingest to files, as {@code newsflow run} runs it, kept open
 * for the whole bench: a first batch of pages on the pipeline just started (cold: the JIT compiles broker, clients
 * and stages meanwhile), warm-up batches until the JIT is quiet, then batches of as many new pages as the cold one
 * on the warmed-up pipeline (steady), which the bench runs in turns with the in-process measures. Last, with the
 * pipeline idle, single new pages one at a time (the latency probe).
 *
 * <p>Latency of a page: from the moment ingest hands it to Kafka (the timestamp of its raw-pages record, set by
 * the producer when ingest sends it) to the moment the sink commits (renames into place) the .jsonl file that
 * holds the last of its articles. For a probe page the clock starts earlier still, just before ingest reads the
 * file. Throughput counts from the start of a batch's ingest, with enrich already running, to the last commit; the
 * end-to-end time of the first batch also counts the broker's start, topic creation and enrich's start.
 */
final class PipelineMeasure implements AutoCloseable {

    /** Quiet time before each probe page, so each one meets an idle pipeline. */
    private static final long IDLE_BEFORE_PROBE_MS = 500;
    /** Editions in a warm-up batch between the cold and the steady batches. */
    private static final int WARMUP_EDITIONS = 20;
    /** Below this share of its time compiling, the JIT is quiet: the pipeline is warm. */
    private static final double QUIET_JIT = 0.1;
    /** Quiet batches in a row that end the warm-up. */
    private static final int QUIET_BATCHES = 3;

    /**
     * @param editions editions in a batch (the cold batch and each steady one)
     * @param warmup   at most this long of warm-up batches between the cold and the steady batches
     */
    record Settings(Path work, Corpus corpus, int editions, int threads, int partitions, int probes, long maxPageBytes,
                    Duration warmup, Duration timeout) {
    }

    /**
     * @param cold            the first batch, on a pipeline just started: JIT compilation of broker, clients and
     *                        stages included
     * @param steady          a batch of as many new pages on the warmed-up pipeline (per batch, averaged over the
     *                        steady batches)
     * @param endToEndSeconds from the broker's start to the first batch's last article in the files
     * @param startSeconds    from the broker's start to the pipeline started (topics created, enrich and the sink
     *                        started): when the first batch's ingest begins, as in {@code newsflow run}
     * @param processingSeconds from the broker's start to enrich processing (its group joined, the models loaded)
     * @param enrichSeconds   from the first batch's ingest to enrich's last page status of it (the sink finishes later)
     * @param warmupBatches   batches of {@value #WARMUP_EDITIONS} editions run between the two until the JIT was quiet
     * @param steadyJitBusy   compilation time during the steady batches over their duration
     */
    record Result(Throughput cold, Throughput steady, double endToEndSeconds, double startSeconds,
                  double processingSeconds, double enrichSeconds,
                  int warmupBatches, double steadyJitBusy, List<Long> backfillLatenciesMs,
                          List<Long> probeLatenciesMs) {
    }

    /**
     * A batch of pages through the pipeline: its throughput, when each page went in and came out, and the JIT's
     * compilation time over the batch's duration.
     */
    record Batch(Throughput throughput, long ingestMs, long enrichDoneMs, long doneMs, List<Long> latenciesMs,
                 double jitBusy) {
    }

    private final Settings s;
    private final HeapWatch heap;
    private final PrintStream err;
    private final SinkLog sinkLog;
    private final long deadline;
    private final long startMs;
    /** When the pipeline was started (topics created, enrich and the sink started). */
    private final long startedMs;
    /** When enrich was first seen processing (group joined, models loaded); 0 until then. */
    private volatile long processingMs;
    private final Pipeline pipeline;
    private final StatusWatch statuses;
    /** The next edition no batch has had yet: each batch is new pages. */
    private int nextEdition;
    /** The long-running ingest of the warm-up and steady batches, opened with the first of them. */
    private PagePublisher stream;

    private PipelineMeasure(Settings s, HeapWatch heap, PrintStream err, SinkLog sinkLog, long deadline, long startMs,
                            long startedMs, Pipeline pipeline, StatusWatch statuses) {
        this.s = s;
        this.heap = heap;
        this.err = err;
        this.sinkLog = sinkLog;
        this.deadline = deadline;
        this.startMs = startMs;
        this.startedMs = startedMs;
        this.pipeline = pipeline;
        this.statuses = statuses;
    }

    /**
     * Starts the broker, the topics, enrich and the sink, as {@code newsflow run} does: enrich joins its group and
     * loads the models while the first batch is ingested.
     */
    static PipelineMeasure start(Settings s, HeapWatch heap, PrintStream err) throws Exception {
        heap.newPhase();
        SinkLog sinkLog = new SinkLog();
        long deadline = System.nanoTime() + s.timeout().toNanos();
        long startMs = System.currentTimeMillis();
        KafkaOptions kafka = KafkaOptions.of(null, Topics.DEFAULT_PREFIX, s.partitions(), (short) 1);
        Pipeline pipeline = Pipeline.start(s.work().resolve("out"), null, kafka, s.threads(), sinkLog, err);
        try {
            long startedMs = System.currentTimeMillis();
            PipelineMeasure measure = new PipelineMeasure(s, heap, err, sinkLog, deadline, startMs, startedMs, pipeline,
                    new StatusWatch(pipeline.client(), pipeline.topics()));
            measure.watchForProcessing();
            return measure;
        } catch (Exception | Error e) {
            pipeline.close();
            throw e;
        }
    }

    /**
     * The first batch, the pages under {@code dir} (editions 0 … editions-1), on the pipeline just started, ingested
     * as {@code newsflow run} ingests them (a one-shot ingest that opens its producer and reads the ingest index).
     */
    Batch cold(Path dir) throws Exception {
        nextEdition = Math.max(nextEdition, s.editions());
        return batch("pipeline, cold", dir,
                d -> pipeline.ingest(List.of(d), Edition.UNKNOWN, s.maxPageBytes(), err).offers());
    }

    /**
     * As for the in-process measures: batches of new pages until the JIT is quiet in {@value #QUIET_BATCHES} batches
     * in a row (or the warm-up time is spent). Broker and client code reaches the JIT late, at the pace of requests,
     * so a single quiet batch of a few seconds says little: one quiet batch used to be followed by steady batches
     * that still spent an eighth of their time compiling. Returns the batches run.
     */
    int warmUp(Batch cold) throws Exception {
        int warmups = 0;
        int quiet = cold.jitBusy() < QUIET_JIT ? 1 : 0;
        long warmupEnd = System.nanoTime() + s.warmup().toNanos();
        for (; quiet < QUIET_BATCHES && System.nanoTime() < warmupEnd; warmups++) {
            double busy = batch("pipeline, warm-up", newPages("corpus-warmup-" + warmups, WARMUP_EDITIONS), this::offer)
                    .jitBusy();
            quiet = busy < QUIET_JIT ? quiet + 1 : 0;
        }
        return warmups;
    }

    /** A steady batch: as many new pages as the cold batch (later editions) on the warmed-up pipeline. */
    Batch steady(int round) throws Exception {
        return batch("pipeline", newPages("corpus-steady-" + round, s.editions()), this::offer);
    }

    /**
     * Offers the pages under {@code dir} to the long-running ingest that feeds the warm-up and steady batches, as
     * {@code newsflow run --watch} offers the pages that land in its folder: one producer and one read of the ingest
     * index for the whole backfill, not one per batch (whose setup, client metrics and the JIT's work on it would
     * otherwise come back in every batch).
     */
    private List<Offer> offer(Path dir) {
        if (stream == null) {
            IngestConfig config = IngestConfig.defaults(pipeline.client()).withTransactionalId("newsflow-bench-stream")
                    .withMaxPageBytes(s.maxPageBytes());
            stream = new PagePublisher(pipeline.topics(), config, new EditionResolver(Edition.UNKNOWN),
                    Clock.systemUTC()).start();
        }
        List<Offer> offers = new ArrayList<>();
        for (Path file : PageFiles.expand(List.of(dir))) {
            offers.add(stream.offer(file));
        }
        stream.flush();
        return offers;
    }

    private Path newPages(String name, int editions) throws IOException {
        Path dir = s.corpus().write(s.work().resolve(name), nextEdition, editions);
        nextEdition += editions;
        return dir;
    }

    /** What a run of batches adds up to: the cold batch, the steady ones averaged, the warm-up, the probes. */
    Result result(Batch cold, List<Batch> steady, int warmups, List<Long> probes) {
        List<Throughput> steadyThroughputs = new ArrayList<>();
        double jit = 0;
        for (Batch b : steady) {
            steadyThroughputs.add(b.throughput());
            jit += b.jitBusy() * b.throughput().seconds();
        }
        Throughput perBatch = Throughput.perPass("pipeline", steadyThroughputs, steady.size());
        return new Result(cold.throughput(), perBatch, (cold.doneMs() - startMs) / 1000.0,
                (startedMs - startMs) / 1000.0, (processingMs - startMs) / 1000.0,
                (cold.enrichDoneMs() - cold.ingestMs()) / 1000.0,
                warmups, jit / (perBatch.seconds() * steady.size()), cold.latenciesMs(), probes);
    }

    /** Ingests every page under {@code dir} at once and waits until all their articles are in the files. */
    private Batch batch(String name, Path dir, Function<Path, List<Offer>> ingest) throws Exception {
        heap.newPhase();
        long ingestMs = System.currentTimeMillis();
        double cpu = Throughput.processCpuSeconds();
        long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        List<Offer> offers = ingest.apply(dir);
        Set<String> pages = new LinkedHashSet<>();
        for (Offer o : offers) {
            if (o.result() != Offer.Result.PUBLISHED) {
                throw new IllegalStateException("corpus page " + o.file() + " was not published: " + o.result() + " "
                        + o.detail());
            }
            pages.add(o.pageId());
        }
        awaitInFiles(pages);
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
        err.printf(Locale.ROOT, "bench: %s: %d pages in %.1f s (JIT busy %.0f%%)%n", name, pages.size(), seconds,
                100 * compiled / 1000.0 / seconds);
        Map<String, Long> sent = sendTimes();
        List<Long> latencies = new ArrayList<>();
        for (String id : pages) {
            SinkLog.PageCommits c = sinkLog.page(id);
            if (c != null) {
                latencies.add(c.lastCommitMs() - sent.get(id));
            }
        }
        return new Batch(new Throughput(name, pages.size(), articles, chars, seconds, cpuSeconds,
                heap.phasePeakBytes()),
                ingestMs, enrichDoneMs, doneMs, latencies, compiled / 1000.0 / seconds);
    }

    /** Single new pages on the idle pipeline, one at a time, each from a long-running ingest. */
    List<Long> probe() throws Exception {
        List<Long> latencies = new ArrayList<>();
        IngestConfig config = IngestConfig.defaults(pipeline.client()).withTransactionalId("newsflow-bench-probe")
                .withMaxPageBytes(s.maxPageBytes());
        Path dir = s.work().resolve("probes");
        try (PagePublisher ingest = new PagePublisher(pipeline.topics(), config, new EditionResolver(Edition.UNKNOWN),
                Clock.systemUTC()).start()) {
            for (int k = 0; k < s.probes(); k++) {
                Path file = s.corpus().page(dir, nextEdition++, k % s.corpus().pagesPerEdition());
                Thread.sleep(IDLE_BEFORE_PROBE_MS);
                long sendMs = System.currentTimeMillis();
                Offer offer = ingest.offer(file);
                ingest.flush();
                if (offer.result() != Offer.Result.PUBLISHED) {
                    throw new IllegalStateException("probe page " + file + " was not published: " + offer.result());
                }
                awaitInFiles(Set.of(offer.pageId()));
                SinkLog.PageCommits c = sinkLog.page(offer.pageId());
                if (c != null) {
                    latencies.add(c.lastCommitMs() - sendMs);
                }
            }
        }
        err.printf("bench: %d probe pages, latencies %s ms%n", latencies.size(), latencies);
        return latencies;
    }

    /** Waits until enrich has processed every page and the sink has committed every article of them. */
    private void awaitInFiles(Set<String> pages) throws TimeoutException, InterruptedException {
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
                throw new TimeoutException(waiting.size() + " pages not in the files in time, e.g. "
                        + waiting.iterator().next());
            }
            // the times come from the sink's commits, not from this loop: polling often would only take CPU from the
            // pipeline
            Thread.sleep(20);
        }
    }

    /**
     * Notes when enrich starts processing (while the first batch is ingested); should it stop instead, the batch
     * finds out ({@link Pipeline#checkAlive()}).
     */
    private void watchForProcessing() {
        Thread watch = new Thread(() -> {
            try {
                pipeline.enrich().awaitRunning(Duration.ofNanos(deadline - System.nanoTime()));
                processingMs = System.currentTimeMillis();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IllegalStateException e) {
                // enrich stopped or never ran: no time to note
            }
        }, "bench-enrich-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** Page id → timestamp of its raw-pages record: when ingest sent it. */
    private Map<String, Long> sendTimes() {
        Topic<String, RawPage> topic = pipeline.topics().rawPages();
        Map<String, Long> sent = new HashMap<>();
        CommittedReader.forEach(pipeline.client(), topic.name(), topic.keyDeserializer(), topic.valueDeserializer(),
                r -> sent.put(r.value().getId(), r.timestamp()));
        return sent;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            if (stream != null) {
                stream.close();
            }
            statuses.close();
        } finally {
            pipeline.close();
        }
    }
}
