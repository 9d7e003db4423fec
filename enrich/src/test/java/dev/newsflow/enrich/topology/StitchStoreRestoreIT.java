package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.PageRef;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.testkit.SharedKafka;
import dev.newsflow.testkit.TopicReader;
import dev.newsflow.topics.SchemaCatalog;
import dev.newsflow.topics.TopicAdmin;
import dev.newsflow.topics.Topics;

/**
 * The stitch stage's store of waiting fragments ({@code pending-fragments}) outlives the application: fragments
 * held before a stop are there after a restart, whether the instance restores them from its changelog topic
 * (a new machine, empty state directory) or finds them in its local state. Without them the second pages would
 * find nothing to join and no story would appear.
 */
@ExtendWith(SharedKafka.class)
class StitchStoreRestoreIT {

    @TempDir
    Path root;

    @Test
    void fragmentsWaitingAtAStopAreStitchedAfterARestartFromTheChangelogAndFromLocalState(EmbeddedKafkaCluster kafka)
            throws Exception {
        Topics topics = new Topics("stitch-" + UUID.randomUUID().toString().substring(0, 8) + ".", 3,
                SchemaCatalog.builtIn());
        Map<String, Object> client = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        TopicAdmin.createTopics(client, topics.all(), (short) 1);
        String applicationId = topics.prefix() + "enrich";
        RawPage fromChangelog = EditionPages.page("x1", "甲报", "2024-01-01", 1, EditionPages.FRONT_PAGE);
        RawPage fromLocalState = EditionPages.page("y1", "乙报", "2024-01-02", 1, EditionPages.FRONT_PAGE);

        // the front pages: two fragments each wait in the store for page 2
        try (EnrichApp first = app(topics, client, applicationId, root.resolve("machine-1"), null)) {
            EditionPages.send(client, topics, fromChangelog, fromLocalState);
            awaitStatuses(kafka, topics, 2);
        }
        assertThat(stories(kafka, topics)).isEmpty();

        // a new machine: nothing local, the fragments come back from the changelog
        AtomicLong restored = new AtomicLong();
        try (EnrichApp second = app(topics, client, applicationId, root.resolve("machine-2"), restored)) {
            EditionPages.send(client, topics, EditionPages.page("x2", "甲报", "2024-01-01", 2, EditionPages.SECOND_PAGE));
            awaitStories(kafka, topics, 2);
        }
        assertThat(restored.get()).as("fragments restored from the changelog").isGreaterThanOrEqualTo(4);

        // the same machine again: the remaining fragments are in its local state
        try (EnrichApp third = app(topics, client, applicationId, root.resolve("machine-2"), null)) {
            EditionPages.send(client, topics, EditionPages.page("y2", "乙报", "2024-01-02", 2, EditionPages.SECOND_PAGE));
            awaitStories(kafka, topics, 4);
        }

        List<EnrichedArticle> stories = stories(kafka, topics);
        assertThat(stories).extracting(EnrichedArticle::getId)
                .containsExactlyInAnyOrder("x1-00", "x1-01", "y1-00", "y1-01");
        assertThat(stories)
                .allSatisfy(s -> assertThat(s.getPages()).extracting(PageRef::getNumber).containsExactly(1, 2));
        assertThat(stories).filteredOn(s -> s.getId().startsWith("x1"))
                .allSatisfy(s -> assertThat(s.getPages()).extracting(PageRef::getId).containsExactly("x1", "x2"));
    }

    private static EnrichApp app(Topics topics, Map<String, Object> client, String applicationId, Path stateDir,
                                 AtomicLong restored) throws InterruptedException {
        Properties config = EnrichApp.config(client, applicationId, stateDir, 1, 0, 1, new Properties());
        EnrichApp app = new EnrichApp(EnrichTopology.build(topics, EnrichOptions.defaults()), config);
        if (restored != null) {
            app.streams().setGlobalStateRestoreListener(new StateRestoreListener() {
                @Override
                public void onRestoreStart(TopicPartition partition, String store, long start, long end) {
                }

                @Override
                public void onBatchRestored(TopicPartition partition, String store, long end, long count) {
                    if (store.equals(StitchProcessor.STORE)) {
                        restored.addAndGet(count);
                    }
                }

                @Override
                public void onRestoreEnd(TopicPartition partition, String store, long total) {
                }
            });
        }
        app.start().awaitRunning(Duration.ofMinutes(2));
        return app;
    }

    private static void awaitStatuses(EmbeddedKafkaCluster kafka, Topics topics, int count) {
        assertThat(TopicReader.readUntil(kafka.bootstrapServers(), topics.pageStatus(), r -> r.size() >= count,
                Duration.ofMinutes(2))).hasSize(count);
    }

    private static void awaitStories(EmbeddedKafkaCluster kafka, Topics topics, int count) {
        assertThat(TopicReader.readUntil(kafka.bootstrapServers(), topics.stories(), r -> r.size() >= count,
                Duration.ofMinutes(2))).hasSize(count);
    }

    private static List<EnrichedArticle> stories(EmbeddedKafkaCluster kafka, Topics topics) {
        return TopicReader.readAll(kafka.bootstrapServers(), topics.stories()).stream().map(r -> r.value()).toList();
    }
}
