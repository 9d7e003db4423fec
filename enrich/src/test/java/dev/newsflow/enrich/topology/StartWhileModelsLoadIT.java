package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.enrich.segment.HanLpSegmenter;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.testkit.SharedKafka;
import dev.newsflow.testkit.TopicReader;
import dev.newsflow.topics.SchemaCatalog;
import dev.newsflow.topics.TopicAdmin;
import dev.newsflow.topics.Topics;

/**
 * On a real broker: enrich started before its models are in joins its group and runs, but processes no page until
 * the models have loaded; then it processes the pages that arrived meanwhile. Models that fail to load stop it.
 */
@ExtendWith(SharedKafka.class)
class StartWhileModelsLoadIT {

    @TempDir
    Path state;

    @Test
    void joinsTheGroupWhileTheModelsLoadAndProcessesOnlyOnceTheyAreIn(EmbeddedKafkaCluster kafka) throws Exception {
        Topics topics = topics();
        Map<String, Object> client = client(kafka, topics);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch loading = new CountDownLatch(1);
        EnrichApp.Models slow = new EnrichApp.Models() {
            private volatile boolean loaded;

            @Override
            public boolean loaded() {
                return loaded;
            }

            @Override
            public void load() {
                loading.countDown();
                try {
                    assertThat(release.await(2, TimeUnit.MINUTES)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                HanLpSegmenter.loadModels();
                loaded = true;
            }
        };
        Properties config = EnrichApp.config(client, topics.prefix() + "enrich", state, 1, 0, 1, new Properties());
        try (EnrichApp app = new EnrichApp(EnrichTopology.build(topics, EnrichOptions.defaults()), config, slow)
                .start()) {
            assertThat(loading.await(1, TimeUnit.MINUTES)).as("models loading after start").isTrue();
            awaitStableGroup(client, topics.prefix() + "enrich");
            assertThat(app.state()).isIn(KafkaStreams.State.REBALANCING, KafkaStreams.State.RUNNING);
            assertThat(app.isProcessing()).as("processing while the models load").isFalse();

            RawPage page = EditionPages.page("models", EditionPages.PAPER, "2024-06-07", 1, EditionPages.FRONT_PAGE);
            EditionPages.send(client, topics, page);
            assertThat(TopicReader.readUntil(kafka.bootstrapServers(), topics.pageStatus(), r -> !r.isEmpty(),
                    Duration.ofSeconds(5))).as("page statuses before the models are in").isEmpty();

            release.countDown();
            app.awaitRunning(Duration.ofMinutes(1));
            assertThat(app.isProcessing()).isTrue();
            var statuses = TopicReader.readUntil(kafka.bootstrapServers(), topics.pageStatus(), r -> !r.isEmpty(),
                    Duration.ofMinutes(1));
            assertThat(statuses).as("page statuses once the models are in").hasSize(1);
            assertThat(statuses.get(0).value().getPageId()).isEqualTo(page.getId());
        }
    }

    @Test
    void modelsThatFailToLoadStopEnrich(EmbeddedKafkaCluster kafka) throws Exception {
        Topics topics = topics();
        Map<String, Object> client = client(kafka, topics);
        EnrichApp.Models broken = new EnrichApp.Models() {
            @Override
            public boolean loaded() {
                return false;
            }

            @Override
            public void load() {
                throw new IllegalStateException("no model file");
            }
        };
        Properties config = EnrichApp.config(client, topics.prefix() + "enrich", state, 1, 0, 1, new Properties());
        try (EnrichApp app = new EnrichApp(EnrichTopology.build(topics, EnrichOptions.defaults()), config, broken)
                .start()) {
            awaitState(app, KafkaStreams.State.NOT_RUNNING);
            assertThat(app.isProcessing()).isFalse();
        }
    }

    private static Topics topics() {
        return new Topics("models-" + UUID.randomUUID().toString().substring(0, 8) + ".", 1, SchemaCatalog.builtIn());
    }

    private static Map<String, Object> client(EmbeddedKafkaCluster kafka, Topics topics) {
        Map<String, Object> client = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        TopicAdmin.createTopics(client, topics.all(), (short) 1);
        return client;
    }

    /**
     * Waits until the application's consumer group has settled with a member: it joined while the models load. Until
     * its first member joins, the group does not exist (GroupIdNotFoundException): not yet, however long that takes.
     */
    private static void awaitStableGroup(Map<String, Object> client, String groupId) throws Exception {
        try (Admin admin = Admin.create(client)) {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            ConsumerGroupDescription group = null;
            do {
                Thread.sleep(50);
                try {
                    group = admin.describeConsumerGroups(List.of(groupId)).all().get().get(groupId);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                        throw e;
                    }
                }
            } while ((group == null || group.groupState() != GroupState.STABLE || group.members().isEmpty())
                    && System.nanoTime() < deadline);
            assertThat(group).as("group " + groupId).isNotNull();
            assertThat(group.groupState()).isEqualTo(GroupState.STABLE);
            assertThat(group.members()).isNotEmpty();
        }
    }

    private static void awaitState(EnrichApp app, KafkaStreams.State expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (app.state() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(app.state()).isEqualTo(expected);
    }
}
