package dev.newsflow.enrich;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.enrich.segment.HanLpSegmenter;
import dev.newsflow.topics.Topics;

/**
 * Runs the enrich topology as a Kafka Streams application with exactly-once processing. Several instances
 * with the same application id share the partitions of the raw-pages topic.
 *
 * <pre>./newsflow enrich --bootstrap-servers localhost:9092 --threads 2</pre>
 */
public final class EnrichApp implements AutoCloseable {

    public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";
    private static final Logger log = LoggerFactory.getLogger(EnrichApp.class);

    /**
     * Enrich's default commit interval: how often a busy stream thread commits. Under exactly-once a commit ends a
     * transaction on every partition a task wrote; with Streams' own default (100 ms) the transactions, their
     * markers and the broker code they run took a large share of the pipeline's CPU in a backfill, and a commit that
     * splits an edition's articles between two transactions makes the sink write them as two segments. 5 s stays well
     * inside the transactions' 10 s timeout. A thread that runs out of input commits at once instead of waiting for
     * the interval ({@code CommitWhenIdle}), so a new page on an idle pipeline does not wait for it
     * (docs/decisions/0006-commit-interval-and-idle-commit.md; latency in docs/performance.md).
     */
    public static final long DEFAULT_COMMIT_INTERVAL_MS = 5000;

    private final KafkaStreams streams;
    private final Models models;

    /** The language models the topology's stages need: whether they are in, and loading them (blocking). */
    public interface Models {
        /** HanLP's and ansj's, loaded once per process ({@link HanLpSegmenter#loadModels()}). */
        Models LANGUAGE = new Models() {
            @Override
            public boolean loaded() {
                return HanLpSegmenter.modelsLoaded();
            }

            @Override
            public void load() {
                HanLpSegmenter.loadModels();
            }
        };

        /** None: an application without language work (the reader's index) starts processing at once. */
        Models NONE = new Models() {
            @Override
            public boolean loaded() {
                return true;
            }

            @Override
            public void load() {
                // nothing to load
            }
        };

        boolean loaded();

        void load();
    }

    public EnrichApp(Topology topology, Properties config) {
        this(topology, config, Models.LANGUAGE);
    }

    public EnrichApp(Topology topology, Properties config, Models models) {
        this.models = models;
        this.streams = new KafkaStreams(topology, config);
        streams.setUncaughtExceptionHandler(e -> {
            log.error("Stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    /**
     * The Streams configuration: exactly_once_v2, commits every {@link #DEFAULT_COMMIT_INTERVAL_MS} ms unless the
     * client config says otherwise, internal topics replicated like the pipeline's own, room for large pages;
     * anything in {@code overrides} wins.
     */
    public static Properties config(Map<String, Object> clientConfig, String applicationId, Path stateDir,
                                    int threads, int standbyReplicas, int replicationFactor, Properties overrides) {
        Properties p = new Properties();
        p.putAll(clientConfig);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, DEFAULT_COMMIT_INTERVAL_MS);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, standbyReplicas);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicationFactor);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topics.MAX_MESSAGE_BYTES);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        // an enriched article is about as large as the default 16 KB batch, which so held one: every article was a
        // request of its own
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 50);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), Topics.MAX_MESSAGE_BYTES);
        p.putAll(overrides);
        return p;
    }

    /**
     * Starts the streams; while the language models still load (seconds), paused: the stream threads join the
     * group, set up their transactions and restore their stores meanwhile, and process nothing until the models are
     * in. (A model loaded lazily inside the first transaction could outlast the transaction timeout under
     * exactly-once and get the task fenced.) Should the models fail to load, the application stops.
     */
    public EnrichApp start() {
        if (models.loaded()) {
            streams.start();
            return this;
        }
        streams.pause();
        streams.start();
        Thread loader = new Thread(() -> {
            try {
                models.load();
                streams.resume();
            } catch (RuntimeException | Error e) {
                log.error("Cannot load the language models; stopping enrich", e);
                streams.close(Duration.ZERO);
            }
        }, "newsflow-enrich-models");
        loader.setDaemon(true);
        loader.start();
        return this;
    }

    /** Whether the application processes records: running, and not waiting for the language models. */
    public boolean isProcessing() {
        return streams.state() == KafkaStreams.State.RUNNING && !streams.isPaused();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Waits until the application is RUNNING with its models loaded (or fails). */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isProcessing()) {
            if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
                throw new IllegalStateException("enrich stopped: " + streams.state());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("enrich not running after " + timeout + ": " + streams.state());
            }
            Thread.sleep(50);
        }
    }

    /**
     * Stops the application and leaves the consumer group, so that an instance taking over (or the next run of
     * {@code newsflow run}) gets the partitions at once instead of after the session timeout.
     */
    @Override
    public void close() {
        boolean stopped = streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        if (!stopped) {
            log.warn("Kafka Streams did not stop within 30 s; state {}", streams.state());
        }
    }
}
