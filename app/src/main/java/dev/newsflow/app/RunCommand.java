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

    @Option(names = "--out", defaultValue = "${env:NEWSFLOW_OUT:-out}", description = "Output folder (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", defaultValue = "${env:NEWSFLOW_THREADS:-2}", description = "Enrich stream threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-page-bytes", defaultValue = "" + IngestConfig.DEFAULT_MAX_PAGE_BYTES,
            description = "Larger page files are dead letters (default ${DEFAULT-VALUE}).")
    long maxPageBytes;

    @Option(names = "--timeout", defaultValue = "PT30M", description = "Give up after this long (ISO-8601 duration, default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    EditionOptions edition;

    @Override
    public Integer call() throws Exception {
        List<Path> paths = inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
        var settings = new PipelineRun.Settings(paths, out, kafka.bootstrapServers(), edition.edition(), threads,
                maxPageBytes, timeout);
        RunSummary summary = PipelineRun.execute(settings, kafka, Stdio.ERR);
        Stdio.OUT.println(summary.toJson());
        return summary.duplicateArticles() == 0 ? 0 : 3;
    }
}
