package dev.newsflow.app;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.streams.KafkaStreams;

import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.ingest.WatchIngest;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.sink.file.FileSink;
import dev.newsflow.topics.Topics;

/**
 * {@code ./newsflow run --watch INBOX --out OUT}: the whole pipeline as a service. An embedded KRaft broker
 * (state under {@code OUT/.newsflow}, unless a cluster is given), enrich, the people directory and the sink
 * run, and every page file that is in the inbox or arrives there is ingested once, until stopped. Metrics,
 * health, the people directory and the reader's views of the archive (with its index, a Kafka Streams application of
 * its own) are served over HTTP. Stopped and started again over the same inbox and
 * output, it publishes nothing twice and picks up what arrived meanwhile.
 *
 * <pre>./newsflow run --watch inbox --out out --http-port 8080</pre>
 */
public final class WatchRun implements AutoCloseable {

    /** What to run. */
    public record Settings(Path out, String bootstrapServers, Edition edition, int threads, long maxPageBytes,
                           WatchIngest.Settings watch) {
    }

    private final StageService service;
    private final Pipeline pipeline;
    private final EnrichApp people;
    /** The reader's index, where HTTP is served (the views are its only use); null without HTTP. */
    private final EnrichApp reader;
    private final WatchIngest watcher;
    private final Thread watcherThread;
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Throwable watcherFailure;

    private WatchRun(Settings settings, KafkaOptions kafka, HttpOptions http, PrintStream err) throws Exception {
        Path out = settings.out().toAbsolutePath().normalize();
        service = StageService.start(http, true, err);
        pipeline = Pipeline.start(out, settings.bootstrapServers(), kafka, settings.threads(),
                FileSink.CommitListener.NONE, service, err);
        Topics topics = pipeline.topics();
        Map<String, Object> client = pipeline.client();
        AppIds ids = AppIds.of(kafka);
        people = PeopleApp.create(topics, client, ids.people(), pipeline.streamsDir(), 0, pipeline.replication(),
                service.advertised(), kafka.jsonTopics());
        service.people(people, topics);
        people.start();
        reader = service.advertised() == null ? null : ReaderApp.create(topics, client, ids.reader(),
                pipeline.streamsDir(), 0, pipeline.replication(), service.advertised());
        if (reader != null) {
            service.reader(reader, topics);
            reader.start();
        }
        service.lag(client, Map.of(ids.enrich(), Set.of(topics.rawPages().name()),
                ids.people(), Set.of(topics.entityMentions().name()),
                ids.reader(), Set.of(topics.rawPages().name(), topics.articles().name()),
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

    public static WatchRun start(Settings settings, KafkaOptions kafka, HttpOptions http,
            PrintStream err) throws Exception {
        return new WatchRun(settings, kafka, http, err);
    }

    /** Port of the HTTP server (/, /metrics, /health, /people), -1 when off. */
    public int httpPort() {
        return service.port();
    }

    /** The address the HTTP server listens on, null when off. */
    public InetSocketAddress httpAddress() {
        return service.address();
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
            if (pipeline.sinkFailure() != null) {
                return "the sink failed: " + pipeline.sinkFailure();
            }
            for (EnrichApp app : new EnrichApp[] {pipeline.enrich(), people, reader}) {
                if (app == null) {
                    continue;
                }
                KafkaStreams.State s = app.state();
                if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.PENDING_ERROR
                        || s == KafkaStreams.State.NOT_RUNNING) {
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
        pipeline.stopSink();
        if (reader != null) {
            reader.close();
        }
        people.close();
        pipeline.close();
        service.close();
    }
}
