package dev.newsflow.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.streams.StreamsConfig;

import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.topics.SchemaCatalog;
import dev.newsflow.topics.SchemaTopic;
import dev.newsflow.topics.Topics;
import picocli.CommandLine.Option;

/** How to reach Kafka and name the topics; shared by every command that talks to Kafka. */
public final class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,…]",
            defaultValue = "${env:NEWSFLOW_BOOTSTRAP_SERVERS}",
            description = "Kafka cluster to use (env NEWSFLOW_BOOTSTRAP_SERVERS). `run` starts an embedded broker "
                    + "when none is given.")
    String bootstrapServers;

    @Option(names = "--client-config", paramLabel = "FILE", defaultValue = "${env:NEWSFLOW_CLIENT_CONFIG}",
            description = "Properties file of extra Kafka client settings, e.g. security.protocol, sasl.*, ssl.* (env "
                    + "NEWSFLOW_CLIENT_CONFIG).")
    Path clientConfig;

    @Option(names = "--topic-prefix", defaultValue = "${env:NEWSFLOW_TOPIC_PREFIX:-newsflow.}",
            description = "Prefix of every topic name (env NEWSFLOW_TOPIC_PREFIX, default ${DEFAULT-VALUE}).")
    String topicPrefix;

    @Option(names = "--partitions", defaultValue = "${env:NEWSFLOW_PARTITIONS:-" + Topics.DEFAULT_PARTITIONS + "}",
            description = "Partitions of the pipeline topics when they are created (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--commit-interval-ms", defaultValue = "${env:NEWSFLOW_COMMIT_INTERVAL_MS:-"
            + EnrichApp.DEFAULT_COMMIT_INTERVAL_MS + "}",
            description = "How often a busy enrich thread commits its transactions (env NEWSFLOW_COMMIT_INTERVAL_MS, "
                    + "default ${DEFAULT-VALUE}): "
                    + "a record reaches read_committed consumers at the next commit; shorter is lower latency in a "
                    + "backfill, longer more "
                    + "throughput. A thread that runs out of input commits at once.")
    long commitIntervalMs = EnrichApp.DEFAULT_COMMIT_INTERVAL_MS;

    @Option(names = "--replication-factor", defaultValue = "${env:NEWSFLOW_REPLICATION_FACTOR:-0}",
            description = "Replicas of the pipeline topics when they are created; 0 picks min(3, brokers).")
    short replicationFactor;

    @Option(names = "--json-topics", negatable = true, defaultValue = "${env:NEWSFLOW_JSON_TOPICS:-true}",
            fallbackValue = "true",
            description = "enrich and run also write articles, stories, entity mentions and people as plain JSON to "
                    + "<topic>.json, in the same transactions, for consumers without Avro (env NEWSFLOW_JSON_TOPICS, "
                    + "default on; --no-json-topics turns it off).")
    boolean jsonTopics = true;

    /** Options as code, for tests and embedding. */
    public static KafkaOptions of(String bootstrapServers, String topicPrefix, int partitions,
            short replicationFactor) {
        KafkaOptions o = new KafkaOptions();
        o.bootstrapServers = bootstrapServers;
        o.topicPrefix = topicPrefix;
        o.partitions = partitions;
        o.replicationFactor = replicationFactor;
        return o;
    }

    /**
     * Fails with a {@link UsageException} when an option cannot be right whatever the cluster: a client config that is
     * not a readable file, fewer than one partition, a commit interval under 1 ms, a negative replication factor.
     */
    void validate() {
        if (clientConfig != null && !(Files.isRegularFile(clientConfig) && Files.isReadable(clientConfig))) {
            throw new UsageException("--client-config is not a readable file: " + clientConfig);
        }
        UsageException.requirePositive("--partitions", partitions);
        UsageException.requirePositive("--commit-interval-ms", commitIntervalMs);
        if (replicationFactor < 0) {
            throw new UsageException("--replication-factor must be 0 (pick) or more, not " + replicationFactor);
        }
    }

    /** Client settings: bootstrap servers and the contents of --client-config. */
    public Map<String, Object> clientConfig(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        if (clientConfig != null) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(clientConfig, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read client config " + clientConfig, e);
            }
            p.forEach((k, v) -> config.put(k.toString(), v));
        }
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return config;
    }

    /** Settings of enrich's Streams applications that come from these options. */
    public Properties streamsOverrides() {
        if (commitIntervalMs < 1) {
            throw new IllegalArgumentException("--commit-interval-ms must be at least 1, not " + commitIntervalMs);
        }
        Properties p = new Properties();
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
        return p;
    }

    boolean hasClientConfig() {
        return clientConfig != null;
    }

    /** The topics, resolving unknown schemas through the schema topic of this cluster. */
    public Topics topics(Map<String, Object> clientConfig) {
        SchemaCatalog catalog = SchemaCatalog.backedBy(new SchemaTopic(clientConfig, topicPrefix + "schemas"));
        return new Topics(topicPrefix, partitions, catalog);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Whether the stages that write articles, stories, mentions and people also write their JSON twins. */
    public boolean jsonTopics() {
        return jsonTopics;
    }
}
