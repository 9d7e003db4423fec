package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.testkit.SharedKafka;
import dev.newsflow.testkit.TopicReader;
import dev.newsflow.topics.SchemaCatalog;
import dev.newsflow.topics.TopicAdmin;
import dev.newsflow.topics.Topics;

/**
 * On a real broker, exactly once: what enrich writes for a page that arrives on an idle pipeline becomes visible to
 * read_committed consumers as soon as the stream thread has nothing more to do, not at the next commit interval.
 * The interval is set so long (minutes) that a page seen within half of it can only have been committed when its
 * thread fell idle; how soon that is, is the bench's to measure.
 */
@ExtendWith(SharedKafka.class)
class CommitWhenIdleIT {

    /** Long, but its transactions (twice as long) within the broker's transaction.max.timeout.ms (15 minutes). */
    private static final Duration INTERVAL = Duration.ofMinutes(6);

    @TempDir
    Path state;

    @Test
    void eachPageOnAnIdlePipelineIsCommittedLongBeforeTheCommitInterval(EmbeddedKafkaCluster kafka) throws Exception {
        Topics topics = new Topics("idle-" + UUID.randomUUID().toString().substring(0, 8) + ".", 2,
                SchemaCatalog.builtIn());
        Map<String, Object> client = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        TopicAdmin.createTopics(client, topics.all(), (short) 1);
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, INTERVAL.toMillis());
        // Streams refuses a commit interval longer than a transaction may stay open
        overrides.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG),
                (int) INTERVAL.multipliedBy(2).toMillis());
        Properties config = EnrichApp.config(client, topics.prefix() + "enrich", state, 1, 0, 1, overrides);
        try (EnrichApp app = new EnrichApp(EnrichTopology.build(topics, EnrichOptions.defaults()), config).start()) {
            app.awaitRunning(Duration.ofMinutes(2));
            for (int i = 1; i <= 3; i++) {
                RawPage page = EditionPages.page("idle" + i, EditionPages.PAPER, "2024-06-0" + i, 1,
                        EditionPages.FRONT_PAGE);
                long sent = System.nanoTime();
                EditionPages.send(client, topics, page);
                int statuses = i;
                var read = TopicReader.readUntil(kafka.bootstrapServers(), topics.pageStatus(), r
                        -> r.size() >= statuses,
                        INTERVAL.dividedBy(2));
                Duration visibleAfter = Duration.ofNanos(System.nanoTime() - sent);
                System.err.printf("page %d visible to read_committed after %d ms%n", i, visibleAfter.toMillis());
                assertThat(read).as("page statuses committed before half the commit interval, after page %d", i)
                        .hasSize(i);
            }
            assertThat(TopicReader.readAll(kafka.bootstrapServers(), topics.articles())).hasSize(6);
        }
    }
}
