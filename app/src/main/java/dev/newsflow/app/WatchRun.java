package dev.newsflow.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.streams.KafkaStreams;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.enrich.topology.EnrichOptions;
import dev.newsflow.enrich.topology.EnrichTopology;
import dev.newsflow.ingest.WatchIngest;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.sink.file.ArticleFiles;
import dev.newsflow.sink.file.FileSink;
import dev.newsflow.topics.Topics;

/**
 * {@code ./newsflow run --watch INBOX --out OUT}: the whole pipeline as a service. An embedded KRaft broker
 * (state under {@code OUT/.newsflow}, unless a cluster is given), enrich, the people directory and the sink
 * run, and every page file that is in the inbox or arrives there is ingested once, until stopped. Metrics,
 * health and {@code /people/{name}} are served over HTTP. Stopped and started again over the same inbox and
 * output, it publishes nothing twice and picks up what arrived meanwhile.
 *
 * <pre>./newsflow run --watch inbox --out out --http-port 8080</pre>
 */
public final class WatchRun implements AutoCloseable {

    /** What to run. */
    public record Settings(Path out, String bootstrapServers, Edition edition, int threads, long maxPageBytes,
                           WatchIngest.Settings watch) {
    }

    private final EmbeddedKafkaCluster cluster;
    private final StageService service;
    private final EnrichApp enrich;
    private final EnrichApp people;
    private final FileSink sink;
    private final Thread sinkThread;
    private final WatchIngest watcher;
    private final Thread watcherThread;
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Throwable watcherFailure;

    private WatchRun(Settings settings, KafkaOptions kafka, HttpOptions http, PrintStream err) throws Exception {
        Path out = settings.out().toAbsolutePath().normalize();
        Path state = out.resolve(".newsflow");
        Files.createDirectories(state);
        cluster = Commands.embeddedUnless(settings.bootstrapServers(), state, err);
        Map<String, Object> client = Commands.clientConfig(kafka, cluster, settings.bootstrapServers(), err);
        short replication = Commands.replication(kafka, client);
        Topics topics = Commands.createTopics(kafka, client, replication);
        AppIds ids = AppIds.of(kafka);

        service = StageService.start(http, true, err);
        enrich = new EnrichApp(EnrichTopology.build(topics, EnrichOptions.defaults()), EnrichApp.config(client, ids.enrich(),
                state.resolve("streams"), settings.threads(), 0, replication, new Properties()));
        people = PeopleApp.create(topics, client, ids.people(), state.resolve("streams"), 0, replication, service.advertised());
        service.enrich(enrich, topics);
        service.people(people, topics);
        enrich.start();
        people.start();

        sink = new FileSink(topics, client, new ArticleFiles(out), ids.sink(), 256 * 1024);
        service.sink(sink);
        sinkThread = new Thread(sink, "newsflow-sink");
        sinkThread.start();
        service.lag(client, Map.of(ids.enrich(), Set.of(topics.rawPages().name()),
                ids.people(), Set.of(topics.entityMentions().name()),
                ids.sink(), Set.of(topics.articles().name())));

        IngestConfig ingest = IngestConfig.defaults(client).withMaxPageBytes(settings.maxPageBytes());
        watcher = new WatchIngest(topics, ingest, settings.edition(), settings.watch(), service.pagesIngested(),
                service.clients("ingest"));
        watcherThread = new Thread(this::watch, "newsflow-watch");
        service.watcher(watcher);
        watcherThread.start();
        err.println("newsflow: watching " + settings.watch().inbox().toAbsolutePath() + ", writing " + out);
    }

    private void watch() {
        try {
            watcher.run();
        } catch (RuntimeException | Error e) {
            watcherFailure = e;
            throw e;
        }
    }

    public static WatchRun start(Settings settings, KafkaOptions kafka, HttpOptions http, PrintStream err) throws Exception {
        return new WatchRun(settings, kafka, http, err);
    }

    /** Port of the HTTP server (/metrics, /health, /people), -1 when off. */
    public int httpPort() {
        return service.port();
    }

    /** True once the watcher has read the ingest index and watches the inbox. */
    public boolean isWatching() {
        return watcher.isReady();
    }

    /** Blocks until {@link #close()} is called (null) or a part of the pipeline fails (what failed). */
    public String awaitStop() throws InterruptedException {
        while (!closing.await(500, TimeUnit.MILLISECONDS)) {
            if (!watcherThread.isAlive()) {
                return "the inbox watcher stopped: " + watcherFailure;
            }
            if (sink.failure() != null) {
                return "the sink failed: " + sink.failure();
            }
            for (EnrichApp app : new EnrichApp[] {enrich, people}) {
                KafkaStreams.State s = app.state();
                if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.PENDING_ERROR || s == KafkaStreams.State.NOT_RUNNING) {
                    return "a Kafka Streams application stopped: " + s;
                }
            }
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        closing.countDown();
        watcher.close();
        watcherThread.join(30_000);
        sink.close();
        sinkThread.join(30_000);
        people.close();
        enrich.close();
        service.close();
        if (cluster != null) {
            cluster.close();
        }
    }
}
