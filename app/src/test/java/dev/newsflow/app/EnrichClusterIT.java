package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.enrich.topology.EnrichOptions;
import dev.newsflow.enrich.topology.EnrichTopology;
import dev.newsflow.ingest.Ingest;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.sink.file.ArticleFiles;
import dev.newsflow.sink.file.FileSink;
import dev.newsflow.sink.file.OutputAudit;
import dev.newsflow.topics.TopicAdmin;
import dev.newsflow.topics.Topics;

/**
 * How users grow past one machine: a 3-broker KRaft cluster (replication factor 3, min.insync.replicas 2) and
 * two enrich instances with one application id and a standby replica each. Mid-run one broker and one enrich
 * instance stop; the other instance takes over its partitions (and the stitch store) and every article still
 * arrives exactly once, on the topic and in the files. The stop is placed by progress: once a fifth of the articles
 * are in the files, with the last three fifths of the corpus ingested only after it.
 */
class EnrichClusterIT {

    private static final int EDITIONS = 24;
    private static final String APPLICATION_ID = "cluster-it-enrich";
    /** The corpus in fifths: the stop comes once a fifth of the articles are in the files. */
    private static final int PARTS = 5;
    /** Parts ingested before the stop; the others after it. */
    private static final int PARTS_BEFORE_STOP = 2;

    @TempDir
    Path root;

