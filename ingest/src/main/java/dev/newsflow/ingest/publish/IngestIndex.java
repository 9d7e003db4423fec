package dev.newsflow.ingest.publish;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import dev.newsflow.topics.Topic;

/**
 * The content hashes ingest has already published, read from the compacted ingest-index topic. Ingest
 * writes each hash in the same transaction as its page, so the index and the raw-pages topic never disagree.
 */
final class IngestIndex {

    private IngestIndex() {
    }

    /** Every committed SHA-256 on the index topic, with what it was indexed as (a page id or a dead-letter mark). */
    static Map<String, String> load(Map<String, Object> clientConfig, Topic<String, String> index) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        // reads up to a known end: a fetch that finds nothing new (a transaction marker last) need not wait for more
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        Map<String, String> seen = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(config, index.keyDeserializer(), index.valueDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(index.name(), Duration.ofSeconds(60)).stream()
                    .map(p -> new TopicPartition(index.name(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(60));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.put(r.key(), r.value()));
            }
        }
        return seen;
    }
}
