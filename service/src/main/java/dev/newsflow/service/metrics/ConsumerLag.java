package dev.newsflow.service.metrics;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Consumer lag of newsflow's consumer groups, as Kafka's tools compute it: per group and topic, the sum over
 * partitions of (last committed offset of the topic − the group's committed position), refreshed in the
 * background every few seconds and exposed as the gauge {@code newsflow_consumer_lag{group,topic}}. A
 * partition the group has not committed yet counts from the earliest offset.
 */
public final class ConsumerLag implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);
    /** How long closing waits for the admin client's requests in flight. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final Map<String, Set<String>> groups;
    private final Map<String, Double> lags = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsflow-consumer-lag");
        t.setDaemon(true);
        return t;
    });

    /** @param groups consumer group → the topics it reads */
    public ConsumerLag(Map<String, Object> clientConfig, Map<String, Set<String>> groups, MeterRegistry registry,
                       long refreshMillis) {
        this.admin = Admin.create(clientConfig);
        this.groups = Map.copyOf(groups);
        groups.forEach((group, topics) -> topics.forEach(topic -> {
            lags.put(key(group, topic), Double.NaN);
            Gauge.builder("newsflow.consumer.lag", lags, m -> m.getOrDefault(key(group, topic), Double.NaN))
                    .tags("group", group, "topic", topic)
                    .description("Records on the topic not yet consumed (committed) by the group")
                    .register(registry);
        }));
        scheduler.scheduleWithFixedDelay(this::refresh, 0, refreshMillis, TimeUnit.MILLISECONDS);
    }

    private static String key(String group, String topic) {
        return group + "\u0000" + topic;
    }

    /** The last lag computed for a group on a topic (NaN until known). */
    public double lag(String group, String topic) {
        return lags.getOrDefault(key(group, topic), Double.NaN);
    }

    void refresh() {
        for (var entry : groups.entrySet()) {
            try {
                refresh(entry.getKey(), entry.getValue());
            } catch (Exception e) {
                log.debug("Cannot compute the lag of group {}: {}", entry.getKey(), e.toString());
            }
        }
    }

    private void refresh(String group, Set<String> topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS)
                .values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        var options = new ListOffsetsOptions(IsolationLevel.READ_COMMITTED);
        var latest = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())),
                options)
                .all().get(10, TimeUnit.SECONDS);
        var earliest = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest())), options)
                .all().get(10, TimeUnit.SECONDS);
        Map<String, Double> byTopic = new HashMap<>();
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            long position = c != null ? c.offset() : earliest.get(tp).offset();
            byTopic.merge(tp.topic(), (double) Math.max(0, latest.get(tp).offset() - position), Double::sum);
        }
        byTopic.forEach((topic, lag) -> lags.put(key(group, topic), lag));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        // bounded: on the way out the cluster may be gone already, and a poll's requests would wait out their timeouts
        admin.close(CLOSE_TIMEOUT);
    }
}
