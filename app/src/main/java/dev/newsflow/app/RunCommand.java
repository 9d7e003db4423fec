package dev.newsflow.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import dev.newsflow.ingest.publish.IngestConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsflow run [PATH…] --out DIR}: the whole pipeline until the given pages are in the files. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs ingest, enrich and sink until the given pages are fully processed, then exits.",
                "Starts an embedded Kafka broker (state under OUT/.newsflow) unless --bootstrap-servers is given.",
                "The last line of output is a JSON summary."})
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Page files or folders (default: seeds).")
    List<Path> inputs;

    @Option(names = "--out", defaultValue = "${env:NEWSFLOW_OUT:-out}",
            description = "Output folder (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", defaultValue = "${env:NEWSFLOW_THREADS:-2}",
            description = "Enrich stream threads, and as many workers that enrich the articles of a page in parallel "
            + "(default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-page-bytes", defaultValue = "" + IngestConfig.DEFAULT_MAX_PAGE_BYTES,
            description = "Larger page files are dead letters (default ${DEFAULT-VALUE}).")
    long maxPageBytes;

    @Option(names = "--timeout", defaultValue = "PT30M",
            description = "Give up after this long (ISO-8601 duration, default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    EditionOptions edition;

    @Mixin
    WatchOptions watch;

    @Mixin
    HttpOptions http;

    @Override
    public Integer call() throws Exception {
        UsageException.requirePositive("--threads", threads);
        kafka.validate();
        if (watch.enabled()) {
            if (inputs != null && !inputs.isEmpty()) {
                throw new UsageException("give either PATH… or --watch DIR, not both");
            }
            return watch();
        }
        List<Path> paths = inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
        UsageException.requireExisting("PATH", paths);
        var settings = new PipelineRun.Settings(paths, out, kafka.bootstrapServers(), edition.edition(), threads,
                maxPageBytes, timeout);
        RunSummary summary;
        try (StageService service = http.port(false) == HttpOptions.OFF ? null
                : StageService.start(http, false, Stdio.ERR)) {
            summary = PipelineRun.execute(settings, kafka, Stdio.ERR, service);
        }
        Stdio.OUT.println(summary.toJson());
        return summary.duplicateArticles() == 0 ? 0 : 3;
    }

    /** Runs the pipeline over the inbox until stopped; exit 1 when a part of it fails. */
    private int watch() throws Exception {
        WatchRun run = WatchRun.start(new WatchRun.Settings(out, kafka.bootstrapServers(), edition.edition(), threads,
                maxPageBytes, watch.settings()), kafka, http, Stdio.ERR);
        String[] failure = new String[1];
        Commands.runUntilStopped("run", () -> {
            try {
                failure[0] = run.awaitStop();
                if (failure[0] != null) {
                    Stdio.ERR.println("newsflow: " + failure[0]);
                    run.close();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, () -> {
            try {
                run.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return failure[0] == null ? 0 : 1;
    }
}
