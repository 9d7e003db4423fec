package dev.newsflow.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.newsflow.ingest.Ingest;
import dev.newsflow.ingest.WatchIngest;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.ingest.publish.IngestStats;
import dev.newsflow.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsflow ingest PATH… --bootstrap-servers …}: publishes page files once each. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publishes page files (or every page file under folders) to the raw-pages topic, once each.",
                "With --watch DIR: ingests every page file in DIR and every one that arrives there, until stopped."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Page files or folders (none with --watch).")
    List<Path> inputs;

    @Option(names = "--transactional-id", defaultValue = "${env:NEWSFLOW_INGEST_ID:-newsflow-ingest}",
            description = "One per concurrently running ingest (default ${DEFAULT-VALUE}).")
    String transactionalId;

    @Option(names = "--max-page-bytes", defaultValue = "" + IngestConfig.DEFAULT_MAX_PAGE_BYTES,
            description = "Larger page files are dead letters (default ${DEFAULT-VALUE}).")
    long maxPageBytes;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    EditionOptions edition;

    @Mixin
    WatchOptions watch;

    @Mixin
    HttpOptions http;

    @Override
    public Integer call() throws InterruptedException {
        boolean none = inputs == null || inputs.isEmpty();
        if (watch.enabled() != none) {
            throw new UsageException(none ? "give PATH… or --watch DIR" : "give either PATH… or --watch DIR, not both");
        }
        UsageException.requireExisting("PATH", inputs);
        kafka.validate();
        Edition given = edition.edition();
        KafkaSetup setup = KafkaSetup.of(kafka, kafka.clientConfig(Commands.requireBootstrap(kafka)));
        Topics topics = setup.topics();
        IngestConfig config = IngestConfig.defaults(setup.client()).withTransactionalId(transactionalId)
                .withMaxPageBytes(maxPageBytes);
        if (watch.enabled()) {
            return watch(topics, config, given);
        }
        IngestStats stats = Ingest.run(topics, config, given, inputs, Stdio.ERR);
        Stdio.OUT.println(Commands.json(Map.of("offered", stats.offered(),
                "published", stats.count(dev.newsflow.ingest.publish.Offer.Result.PUBLISHED),
                "duplicates", stats.count(dev.newsflow.ingest.publish.Offer.Result.DUPLICATE),
                "dead_letters", stats.count(dev.newsflow.ingest.publish.Offer.Result.DEAD_LETTER))));
        return 0;
    }

    /** Watches the inbox until stopped; exit 1 when the watcher fails (e.g. Kafka unreachable for good). */
    private int watch(Topics topics, IngestConfig config, Edition given) throws InterruptedException {
        try (StageService service = StageService.start(http, true, Stdio.ERR)) {
            WatchIngest watcher = new WatchIngest(topics, config, given, watch.settings(), service.pagesIngested(),
                    service.clients("ingest"));
            service.watcher(watcher);
            Throwable[] failure = new Throwable[1];
            Commands.runUntilStopped("ingest", () -> {
                try {
                    watcher.run();
                } catch (RuntimeException e) {
                    failure[0] = e;
                    Stdio.ERR.println("newsflow: ingest stopped: " + e);
                }
            }, watcher::close);
            return failure[0] == null ? 0 : 1;
        }
    }
}
