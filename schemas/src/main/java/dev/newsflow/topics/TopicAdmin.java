package dev.newsflow.topics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the newsflow topics that do not exist yet, with their partitions and cleanup policies. */
public final class TopicAdmin {

    private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    /**
     * @param replicationFactor replicas per partition; with more than one, {@code min.insync.replicas}
     *                          is set to replicationFactor - 1 so that one broker may be down
     */
    public static void createTopics(Map<String, Object> clientConfig, Collection<Topic<?, ?>> topics,
                                    short replicationFactor) {
        Map<String, String> extra = replicationFactor > 1
                ? Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(replicationFactor - 1))
                : Map.of();
        try (Admin admin = Admin.create(clientConfig)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(t -> t.newTopic(replicationFactor, extra))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(60, TimeUnit.SECONDS);
                    log.info("Created topic {}", entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new KafkaException("Could not create topic " + entry.getKey(), e.getCause());
                    }
                }
            }
        } catch (ExecutionException e) {
            throw new KafkaException("Could not list topics", e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaException("Timed out creating topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted creating topics", e);
        }
    }
}
