package dev.newsflow.bench.measure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

import dev.newsflow.app.CommittedReader;
import dev.newsflow.schemas.PageStatus;
import dev.newsflow.topics.Topic;
import dev.newsflow.topics.Topics;

/** Follows the page-status topic (committed records) in a thread of its own: which pages enrich has finished. */
final class StatusWatch implements AutoCloseable {

    private final Map<String, PageStatus> statuses = new ConcurrentHashMap<>();
    private final Map<String, Long> seenAt = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, PageStatus> consumer;
    private final Thread thread;
    private volatile boolean closed;

    StatusWatch(Map<String, Object> client, Topics topics) {
        Topic<String, PageStatus> topic = topics.pageStatus();
        consumer = new KafkaConsumer<>(CommittedReader.readCommitted(client), topic.keyDeserializer(),
                topic.valueDeserializer());
        List<TopicPartition> partitions = CommittedReader.partitions(consumer, topic.name());
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::follow, "bench-status-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void follow() {
        try {
            while (!closed) {
                var records = consumer.poll(Duration.ofMillis(100));
                long now = System.currentTimeMillis();
                records.forEach(r -> {
                    statuses.put(r.key(), r.value());
                    seenAt.putIfAbsent(r.key(), now);
                });
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    /** The page's status, or null while enrich has not finished it. */
    PageStatus status(String pageId) {
        return statuses.get(pageId);
    }

    /** When this watch first read the page's status (0 if not yet). */
    long seenAtMs(String pageId) {
        return seenAt.getOrDefault(pageId, 0L);
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        consumer.wakeup();
        thread.join(10_000);
    }
}
