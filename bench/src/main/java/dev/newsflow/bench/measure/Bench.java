package dev.newsflow.bench.measure;

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

import dev.newsflow.testkit.Corpus;

/**
 * {@code newsflow bench}: one run that measures, on a corpus of the seed pages re-dated into editions,
 * (a) the bare NLP library on the articles' texts, (b) newsflow's split → segment → tag chain in process and
 * (c) the whole pipeline on an embedded broker, ingest to files, once just started (cold) and then, warmed up, on
 * as many new pages in each of {@value #ROUNDS} rounds in which it takes turns with (a) and (b) (steady), with a
 * latency probe on the idle pipeline after. (a) and (b) run on as many threads as the pipeline has stream threads
 * (and article workers), after both have been warmed up, so that all three use the machine alike. Writes a Markdown
 * report and returns its figures.
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
    /** Rounds of the three measures over the corpus (for (c), as many new pages); each row reports the average. */
    static final int ROUNDS = 3;
    /** Pages of a slice: (a) and (b) take turns slice by slice, so both see the machine alike. */
    static final int SLICE_PAGES = 100;

    private Bench() {
    }

    static BenchReport run(Settings s, PrintStream err) throws Exception {
        Corpus corpus = Corpus.of(s.seeds());
        Path work = s.work() != null ? Files.createDirectories(s.work()) : Files.createTempDirectory("newsflow-bench");
        try (HeapWatch heap = new HeapWatch()) {
            BenchReport.Machine machine = BenchReport.Machine.now();
            int editions = (s.pages() + corpus.pagesPerEdition() - 1) / corpus.pagesPerEdition();
            Path corpusDir = corpus.write(work.resolve("corpus"), 0, editions);

            var settings = new PipelineMeasure.Settings(work, corpus, editions, s.threads(), s.partitions(), s.probes(),
                    s.maxPageBytes(), s.pipelineWarmup(), s.timeout());
            // the pipeline starts first and takes the corpus at once, as a fresh process would: its end-to-end time
            // is that of a user's first run, no code compiled beforehand. (The classes it loads, Avro's and the
            // broker's, subclass JDK collections: loaded after the chain's code was compiled they would also throw
            // that code away to be compiled again.)
            try (PipelineMeasure pipeline = PipelineMeasure.start(settings, heap, err)) {
                PipelineMeasure.Batch cold = pipeline.cold(corpusDir);

                Workload workload = Workload.load(corpusDir, s.maxPageBytes());
                err.printf("bench: %d pages, %d articles, %d characters of article text%n", workload.pages().size(),
                        workload.articleTexts().size(), workload.articleChars());
                Workload warm = workload.head(WARMUP_PAGES);
                warmUp("library", s.warmup(), () -> LibraryMeasure.run(warm, s.threads(), heap), err);
                warmUp("core", s.warmup(), () -> CoreMeasure.run(warm, s.threads(), heap), err);
                int warmups = pipeline.warmUp(cold);

                // Round after round, (a) and (b) take turns slice by slice over the corpus, and the pipeline takes a
                // batch of as many new pages halfway through: a machine that speeds up or slows down meanwhile
                // (other tenants, frequency, the JIT) moves all three measures alike, and the pipeline's batch is
                // compared with the slices just before and just after it
                List<Workload> slices = workload.slices(SLICE_PAGES);
                List<Throughput> libraries = new ArrayList<>();
                List<Throughput> cores = new ArrayList<>();
                List<PipelineMeasure.Batch> steady = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    List<Throughput> roundLibraries = new ArrayList<>();
                    List<Throughput> roundCores = new ArrayList<>();
                    for (int i = 0; i < slices.size(); i++) {
                        if (i == slices.size() / 2) {
                            steady.add(pipeline.steady(round));
                        }
                        Workload slice = slices.get(i);
                        // which measure goes first alternates too: neither always runs on the other's caches
                        boolean libraryFirst = (round * slices.size() + i) % 2 == 0;
                        if (libraryFirst) {
                            roundLibraries.add(LibraryMeasure.run(slice, s.threads(), heap));
                        }
                        roundCores.add(CoreMeasure.run(slice, s.threads(), heap));
                        if (!libraryFirst) {
                            roundLibraries.add(LibraryMeasure.run(slice, s.threads(), heap));
                        }
                    }
                    Throughput roundLibrary = Throughput.perPass("library", roundLibraries, 1);
                    Throughput roundCore = Throughput.perPass("core", roundCores, 1);
                    Throughput roundPipeline = steady.get(round).throughput();
                    err.printf("bench: round %d: library %.0f chars/s, core %.0f chars/s, pipeline %.0f chars/s "
                                    + "(core/library %.3f, pipeline/core %.3f)%n", round + 1,
                            roundLibrary.charsPerSecond(), roundCore.charsPerSecond(), roundPipeline.charsPerSecond(),
                            roundCore.charsPerSecond() / roundLibrary.charsPerSecond(),
                            roundPipeline.charsPerSecond() / roundCore.charsPerSecond());
                    libraries.addAll(roundLibraries);
                    cores.addAll(roundCores);
                }
                Throughput library = Throughput.perPass("library", libraries, ROUNDS);
                Throughput core = Throughput.perPass("core", cores, ROUNDS);
                List<Long> probes = pipeline.probe();
                PipelineMeasure.Result result = pipeline.result(cold, steady, warmups, probes);
                err.printf("bench: library %.0f chars/s, core %.0f chars/s, pipeline %.0f chars/s (%d rounds)%n",
                        library.charsPerSecond(), core.charsPerSecond(), result.steady().charsPerSecond(), ROUNDS);
                if (result.cold().chars() != workload.articleChars()) {
                    err.printf("bench: warning: the pipeline wrote %d characters of article text, the in-process "
                            + "split %d%n",
                            result.cold().chars(), workload.articleChars());
                }
                return new BenchReport(s.command(), ZonedDateTime.now(), machine, s.threads(), s.partitions(), editions,
                        corpus.pagesPerEdition(), library, core, result, heap.peakBytes(), heap.peakAfterGcBytes());
            }
        } finally {
            if (s.work() == null) {
                delete(work);
            }
        }
    }

    private interface Measure {
        Throughput run() throws InterruptedException;
    }

    /**
     * Runs a measure on the warm-up pages for at least {@code time}, and on until the JIT is quiet: a round during
     * which the compilers worked less than a tenth of the round's time (or {@link #MAX_WARMUP_ROUNDS} rounds).
     */
    private static void warmUp(String name, Duration time, Measure measure,
            PrintStream err) throws InterruptedException {
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
