package dev.newsflow.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.ingest.WatchIngest;
import dev.newsflow.ingest.publish.Offer;
import dev.newsflow.service.health.Health;
import dev.newsflow.service.http.HttpService;
import dev.newsflow.service.metrics.ConsumerLag;
import dev.newsflow.service.metrics.PipelineMetrics;
import dev.newsflow.service.http.Forwarder;
import dev.newsflow.service.reader.query.StoreRouter;
import dev.newsflow.service.reader.web.PeopleRoutes;
import dev.newsflow.service.reader.web.ReaderRoutes;
import dev.newsflow.sink.file.FileSink;
import dev.newsflow.topics.ClientListener;
import dev.newsflow.topics.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;

/**
 * What a running stage exposes: its metrics and health (and, where the people directory and the reader run, their
 * views) on one HTTP server. Each stage registers its parts here as it starts them.
 */
final class StageService implements AutoCloseable {

    private final PipelineMetrics metrics = new PipelineMetrics();
    private final Health health = new Health();
    private final HttpService http;
    private final String advertisedHost;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    private StageService(HttpOptions options, boolean longRunning) {
        int port = options.port(longRunning);
        if (port == HttpOptions.OFF) {
            this.http = null;
            this.advertisedHost = null;
            return;
        }
        try {
            this.http = HttpService.start(options.bind(), port, metrics, health, options.access());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve HTTP on " + options.bind() + ":" + port, e);
        }
        this.advertisedHost = options.advertisedHost();
    }

    /** Starts the HTTP server unless the options turn it off; the stage's parts are added afterwards. */
    static StageService start(HttpOptions options, boolean longRunning, PrintStream err) {
        StageService service = new StageService(options, longRunning);
        if (service.http != null) {
            String token = service.http.access().required() ? "; a token is required but for /health" : "";
            err.println("newsflow: serving http://" + service.advertisedHost + ":" + service.port()
                    + " (/metrics, /health" + token + ")");
        }
        return service;
    }

    /** This instance's address for Kafka Streams' {@code application.server}; null without HTTP. */
    HostInfo advertised() {
        return http == null ? null : new HostInfo(advertisedHost, http.port());
    }

    /** The address the HTTP server listens on, or null without HTTP. */
    InetSocketAddress address() {
        return http == null ? null : http.address();
    }

    /** The HTTP port, or -1 without HTTP. */
    int port() {
        return http == null ? HttpOptions.OFF : http.port();
    }

    PipelineMetrics metrics() {
        return metrics;
    }

    /** The enrich application: its Streams metrics, the articles, entities, pages and dead letters it produced. */
    void enrich(EnrichApp app, Topics topics) {
        KafkaStreams streams = app.streams();
        metrics.bindStreams("enrich", streams);
        metrics.countProduced(PipelineMetrics.ARTICLES, "enrich", streams, topics.articles().name());
        metrics.countProduced(PipelineMetrics.ENTITIES, "enrich", streams, topics.entityMentions().name());
        metrics.countProduced(PipelineMetrics.PAGES, "enrich", streams, topics.pageStatus().name(), "result",
                "enriched");
        metrics.countProduced(PipelineMetrics.DEAD_LETTERS, "enrich", streams, topics.deadLetters().name());
        health.add("enrich", () -> streamsCheck(app.streams()));
    }

    /** The people directory: its Streams metrics, health, and {@code /people/{name}}, {@code /people?q=}. */
    void people(EnrichApp app, Topics topics) {
        KafkaStreams streams = app.streams();
        metrics.bindStreams("people", streams);
        metrics.countProduced(PipelineMetrics.PEOPLE_UPDATES, "people", streams, topics.people().name());
        metrics.countProduced(PipelineMetrics.DEAD_LETTERS, "people", streams, topics.deadLetters().name());
        health.add("people", () -> streamsCheck(app.streams()));
        if (http != null) {
            new PeopleRoutes(new StoreRouter(streams, advertised(), topics.entityMentions().name()),
                    new Forwarder(http.access())).register(http);
        }
    }

    /** The reader: its Streams metrics, health, and the views of the archive ({@code /} and below). */
    void reader(EnrichApp app, Topics topics) {
        KafkaStreams streams = app.streams();
        metrics.bindStreams("reader", streams);
        health.add("reader", () -> streamsCheck(app.streams()));
        if (http != null) {
            new ReaderRoutes(new StoreRouter(streams, advertised(), topics.rawPages().name()),
                    new Forwarder(http.access())).register(http);
        }
    }

    /** The file sink: articles, entities and dead letters written, its clients' metrics, its health. */
    void sink(FileSink sink) {
        metrics.counter(PipelineMetrics.ARTICLES, "sink", sink, FileSink::articlesWritten);
        metrics.counter(PipelineMetrics.ENTITIES, "sink", sink, FileSink::entitiesWritten);
        metrics.counter(PipelineMetrics.DEAD_LETTERS, "sink", sink, FileSink::deadLetters);
        sink.listenToClients(clients("sink"));
        health.add("sink", () -> sink.failure() == null
                ? Health.Check.up("writing")
                : Health.Check.down("failed: " + sink.failure()));
    }

    /** The inbox watcher: files waiting to settle, its health. */
    void watcher(WatchIngest watch) {
        Gauge.builder("newsflow.inbox.pending", watch, WatchIngest::pending)
                .description("Files seen in the inbox, not yet complete").register(metrics.registry());
        health.add("ingest", () -> watch.isReady() ? Health.Check.up("watching") : Health.Check.down("not watching"));
    }

    /** Counts what the watcher ingested (pages by result) and how long after arrival (pickup latency). */
    Consumer<WatchIngest.Picked> pagesIngested() {
        Timer pickup = Timer.builder("newsflow.inbox.pickup")
                .description("From a file first seen in the inbox to its page committed to Kafka")
                // buckets at the promise: a page is taken within 2 s of its arrival
                .serviceLevelObjectives(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(5))
                .register(metrics.registry());
        Map<Offer.Result, Counter> pages = new EnumMap<>(Offer.Result.class);
        for (Offer.Result r : Offer.Result.values()) {
            pages.put(r, metrics.counter(PipelineMetrics.PAGES, "ingest", "result", r.name().toLowerCase(Locale.ROOT)));
        }
        return picked -> {
            pickup.record(picked.pickup());
            pages.get(picked.offer().result()).increment();
        };
    }

    /** Binds the metrics of each long-lived client a stage opens. */
    ClientListener clients(String stage) {
        return new ClientListener() {
            @Override
            public void opened(String role, Producer<?, ?> producer) {
                metrics.bindProducer(stage, producer);
            }

            @Override
            public void opened(String role, org.apache.kafka.clients.consumer.Consumer<?, ?> consumer) {
                metrics.bindConsumer(stage, consumer);
            }
        };
    }

    /** Consumer lag of the given groups (group → topics it reads). */
    void lag(Map<String, Object> client, Map<String, Set<String>> groups) {
        closeables.add(new ConsumerLag(client, groups, metrics.registry(), 5_000));
    }

    private static Health.Check streamsCheck(KafkaStreams streams) {
        KafkaStreams.State state = streams.state();
        return state.isRunningOrRebalancing() ? Health.Check.up(state.name()) : Health.Check.down(state.name());
    }

    @Override
    public void close() {
        if (http != null) {
            http.close();
        }
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                // closing on the way out: nothing left to tell
            }
        }
        metrics.close();
    }
}
