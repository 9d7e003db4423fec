package dev.newsflow.bench.measure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import dev.newsflow.app.Stdio;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench [--pages N]}: the library, newsflow's in-process chain and the whole pipeline measured in
 * one run on re-dated seed pages; a Markdown report to {@code bench/results.md} and one JSON line last. Measuring
 * code, not part of the product: {@code ./newsflow bench} runs it from this module through {@link BenchMain}.
 *
 * <pre>./newsflow bench --pages 1000</pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = PageViewsCommand.class,
        description = {"Measures, on the seed pages re-dated into editions: (a) the bare NLP library, (b) split → "
                + "segment → tag",
                "in process, (c) the whole pipeline on an embedded broker, ingest to files; then the latency of "
                        + "single pages",
                "on the idle pipeline. Writes a Markdown report; the last line of output is a JSON summary."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--pages", defaultValue = "1000",
            description = "Pages in the corpus, rounded up to whole editions (default ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--seeds", defaultValue = "${env:NEWSFLOW_HOME:-.}/seeds",
            description = "Folder of seed pages with their editions.json (default: the repository's seeds/).")
    Path seeds;

    @Option(names = "--threads", defaultValue = "${env:NEWSFLOW_THREADS:-2}",
            description = "Enrich stream threads and article workers, and threads of the in-process measures (default "
                    + "${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--partitions", defaultValue = "${env:NEWSFLOW_PARTITIONS:-" + Topics.DEFAULT_PARTITIONS + "}",
            description = "Partitions of the topics (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--probes", defaultValue = "20",
            description = "Single pages sent to the idle pipeline for its latency (default ${DEFAULT-VALUE}).")
    int probes;

    @Option(names = "--warmup", defaultValue = "PT5S",
            description = "Warm-up of the library and of the chain, each (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--pipeline-warmup", defaultValue = "PT120S",
            description = "At most this long of warm-up batches on the pipeline before its steady batches: they run "
                    + "until the JIT is quiet in 3 batches in a row (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration pipelineWarmup;

    @Option(names = "--results", defaultValue = "${env:NEWSFLOW_HOME:-.}/bench/results.md",
            description = "Where to write the Markdown report (default: bench/results.md of the repository).")
    Path results;

    @Option(names = "--work",
            description = "Folder for the corpus, the broker's data and the output files; kept (default: a temporary "
            + "folder, removed).")
    Path work;

    @Option(names = "--max-page-bytes", defaultValue = "" + IngestConfig.DEFAULT_MAX_PAGE_BYTES, hidden = true)
    long maxPageBytes;

    @Option(names = "--timeout", defaultValue = "PT15M",
            description = "Give up after this long (default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (pages < 1 || threads < 1 || partitions < 1 || probes < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--pages, --threads, --partitions and --probes must be at least 1");
        }
        if (!Files.isRegularFile(seeds.resolve("editions.json"))) {
            throw new ParameterException(spec.commandLine(), "--seeds has no editions.json: " + seeds);
        }
        String command = "./" + spec.qualifiedName() + " "
                + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        BenchReport report = Bench.run(new Bench.Settings(pages, seeds, threads, partitions, probes, warmup,
                pipelineWarmup, work,
                maxPageBytes, timeout, command.strip()), Stdio.ERR);
        report.write(results);
        Stdio.ERR.println(report.markdown());
        Stdio.ERR.println("bench: report written to " + results.toAbsolutePath().normalize());
        Stdio.OUT.println(report.json());
        return 0;
    }
}
