package dev.newsflow.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaClusterIT {

    @Test
    void committedTransactionIsReadAndSurvivesARestartOfTheCluster(@TempDir Path dir) throws Exception {
        try (var cluster = EmbeddedKafkaCluster.builder().dataDir(dir).build().start()) {
            createTopic(cluster.bootstrapServers(), "t");
            produceTransactionally(cluster.bootstrapServers(), "t", List.of("a", "b"));
            assertThat(readCommitted(cluster.bootstrapServers(), "t", 2)).containsExactly("a", "b");
        }
        try (var cluster = EmbeddedKafkaCluster.builder().dataDir(dir).build().start()) {
            produceTransactionally(cluster.bootstrapServers(), "t", List.of("c"));
            assertThat(readCommitted(cluster.bootstrapServers(), "t", 3)).containsExactly("a", "b", "c");
        }
    }

    @Test
    void threeNodeClusterKeepsServingWithOneNodeDown() throws Exception {
        try (var cluster = EmbeddedKafkaCluster.builder().brokers(3).build().start()) {
            String bootstrap = cluster.bootstrapServers();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic("r", Optional.of(1), Optional.of((short) 3))
                        .configs(Map.of("min.insync.replicas", "2")))).all().get(60, TimeUnit.SECONDS);
                assertThat(admin.describeCluster().nodes().get()).hasSize(3);
            }
            produceTransactionally(bootstrap, "r", List.of("before"));
            cluster.stopNode(1);
            produceTransactionally(bootstrap, "r", List.of("during"));
            cluster.restartNode(1);
            assertThat(readCommitted(bootstrap, "r", 2)).containsExactly("before", "during");
        }
    }

    @Test
    void stoppedClusterComesBackOnItsPortsWithItsDataWhileAClientWaits() throws Exception {
        try (var cluster = EmbeddedKafkaCluster.builder().build().start()) {
            String bootstrap = cluster.bootstrapServers();
            createTopic(bootstrap, "outage");
            produceTransactionally(bootstrap, "outage", List.of("before"));
            cluster.stop();
            assertThat(cluster.isRunning(0)).isFalse();
            var during = CompletableFuture.runAsync(
                    () -> produceTransactionally(bootstrap, "outage", List.of("during")));
            Thread.sleep(2_000);
            assertThat(during).isNotDone();
            cluster.restart();
            during.get(2, TimeUnit.MINUTES);
            assertThat(cluster.bootstrapServers()).isEqualTo(bootstrap);
            assertThat(readCommitted(bootstrap, "outage", 2)).containsExactly("before", "during");
        }
    }

    @Test
    void saslListenerServesOnlyClientsThatLogIn() throws Exception {
        String password = UUID.randomUUID().toString();
        try (var cluster = EmbeddedKafkaCluster.builder().saslPlainUser("alice", password).build().start()) {
            String sasl = cluster.saslBootstrapServers();
            assertThat(sasl).isNotEqualTo(cluster.bootstrapServers());
            Map<String, Object> loggedIn = saslClient(sasl, "alice", password);
            try (Admin admin = Admin.create(loggedIn)) {
                assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
            }
            try (Admin admin = Admin.create(saslClient(sasl, "alice", "wrong"))) {
                assertThatThrownBy(() -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(SaslAuthenticationException.class);
            }
            Map<String, Object> plain = Map.of("bootstrap.servers", sasl, "default.api.timeout.ms", 3_000,
                    "request.timeout.ms", 2_000);
            try (Admin admin = Admin.create(plain)) {
                assertThatThrownBy(() -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                        .as("a client without SASL settings gets nowhere").isInstanceOf(ExecutionException.class);
            }
        }
    }

    private static Map<String, Object> saslClient(String bootstrap, String user, String password) {
        return Map.of("bootstrap.servers", bootstrap, "security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + user + "\" password=\"" + password + "\";");
    }

    private static void createTopic(String bootstrap, String name) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
    }

    private static void produceTransactionally(String bootstrap, String topic, List<String> values) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "it-" + topic);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            values.forEach(v -> producer.send(new ProducerRecord<>(topic, v)));
            producer.commitTransaction();
        }
    }

    private static List<String> readCommitted(String bootstrap, String topic, int expected) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            var tp = new TopicPartition(topic, 0);
            consumer.assign(Set.of(tp));
            consumer.seekToBeginning(Set.of(tp));
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.size() < expected && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
        }
        return values;
    }
}
