package dev.newsflow.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code newsflow bench}: one run that measures, on a corpus of the seed pages re-dated into editions,
 * (a) the bare NLP library on the articles' texts, (b) newsflow's split → segment → tag chain in process and
 * (c) the whole pipeline on an embedded broker, ingest to files, once just started (cold) and once more on as many
 * new pages with the pipeline warmed up (steady), with a latency probe on the idle pipeline after.
 * (a) and (b) run on as many threads as the pipeline has stream threads, after both have been warmed up, so that
 * all three use the machine alike. Writes a Markdown report and returns its figures.
 *
 * <pre>./newsflow bench --pages 1000</pre>
 */
final class Bench {

    /**
     * What to measure. {@code work} null: a temporary folder, removed afterwards. {@code warmup}: of the library and
     * of the chain, each; {@code pipelineWarmup}: at most this long of warm-up batches on the pipeline.
     */
    record Settings(int pages, Path seeds, int threads, int partitions, int probes, Duration warmup,
                    Duration pipelineWarmup, Path work, long maxPageBytes, Duration timeout, String command) {
    }

    private static final int WARMUP_PAGES = 50;
    private static final int MAX_WARMUP_ROUNDS = 40;
    /** Measured rounds of (a) and (b), interleaved; each reports its median. */
    static final int ROUNDS = 3;

    private Bench() {
    }

    static BenchReport run(Settings s, PrintStream err) throws Exception {
        Corpus corpus = Corpus.of(s.seeds());
        Path work = s.work() != null ? Files.createDirectories(s.work()) : Files.createTempDirectory("newsflow-bench");
        try (HeapWatch heap = new HeapWatch()) {
            BenchReport.Machine machine = BenchReport.Machine.now();
            int editions = (s.pages() + corpus.pagesPerEdition() - 1) / corpus.pagesPerEdition();
            Path corpusDir = corpus.write(work.resolve("corpus"), 0, editions);
            Path steadyDir = corpus.write(work.resolve("corpus-steady"), editions, editions);
            Workload workload = Workload.load(corpusDir, s.maxPageBytes());
            err.printf("bench: %d pages, %d articles, %d characters of article text%n", workload.pages().size(),
                    workload.articleTexts().size(), workload.articleChars());

            Workload warm = workload.head(WARMUP_PAGES);
            warmUp("library", s.warmup(), () -> LibraryMeasure.run(warm, s.threads(), heap), err);
            warmUp("core", s.warmup(), () -> CoreMeasure.run(warm, s.threads(), heap), err);

            // interleaved rounds, the median of each: a machine that speeds up or slows down meanwhile (other
            // tenants, the JIT) moves both measures alike instead of one of them
            List<Throughput> libraries = new ArrayList<>();
            List<Throughput> cores = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                libraries.add(LibraryMeasure.run(workload, s.threads(), heap));
                cores.add(CoreMeasure.run(workload, s.threads(), heap));
                err.printf("bench: round %d: library %.0f chars/s, core %.0f chars/s%n", round + 1,
                        libraries.get(round).charsPerSecond(), cores.get(round).charsPerSecond());
            }
            Throughput library = median(libraries);
            Throughput core = median(cores);
            err.printf("bench: library: %.0f chars/s, core: %.0f chars/s (medians of %d)%n", library.charsPerSecond(),
                    core.charsPerSecond(), ROUNDS);
            PipelineMeasure.Result pipeline = PipelineMeasure.run(new PipelineMeasure.Settings(work, corpusDir, steadyDir,
                    corpus, 2 * editions, s.threads(), s.partitions(), s.probes(), s.maxPageBytes(), s.pipelineWarmup(), s.timeout()), heap, err);
            if (pipeline.cold().chars() != workload.articleChars()) {
                err.printf("bench: warning: the pipeline wrote %d characters of article text, the in-process split %d%n",
                        pipeline.cold().chars(), workload.articleChars());
            }
            return new BenchReport(s.command(), ZonedDateTime.now(), machine, s.threads(), s.partitions(), editions,
                    corpus.pagesPerEdition(), library, core, pipeline, heap.peakBytes(), heap.peakAfterGcBytes());
        } finally {
            if (s.work() == null) {
                delete(work);
            }
        }
    }

    /** The round with the median characters per second. */
    static Throughput median(List<Throughput> rounds) {
        List<Throughput> sorted = new ArrayList<>(rounds);
        sorted.sort(Comparator.comparingDouble(Throughput::charsPerSecond));
        return sorted.get(sorted.size() / 2);
    }

    private interface Measure {
        Throughput run() throws InterruptedException;
    }

    /**
     * Runs a measure on the warm-up pages for at least {@code time}, and on until the JIT is quiet: a round during
     * which the compilers worked less than a tenth of the round's time (or {@link #MAX_WARMUP_ROUNDS} rounds).
     */
    private static void warmUp(String name, Duration time, Measure measure, PrintStream err) throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long until = System.nanoTime() + time.toNanos();
        int rounds = 0;
        double busy;
        do {
            long compiling = jit.getTotalCompilationTime();
            Throughput round = measure.run();
            rounds++;
            busy = (jit.getTotalCompilationTime() - compiling) / 1000.0 / round.seconds();
        } while ((System.nanoTime() < until || busy > 0.1) && rounds < MAX_WARMUP_ROUNDS);
        err.printf("bench: warmed up %s (%d rounds, JIT busy %.0f%% of the last)%n", name, rounds, 100 * busy);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + dir, e);
        }
    }
}
