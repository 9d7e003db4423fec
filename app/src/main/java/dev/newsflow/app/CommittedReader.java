package dev.newsflow.app;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.newsflow.topics.ReadToEnd;

/** Reads topics as a downstream consumer sees them: committed records only, from the beginning, without a group. */
public final class CommittedReader {

    private CommittedReader() {
    }

    public static Map<String, Object> readCommitted(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return config;
    }

    public static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    /** Every committed record of the topic, from the beginning to the end it had when reading started. */
    public static <K, V> void forEach(Map<String, Object> client, String topic, Deserializer<K> keys,
                                      Deserializer<V> values, Consumer<ConsumerRecord<K, V>> action) {
        ReadToEnd.forEach(client, true, topic, keys, values, Duration.ofSeconds(30), action);
    }

    /** The keys whose latest committed record is not a tombstone, and how many records each key has. */
    static Map<String, Integer> liveKeys(Map<String, Object> client, String topic) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> deleted = new HashSet<>();
        forEach(client, topic, new StringDeserializer(), new ByteArrayDeserializer(), r -> {
            if (r.value() == null) {
                deleted.add(r.key());
                counts.remove(r.key());
            } else {
                deleted.remove(r.key());
                counts.merge(r.key(), 1, Integer::sum);
            }
        });
        return counts;
    }
}
