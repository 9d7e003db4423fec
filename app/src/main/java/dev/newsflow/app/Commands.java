package dev.newsflow.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.json.PlainJson;

/** Small things the commands share. */
final class Commands {

    private Commands() {
    }

    static String requireBootstrap(KafkaOptions kafka) {
        String b = kafka.bootstrapServers();
        if (b == null || b.isBlank()) {
            throw new UsageException("--bootstrap-servers (or NEWSFLOW_BOOTSTRAP_SERVERS) is required");
        }
        return b;
    }

    /**
     * Runs a long-running stage on the calling thread until it returns by itself or the JVM is asked to stop
     * (SIGTERM, Ctrl-C), in which case {@code stop} is called and the stage gets 30 s to finish.
     */
    static void runUntilStopped(String name, Runnable stage, Runnable stop) throws InterruptedException {
        Thread worker = new Thread(stage, "newsflow-" + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            try {
                worker.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsflow-" + name + "-shutdown"));
        worker.start();
        worker.join();
    }

    /** An embedded broker keeping its data under {@code state}, unless a cluster is given (then null). */
    static EmbeddedKafkaCluster embeddedUnless(String bootstrap, Path state, PrintStream err) throws Exception {
        if (bootstrap != null && !bootstrap.isBlank()) {
            return null;
        }
        EmbeddedKafkaCluster cluster = EmbeddedKafkaCluster.builder().dataDir(state.resolve("kafka")).build().start();
        err.println("newsflow: embedded Kafka broker on " + cluster.bootstrapServers());
        return cluster;
    }

    /**
     * Client settings for the cluster a command talks to. Security settings ({@code --client-config}) are for a
     * real cluster; the embedded broker only takes plain connections, so with it they are left out, with a notice.
     */
    static Map<String, Object> clientConfig(KafkaOptions kafka, EmbeddedKafkaCluster cluster, String bootstrap,
                                            PrintStream err) {
        if (cluster == null) {
            return kafka.clientConfig(bootstrap);
        }
        if (kafka.hasClientConfig()) {
            err.println("newsflow: --client-config ignored: it applies to --bootstrap-servers, not to the embedded "
                    + "broker");
        }
        return KafkaOptions.of(cluster.bootstrapServers(), kafka.topicPrefix, kafka.partitions, kafka.replicationFactor)
                .clientConfig(cluster.bootstrapServers());
    }

    static String json(Map<String, ?> fields) {
        try {
            return PlainJson.mapper().writeValueAsString(new TreeMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
