package dev.newsflow.topics;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a whole topic, from the beginning of every partition to the end it had when reading started, without a
 * consumer group: the catch-up reads done at start (the ingest index, the schema topic) and by tools.
 *
 * <p>A committed-only read goes to the end of the log as it was when reading started, not to the end a
 * read_committed consumer reports (the last stable offset). A producer's commit returns once the coordinator has
 * decided it; the brokers write the commit markers after that. Up to the last stable offset, a read started right
 * after a commit could stop short of that transaction's records; up to the log end, it waits until every transaction
 * open when reading started has ended, then has all the committed records of the log as it was.
 */
public final class ReadToEnd {

    /**
     * Longest a fetch waits for data. The reader knows where to stop, so a fetch that finds nothing more need not
     * wait for more: with the consumer's default (500 ms), a partition whose last record is a transaction marker made
     * every poll wait that long.
     */
    static final int FETCH_MAX_WAIT_MS = 10;
    private static final Duration POLL = Duration.ofMillis(200);

    private ReadToEnd() {
    }

    /**
     * Hands {@code action} every record of {@code topic}, partition by partition in offset order, up to the end
     * offsets taken when reading starts; committed records only when {@code committedOnly}.
     *
     * @param timeout for the partition and end-offset lookups
     */
    public static <K, V> void forEach(Map<String, Object> client, boolean committedOnly, String topic,
                                      Deserializer<K> keys, Deserializer<V> values, Duration timeout,
                                      Consumer<ConsumerRecord<K, V>> action) {
        read(client, committedOnly, topic, keys, values, timeout, Long.MAX_VALUE, action);
    }

    /** As {@link #forEach}, but stops where it is once it has read for {@code limit} after the lookups. */
    public static <K, V> void forEach(Map<String, Object> client, boolean committedOnly, String topic,
                                      Deserializer<K> keys, Deserializer<V> values, Duration timeout, Duration limit,
                                      Consumer<ConsumerRecord<K, V>> action) {
        read(client, committedOnly, topic, keys, values, timeout, limit.toNanos(), action);
    }

    /**
     * Where each partition's log ends now, records of open transactions included (the high watermark). A
     * read_committed consumer whose position has reached these offsets has read every transaction that was open or
     * committed at the time of the call, once it ended.
     */
    public static Map<TopicPartition, Long> logEnds(Map<String, Object> client, Collection<TopicPartition> partitions,
                                                    Duration timeout) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            return consumer.endOffsets(partitions, timeout);
        }
    }

    private static <K, V> void read(Map<String, Object> client, boolean committedOnly, String topic,
                                    Deserializer<K> keys, Deserializer<V> values, Duration timeout, long limitNanos,
                                    Consumer<ConsumerRecord<K, V>> action) {
        Map<String, Object> config = new HashMap<>(client);
        if (committedOnly) {
            config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        }
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, FETCH_MAX_WAIT_MS);
        try (var consumer = new KafkaConsumer<>(config, keys, values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = committedOnly ? logEnds(client, partitions, timeout)
                    : consumer.endOffsets(partitions, timeout);
            long start = System.nanoTime();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() - start < limitNanos) {
                consumer.poll(POLL).forEach(action);
            }
        }
    }
}
