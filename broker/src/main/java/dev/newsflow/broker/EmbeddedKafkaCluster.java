package dev.newsflow.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real Kafka cluster in this JVM: N combined broker+controller nodes in KRaft mode, started from the
 * Kafka server jars on loopback ports. Storage is formatted in-process the way {@code kafka-storage format}
 * does it. With a data directory the cluster keeps its topics across restarts (ports are remembered);
 * without one it lives in a temporary directory removed on {@link #close()}. The whole cluster, or one
 * node, can be stopped and started again on the same ports and data while clients keep running, as in an
 * outage. Optionally each node has a second client listener that requires SASL/PLAIN, for tests of
 * secured clients.
 *
 * <pre>
 * try (var cluster = EmbeddedKafkaCluster.builder().brokers(1).build().start()) {
 *     String bootstrap = cluster.bootstrapServers();
 * }
 * </pre>
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaCluster.class);
    private static final String HOST = "127.0.0.1";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String BROKER_LISTENER = "PLAINTEXT";
    private static final String SASL_LISTENER = "SASL";

    private final int nodes;
    private final Path dataDir;
    private final boolean deleteOnClose;
    private final Map<String, String> overrides;
    private final Map<String, String> saslUsers;
    private final List<Node> members = new ArrayList<>();
    private String clusterId;

    private EmbeddedKafkaCluster(Builder builder) {
        this.nodes = builder.nodes;
        this.overrides = Map.copyOf(builder.overrides);
        this.saslUsers = Map.copyOf(builder.saslUsers);
        try {
            this.deleteOnClose = builder.dataDir == null;
            this.dataDir = builder.dataDir == null
                    ? Files.createTempDirectory("newsflow-kafka-")
                    : Files.createDirectories(builder.dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the broker's data directory", e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Formats storage where needed and starts every node; returns when all brokers accept clients. */
    public EmbeddedKafkaCluster start() {
        long t0 = System.nanoTime();
        Properties state = loadState();
        clusterId = state.getProperty("cluster.id", Uuid.randomUuid().toString());
        for (int id = 0; id < nodes; id++) {
            int brokerPort = reusePort(state.getProperty("node." + id + ".broker.port"));
            int controllerPort = reusePort(state.getProperty("node." + id + ".controller.port"));
            int saslPort = saslUsers.isEmpty() ? -1 : reusePort(state.getProperty("node." + id + ".sasl.port"));
            members.add(new Node(id, brokerPort, controllerPort, saslPort, dataDir.resolve("node-" + id)));
        }
        saveState();
        String voters = members.stream()
                .map(n -> n.id + "@" + HOST + ":" + n.controllerPort)
                .collect(Collectors.joining(","));
        for (Node node : members) {
            node.config = nodeConfig(node, voters);
            format(node);
        }
        // controllers of a multi-node quorum must start together to elect a leader
        CompletableFuture.allOf(members.stream()
                .map(n -> CompletableFuture.runAsync(n::startServer))
                .toArray(CompletableFuture[]::new)).join();
        awaitReady();
        log.info("Kafka cluster {} with {} node(s) ready on {} in {} ms", clusterId, nodes, bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        return this;
    }

    public String bootstrapServers() {
        return members.stream().map(n -> HOST + ":" + n.brokerPort).collect(Collectors.joining(","));
    }

    /**
     * The SASL_PLAINTEXT listeners (mechanism PLAIN, the users given to {@link Builder#saslPlainUser}); a
     * client needs {@code security.protocol=SASL_PLAINTEXT}, {@code sasl.mechanism=PLAIN} and a
     * {@code sasl.jaas.config} to connect to them.
     */
    public String saslBootstrapServers() {
        if (saslUsers.isEmpty()) {
            throw new IllegalStateException("this cluster has no SASL listener: see Builder.saslPlainUser");
        }
        return members.stream().map(n -> HOST + ":" + n.saslPort).collect(Collectors.joining(","));
    }

    public String clusterId() {
        return clusterId;
    }

    public int size() {
        return nodes;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops one node hard enough for a test of failover: its broker and its controller. */
    public void stopNode(int id) {
        log.info("Stopping node {}", id);
        members.get(id).stopServer();
    }

    /** Starts a node stopped by {@link #stopNode(int)} again, on the same ports and data. */
    public void restartNode(int id) {
        Node node = members.get(id);
        if (node.server == null) {
            log.info("Restarting node {}", id);
            node.startServer();
        }
    }

    public boolean isRunning(int id) {
        return members.get(id).server != null;
    }

    /**
     * Stops every node, keeping ports and data: an outage of the whole cluster. Clients keep running and
     * retry; {@link #restart()} ends the outage.
     */
    public void stop() {
        log.info("Stopping all {} node(s)", nodes);
        stopAll();
    }

    /** Starts every stopped node again on its ports and data; returns when all brokers accept clients. */
    public void restart() {
        log.info("Restarting stopped nodes");
        CompletableFuture.allOf(members.stream()
                .filter(n -> n.server == null)
                .map(n -> CompletableFuture.runAsync(n::startServer))
                .toArray(CompletableFuture[]::new)).join();
        awaitReady();
    }

    @Override
    public void close() {
        long t0 = System.nanoTime();
        stopAll();
        log.info("Kafka cluster {} stopped in {} ms", clusterId, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        if (deleteOnClose) {
            deleteRecursively(dataDir);
        }
    }

    private void stopAll() {
        // all nodes at once: a node shut down alone waits for a controller quorum the others no longer form
        CompletableFuture.allOf(members.stream()
                .map(n -> CompletableFuture.runAsync(n::stopServer))
                .toArray(CompletableFuture[]::new)).join();
    }

    private Map<String, Object> nodeConfig(Node node, String voters) {
        int replication = Math.min(3, nodes);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(node.id));
        props.put("controller.quorum.voters", voters);
        props.put("listeners", BROKER_LISTENER + "://" + HOST + ":" + node.brokerPort + ","
                + CONTROLLER_LISTENER + "://" + HOST + ":" + node.controllerPort);
        props.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + node.brokerPort);
        props.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER
                + ":PLAINTEXT");
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", BROKER_LISTENER);
        props.put("log.dirs", node.logDir.toString());
        props.put("metadata.log.dir", node.logDir.toString());
        props.put("auto.create.topics.enable", "false");
        props.put("num.partitions", "1");
        props.put("default.replication.factor", String.valueOf(replication));
        props.put("offsets.topic.replication.factor", String.valueOf(replication));
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", String.valueOf(replication));
        props.put("transaction.state.log.min.isr", String.valueOf(Math.max(1, replication - 1)));
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", String.valueOf(replication));
        props.put("share.coordinator.state.topic.min.isr", String.valueOf(Math.max(1, replication - 1)));
        props.put("group.initial.rebalance.delay.ms", "0");
        // the log cleaner's 128 MB default dedupe buffer is most of an idle broker's heap
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        props.put("message.max.bytes", String.valueOf(16 * 1024 * 1024 + 1024));
        props.put("replica.fetch.max.bytes", String.valueOf(16 * 1024 * 1024 + 1024));
        if (!saslUsers.isEmpty()) {
            addSaslListener(props, node);
        }
        props.putAll(overrides);
        return props;
    }

    /** A client listener that accepts only SASL/PLAIN logins of the configured users; brokers talk PLAINTEXT. */
    private void addSaslListener(Map<String, Object> props, Node node) {
        String endpoint = SASL_LISTENER + "://" + HOST + ":" + node.saslPort;
        props.put("listeners", props.get("listeners") + "," + endpoint);
        props.put("advertised.listeners", props.get("advertised.listeners") + "," + endpoint);
        props.put("listener.security.protocol.map", props.get("listener.security.protocol.map") + ","
                + SASL_LISTENER + ":SASL_PLAINTEXT");
        String prefix = "listener.name." + SASL_LISTENER.toLowerCase(Locale.ROOT) + ".";
        props.put(prefix + "sasl.enabled.mechanisms", "PLAIN");
        props.put(prefix + "plain.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                + saslUsers.entrySet().stream()
                        .map(u -> "user_" + u.getKey() + "=\"" + u.getValue() + "\"")
                        .collect(Collectors.joining(" ")) + ";");
    }

    private void format(Node node) {
        try {
            Files.createDirectories(node.logDir);
            if (Files.exists(node.logDir.resolve("meta.properties"))) {
                return;
            }
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                    .setNodeId(node.id)
                    .setClusterId(clusterId)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setUnstableFeatureVersionsEnabled(false)
                    .setIgnoreFormatted(true)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(node.logDir.toString())
                    .addDirectory(node.logDir.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format storage of node " + node.id + " in " + node.logDir, e);
        }
    }

    private void awaitReady() {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        long deadline = System.currentTimeMillis() + 120_000;
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    int ready = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
                    if (ready >= nodes) {
                        return;
                    }
                } catch (Exception e) {
                    if (System.currentTimeMillis() > deadline) {
                        throw new IllegalStateException("Kafka cluster not ready after 120 s", e);
                    }
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("Kafka cluster not ready after 120 s");
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for Kafka", e);
        }
    }

    private Properties loadState() {
        Properties state = new Properties();
        Path file = dataDir.resolve("cluster.properties");
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                state.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
            int saved = Integer.parseInt(state.getProperty("nodes", String.valueOf(nodes)));
            if (saved != nodes) {
                throw new IllegalStateException("The data directory " + dataDir + " holds a cluster of " + saved
                        + " nodes, not " + nodes);
            }
        }
        return state;
    }

    private void saveState() {
        Properties state = new Properties();
        state.setProperty("cluster.id", clusterId);
        state.setProperty("nodes", String.valueOf(nodes));
        for (Node node : members) {
            state.setProperty("node." + node.id + ".broker.port", String.valueOf(node.brokerPort));
            state.setProperty("node." + node.id + ".controller.port", String.valueOf(node.controllerPort));
            if (node.saslPort > 0) {
                state.setProperty("node." + node.id + ".sasl.port", String.valueOf(node.saslPort));
            }
        }
        Path file = dataDir.resolve("cluster.properties");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            state.store(out, "embedded Kafka cluster of newsflow");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** The port used last time if it is free again, so that a restarted cluster keeps its addresses. */
    private static int reusePort(String saved) {
        if (saved != null) {
            int port = Integer.parseInt(saved);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                log.info("Port {} is taken, choosing another", port);
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", dir, e.toString());
        }
    }

    private static final class Node {
        final int id;
        final int brokerPort;
        final int controllerPort;
        final int saslPort;
        final Path logDir;
        Map<String, Object> config;
        volatile KafkaRaftServer server;

        Node(int id, int brokerPort, int controllerPort, int saslPort, Path logDir) {
            this.id = id;
            this.brokerPort = brokerPort;
            this.controllerPort = controllerPort;
            this.saslPort = saslPort;
            this.logDir = logDir;
        }

        synchronized void stopServer() {
            if (server != null) {
                try {
                    server.shutdown();
                    server.awaitShutdown();
                } catch (RuntimeException e) {
                    log.warn("Error stopping node {}: {}", id, e.toString());
                }
                server = null;
            }
        }

        synchronized void startServer() {
            KafkaRaftServer created = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
            created.startup();
            server = created;
        }
    }

    public static final class Builder {
        private int nodes = 1;
        private Path dataDir;
        private final Map<String, String> overrides = new HashMap<>();
        private final Map<String, String> saslUsers = new LinkedHashMap<>();

        /** Number of combined broker+controller nodes (1 to 5). */
        public Builder brokers(int count) {
            if (count < 1 || count > 5) {
                throw new IllegalArgumentException("brokers must be between 1 and 5, not " + count);
            }
            this.nodes = count;
            return this;
        }

        /** Keeps the cluster's data (topics, offsets, ports) in this directory across restarts. */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** Any broker setting, e.g. {@code log.retention.ms}. */
        public Builder brokerConfig(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        /**
         * Adds a SASL_PLAINTEXT client listener to every node (see {@link #saslBootstrapServers()}) that
         * accepts this user; call again for more users. The credentials live only in memory.
         */
        public Builder saslPlainUser(String user, String password) {
            saslUsers.put(user, password);
            return this;
        }

        public EmbeddedKafkaCluster build() {
            return new EmbeddedKafkaCluster(this);
        }
    }
}
