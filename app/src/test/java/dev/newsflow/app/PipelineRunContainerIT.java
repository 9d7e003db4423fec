package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.testkit.Seeds;
import dev.newsflow.testkit.TopicReader;

/** The same pipeline run against the official apache/kafka image, where Docker is available. */
@Testcontainers(disabledWithoutDocker = true)
class PipelineRunContainerIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:" + System.getProperty("kafka.version"));

    @TempDir
    Path out;

    @Test
    void seedsEndUpAsArticlesOnTheTopicsAndInTheFilesOnce() throws Exception {
        KafkaOptions options = KafkaOptions.of(KAFKA.getBootstrapServers(), "tc.", 3, (short) 1);
        var settings = new PipelineRun.Settings(List.of(Seeds.dir()), out, KAFKA.getBootstrapServers(), Edition.UNKNOWN,
                1,
                4 * 1024 * 1024, Duration.ofMinutes(5));

        RunSummary first = PipelineRun.execute(settings, options, System.err);
        RunSummary second = PipelineRun.execute(settings, options, System.err);

        assertThat(first.processed()).isEqualTo(5);
        assertThat(first.duplicateArticles()).isZero();
        assertThat(second.published()).isZero();
        assertThat(second.articles()).isEqualTo(first.articles());
        var topics = options.topics(options.clientConfig(KAFKA.getBootstrapServers()));
        assertThat(TopicReader.readAll(KAFKA.getBootstrapServers(), topics.articles())).hasSize((int) first.articles());
    }
}
