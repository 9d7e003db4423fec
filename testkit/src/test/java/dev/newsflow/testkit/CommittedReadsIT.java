package dev.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.topics.ReadToEnd;
import dev.newsflow.topics.Topic;
import dev.newsflow.topics.TopicAdmin;

/**
 * A committed-only read started while a transaction is open reads past it once it has ended, instead of stopping at
 * the last stable offset. The same holds for a commit that has returned to its producer while the brokers still
 * write its markers (the race a read right after a commit meets); an open transaction that the broker aborts makes
 * that window as long as the transaction timeout, so the test does not depend on when the markers land.
 */
@ExtendWith(SharedKafka.class)
class CommittedReadsIT {

    /** Short, so that the broker aborts the open transaction at its next check for timed-out transactions. */
    private static final int OPEN_TRANSACTION_TIMEOUT_MS = 1_000;

    @Test
    void aCommittedReadWaitsForTransactionsOpenWhenItStartedAndReadsWhatWasCommittedAfterThem(
            EmbeddedKafkaCluster kafka) {
        Map<String, Object> client = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        Topic<String, String> topic = new Topic<>("it-reads-" + UUID.randomUUID(), Serdes.String(), Serdes.String(),
                1, Map.of(), "a topic of this test");
        TopicAdmin.createTopics(client, List.of(topic), (short) 1);

        try (var open = producer(client, "open"); var committed = producer(client, "committed")) {
            open.initTransactions();
            open.beginTransaction();
            open.send(new ProducerRecord<>(topic.name(), "left open"));
            open.flush();
            committed.initTransactions();
            committed.beginTransaction();
            committed.send(new ProducerRecord<>(topic.name(), "committed after it"));
            committed.commitTransaction();

            List<String> read = new ArrayList<>();
            ReadToEnd.forEach(client, true, topic.name(), topic.keyDeserializer(), topic.valueDeserializer(),
                    Duration.ofSeconds(30), r -> read.add(r.value()));
            assertThat(read).containsExactly("committed after it");
            assertThat(TopicReader.readAll(kafka.bootstrapServers(), topic)).extracting(ConsumerRecord::value)
                    .containsExactly("committed after it");
        }
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> client, String name) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "it-reads-" + name + "-" + UUID.randomUUID());
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, OPEN_TRANSACTION_TIMEOUT_MS);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
