package dev.newsflow.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import dev.newsflow.topics.ReadToEnd;
import dev.newsflow.topics.Topic;

/** Reads a topic from the beginning as a downstream consumer would: read_committed, decoded by the topic's serdes. */
public final class TopicReader {

    /**
     * Longest a read waits for the transactions open when it starts to end, unless it was given longer: more than a
     * producer's default transaction.timeout.ms (60 s), after which the broker aborts a transaction left open.
     */
    private static final Duration OPEN_TRANSACTIONS_WAIT = Duration.ofMinutes(2);

    private TopicReader() {
    }

    /**
     * Every committed record of the log as it is now; waits for the transactions open now (a commit that has
     * returned to its producer may still be writing its markers) to end, as {@link ReadToEnd} does.
     */
    public static <K, V> List<ConsumerRecord<K, V>> readAll(String bootstrap, Topic<K, V> topic) {
        return readUntil(bootstrap, topic, records -> true, Duration.ZERO);
    }

    /**
     * Reads from the beginning past every transaction that is open or committed now (waiting for the open ones to
     * end, but not beyond {@code timeout} or two minutes, whichever is longer), then until {@code done} holds for what
     * was read and the end of the topic is reached, or {@code timeout} passes; returns what was read.
     */
    public static <K, V> List<ConsumerRecord<K, V>> readUntil(String bootstrap, Topic<K, V> topic,
                                                             Predicate<List<ConsumerRecord<K, V>>> done,
                                                             Duration timeout) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        long deadline = System.nanoTime() + timeout.toNanos();
        long settled = System.nanoTime() + Math.max(timeout.toNanos(), OPEN_TRANSACTIONS_WAIT.toNanos());
        try (var consumer = new KafkaConsumer<>(config, topic.keyDeserializer(), topic.valueDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
            Map<TopicPartition, Long> written = ReadToEnd.logEnds(config, partitions, Duration.ofSeconds(30));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<K, V>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < written.get(p))
                    && System.nanoTime() < settled) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
            while (true) {
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                    consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                }
                if (done.test(records) || System.nanoTime() > deadline) {
                    return records;
                }
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
    }
}