    @Test
    void twoEnrichInstancesShareTheWorkAndOneBrokerAndOneInstanceStoppingLosesAndDuplicatesNothing() throws Exception {
        Path corpus = Replay.corpus(root.resolve("corpus"), EDITIONS);
        Set<String> expected = Replay.expectedArticleIds(corpus);
        Path out = root.resolve("out");
        try (var cluster = EmbeddedKafkaCluster.builder().brokers(3).brokerConfig("min.insync.replicas", "2").build()
                .start()) {
            String bootstrap = cluster.bootstrapServers();
            KafkaOptions options = KafkaOptions.of(bootstrap, Topics.DEFAULT_PREFIX, 3, (short) 3);
            Map<String, Object> client = options.clientConfig(bootstrap);
            Topics topics = options.topics(client);
            TopicAdmin.createTopics(client, topics.all(), (short) 3);
            topics.catalog().publish();
            assertReplicatedThreeTimesWithMinIsrTwo(client, topics.rawPages().name());

            List<EnrichApp> instances = List.of(enrich(topics, client, "a"), enrich(topics, client, "b"));
            List<TaskSeen> seen = List.of(new TaskSeen(), new TaskSeen());
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            FileSink sink = new FileSink(topics, client, new ArticleFiles(out), "cluster-it-sink", 256 * 1024);
            Thread sinkThread = new Thread(sink, "cluster-it-sink");
            try {
                instances.forEach(EnrichApp::start);
                for (EnrichApp app : instances) {
                    app.awaitRunning(Duration.ofMinutes(2));
                }
                sampler.scheduleAtFixedRate(() -> {
                    for (int i = 0; i < instances.size(); i++) {
                        seen.get(i).sample(instances.get(i));
                    }
                }, 0, 100, TimeUnit.MILLISECONDS);
                sinkThread.start();
                // the first two fifths of the corpus; the rest only after the stop, which so comes mid-run however
                // fast or slow the machine
                List<List<Path>> parts = Replay.drops(corpus, PARTS);
                IngestConfig ingest = IngestConfig.defaults(client).withTransactionalId("cluster-it-ingest");
                long offered = Ingest.run(topics, ingest, Edition.UNKNOWN, before(parts), System.err).offered();

                awaitArticles(out, expected.size() / PARTS, Duration.ofMinutes(5));
                for (int i = 0; i < instances.size(); i++) {
                    seen.get(i).sample(instances.get(i));
                }
                int inFilesAtStop = OutputAudit.audit(out, null).articles();
                Map<String, Set<TaskId>> activeBeforeStop = Map.of("a", Set.copyOf(seen.get(0).active),
                        "b", Set.copyOf(seen.get(1).active));
                Map<String, Set<TaskId>> standbyBeforeStop = Map.of("a", Set.copyOf(seen.get(0).standby),
                        "b", Set.copyOf(seen.get(1).standby));
                cluster.stopNode(1);
                instances.get(1).close();

                offered += Ingest.run(topics, ingest, Edition.UNKNOWN, after(parts), System.err).offered();
                assertThat(offered).isEqualTo(EDITIONS * 5);
                awaitArticles(out, expected.size(), Duration.ofMinutes(5));
                // the partitions b had move to a (at once if b had work left on them, else at a's next poll)
                Set<TaskId> all = new HashSet<>(activeBeforeStop.get("a"));
                all.addAll(activeBeforeStop.get("b"));
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while (!seen.get(0).active.containsAll(all) && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                System.err.printf("cluster run: 3 brokers, %d pages, %d articles; broker 1 and instance b stopped at %d"
                                + " articles in the files; active tasks before %s, standby tasks before %s, active on "
                                + "a after %s%n",
                        EDITIONS * 5, expected.size(), inFilesAtStop, activeBeforeStop, standbyBeforeStop,
                                seen.get(0).active);

                assertThat(inFilesAtStop).as("the stop came mid-run").isLessThan(expected.size());
                assertThat(activeBeforeStop.get("a")).as("partitions of instance a").isNotEmpty();
                assertThat(activeBeforeStop.get("b")).as("partitions of instance b").isNotEmpty();
                assertThat(standbyBeforeStop.values()).as("standby replicas of the stitch store")
                        .anyMatch(tasks -> !tasks.isEmpty());
                assertThat(seen.get(0).active).as("instance a took over every partition").containsAll(all);
            } finally {
                sampler.shutdownNow();
                sink.close();
                sinkThread.join(30_000);
                instances.forEach(EnrichApp::close);
            }
            assertThat(cluster.isRunning(1)).isFalse();
            Replay.assertExactlyOnce(client, topics.articles().name(), out, expected);
        }
    }

    /** The page files of the parts ingested before the stop. */
    private static List<Path> before(List<List<Path>> parts) {
        return parts.subList(0, PARTS_BEFORE_STOP).stream().flatMap(List::stream).toList();
    }

    private static List<Path> after(List<List<Path>> parts) {
        return parts.subList(PARTS_BEFORE_STOP, PARTS).stream().flatMap(List::stream).toList();
    }

    private EnrichApp enrich(Topics topics, Map<String, Object> client, String name) {
        Properties config = EnrichApp.config(client, APPLICATION_ID, root.resolve("state-" + name), 1, 1, 3,
                new Properties());
        return new EnrichApp(EnrichTopology.build(topics, EnrichOptions.defaults()), config);
    }

    private static void assertReplicatedThreeTimesWithMinIsrTwo(Map<String, Object> client,
            String topic) throws Exception {
        try (Admin admin = Admin.create(client)) {
            var description = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
            assertThat(description.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            var config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
            assertThat(config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).isEqualTo("2");
        }
    }

    private static void awaitArticles(Path out, int atLeast, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (OutputAudit.audit(out, null).articles() < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + atLeast + " articles in the files after " + limit);
            }
            Thread.sleep(200);
        }
    }

    /** Every task an instance has had, active or standby, as sampled from its thread metadata. */
    private static final class TaskSeen {
        final Set<TaskId> active = ConcurrentHashMap.newKeySet();
        final Set<TaskId> standby = ConcurrentHashMap.newKeySet();

        void sample(EnrichApp app) {
            try {
                for (ThreadMetadata thread : app.streams().metadataForLocalThreads()) {
                    thread.activeTasks().stream().map(TaskMetadata::taskId).forEach(active::add);
                    thread.standbyTasks().stream().map(TaskMetadata::taskId).forEach(standby::add);
                }
            } catch (RuntimeException notRunning) {
                // a closed instance has no metadata
            }
        }
    }
}
