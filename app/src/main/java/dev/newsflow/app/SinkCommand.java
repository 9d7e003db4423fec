package dev.newsflow.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.newsflow.sink.file.ArticleFiles;
import dev.newsflow.sink.file.FileSink;
import dev.newsflow.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow sink --out DIR --bootstrap-servers …}: writes articles to files, until stopped. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Writes every enriched article to JSON Lines and Avro files under --out, exactly once, until "
                + "stopped.")
final class SinkCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "${env:NEWSFLOW_OUT:-out}",
            description = "Output folder (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--group-id", defaultValue = "${env:NEWSFLOW_SINK_GROUP:-newsflow-sink}",
            description = "Consumer group; sinks sharing an output folder share the partitions (default "
                    + "${DEFAULT-VALUE}).")
    String groupId;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    HttpOptions http;

    @Override
    public Integer call() throws InterruptedException {
        kafka.validate();
        KafkaSetup setup = KafkaSetup.of(kafka, kafka.clientConfig(Commands.requireBootstrap(kafka)));
        Map<String, Object> client = setup.client();
        Topics topics = setup.topics();
        FileSink sink = new FileSink(topics, client, new ArticleFiles(out), groupId, 256 * 1024);
        try (StageService service = StageService.start(http, true, Stdio.ERR)) {
            service.sink(sink);
            service.lag(client, Map.of(groupId, Set.of(topics.articles().name())));
            Commands.runUntilStopped("sink", sink, sink::close);
        }
        return sink.failure() == null ? 0 : 1;
    }
}
