package dev.newsflow.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How far the stages writing some topics have got, read as the broker has it: the records written (read_uncommitted:
 * those of open and aborted transactions included) and the records committed (read_committed), and which partitions
 * hold an open transaction (their last stable offset below their high watermark). The fault tests trigger their
 * faults on these counts, not on the clock.
 */
final class TopicProgress implements AutoCloseable {

    /** A partition whose records from {@code lastStable} (inclusive) to {@code end} belong to an open transaction. */
    record Open(TopicPartition partition, long lastStable, long end) {
    }

    /** Polls to read back a range before giving up: a guard against a hang, the range is long settled by then. */
    private static final int MAX_POLLS = 100;

    private final String bootstrap;
    private final KafkaConsumer<byte[], byte[]> written;
    private final KafkaConsumer<byte[], byte[]> committed;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<String, Long> writtenCount = new HashMap<>();
    private final Map<String, Long> committedCount = new HashMap<>();

    TopicProgress(String bootstrap, List<String> topics) {
        this.bootstrap = bootstrap;
        written = consumer(bootstrap, "read_uncommitted");
        committed = consumer(bootstrap, "read_committed");
        for (String topic : topics) {
            partitions.addAll(CommittedReader.partitions(written, topic));
            writtenCount.put(topic, 0L);
            committedCount.put(topic, 0L);
        }
        for (KafkaConsumer<byte[], byte[]> c : List.of(written, committed)) {
            c.assign(partitions);
            c.seekToBeginning(partitions);
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, String isolation) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Reads what arrived since the last call (waiting at most {@code wait} for it). */
    void poll(Duration wait) {
        written.poll(wait).forEach(r -> writtenCount.merge(r.topic(), 1L, Long::sum));
        committed.poll(wait).forEach(r -> committedCount.merge(r.topic(), 1L, Long::sum));
    }

    /** Records written to the topic, committed or not. */
    long written(String topic) {
        return writtenCount.get(topic);
    }

    /** Records of committed transactions (what a read_committed consumer sees). */
    long committed(String topic) {
        return committedCount.get(topic);
    }

    /** The topic's partitions that hold an open transaction now. */
    List<Open> openTransactions(String topic) {
        List<TopicPartition> of = partitions.stream().filter(p -> p.topic().equals(topic)).toList();
        Map<TopicPartition, Long> end = written.endOffsets(of);
        Map<TopicPartition, Long> stable = committed.endOffsets(of);
        List<Open> open = new ArrayList<>();
        for (TopicPartition p : of) {
            if (stable.get(p) < end.get(p)) {
                open.add(new Open(p, stable.get(p), end.get(p)));
            }
        }
        return open;
    }

    /**
     * How many records of the given ranges (transactions that were open) a read_committed consumer sees now: none
     * when every one of those transactions was aborted.
     */
    long committedIn(List<Open> ranges) {
        long count = 0;
        try (KafkaConsumer<byte[], byte[]> reader = consumer(bootstrap, "read_committed")) {
            for (Open range : ranges) {
                reader.assign(List.of(range.partition()));
                reader.seek(range.partition(), range.lastStable());
                for (int polls = 0; reader.position(range.partition()) < range.end() && polls < MAX_POLLS; polls++) {
                    count += reader.poll(Duration.ofMillis(200)).records(range.partition()).stream()
                            .filter(r -> r.offset() < range.end()).count();
                }
            }
        }
        return count;
    }

    @Override
    public void close() {
        written.close();
        committed.close();
    }
}
