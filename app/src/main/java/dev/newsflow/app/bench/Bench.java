package dev.newsflow.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code newsflow bench}: one run that measures, on a corpus of the seed pages re-dated into editions,
 * (a) the bare NLP library on the articles' texts, (b) newsflow's split → segment → tag chain in process and
 * (c) the whole pipeline on an embedded broker, ingest to files, with a latency probe on the idle pipeline after.
 * (a) and (b) run on as many threads as the pipeline has stream threads, after both have been warmed up, so that
 * all three use the machine alike. Writes a Markdown report and returns its figures.
 *
 * <pre>./newsflow bench --pages 1000</pre>
 */
final class Bench {

    /** What to measure. {@code work} null: a temporary folder, removed afterwards. */
    record Settings(int pages, Path seeds, int threads, int partitions, int probes, Duration warmup,
                           Path work, long maxPageBytes, Duration timeout, String command) {
    }

    private static final int WARMUP_PAGES = 50;

    private Bench() {
    }

    static BenchReport run(Settings s, PrintStream err) throws Exception {
        Corpus corpus = Corpus.of(s.seeds());
        Path work = s.work() != null ? Files.createDirectories(s.work()) : Files.createTempDirectory("newsflow-bench");
        try (HeapWatch heap = new HeapWatch()) {
            BenchReport.Machine machine = BenchReport.Machine.now();
            int editions = (s.pages() + corpus.pagesPerEdition() - 1) / corpus.pagesPerEdition();
            Path corpusDir = corpus.write(work.resolve("corpus"), 0, editions);
            Workload workload = Workload.load(corpusDir, s.maxPageBytes());
            err.printf("bench: %d pages, %d articles, %d characters of article text%n", workload.pages().size(),
                    workload.articleTexts().size(), workload.articleChars());

            Workload warm = workload.head(WARMUP_PAGES);
            warmUp("library", s.warmup(), () -> LibraryMeasure.run(warm, s.threads(), heap), err);
            warmUp("core", s.warmup(), () -> CoreMeasure.run(warm, s.threads(), heap), err);

            Throughput library = LibraryMeasure.run(workload, s.threads(), heap);
            err.printf("bench: library: %.0f chars/s%n", library.charsPerSecond());
            Throughput core = CoreMeasure.run(workload, s.threads(), heap);
            err.printf("bench: core: %.0f chars/s%n", core.charsPerSecond());
            PipelineMeasure.Result pipeline = PipelineMeasure.run(new PipelineMeasure.Settings(work, corpusDir, corpus,
                    editions, s.threads(), s.partitions(), s.probes(), s.maxPageBytes(), s.timeout()), heap, err);
            if (pipeline.throughput().chars() != workload.articleChars()) {
                err.printf("bench: warning: the pipeline wrote %d characters of article text, the in-process split %d%n",
                        pipeline.throughput().chars(), workload.articleChars());
            }
            return new BenchReport(s.command(), ZonedDateTime.now(), machine, s.threads(), s.partitions(), editions,
                    corpus.pagesPerEdition(), library, core, pipeline, heap.peakBytes(), heap.peakAfterGcBytes());
        } finally {
            if (s.work() == null) {
                delete(work);
            }
        }
    }

    private interface Measure {
        Throughput run() throws InterruptedException;
    }

    /** Runs a measure on the warm-up pages until the JIT has had {@code time} with it. */
    private static void warmUp(String name, Duration time, Measure measure, PrintStream err) throws InterruptedException {
        long until = System.nanoTime() + time.toNanos();
        int rounds = 0;
        do {
            measure.run();
            rounds++;
        } while (System.nanoTime() < until);
        err.printf("bench: warmed up %s (%d rounds)%n", name, rounds);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + dir, e);
        }
    }
}
