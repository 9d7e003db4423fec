package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.testkit.Seeds;
import dev.newsflow.testkit.SharedKafka;
import dev.newsflow.testkit.TopicReader;
import dev.newsflow.topics.Topics;

/** The pipeline on a real (embedded) broker: seeds in, articles on the topics and in the files. */
@ExtendWith(SharedKafka.class)
class PipelineRunIT {

    @TempDir
    Path out;

    @Test
    void seedsEndUpAsArticlesOnTheTopicsAndInTheFilesOnce(EmbeddedKafkaCluster kafka) throws Exception {
        String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        KafkaOptions options = KafkaOptions.of(kafka.bootstrapServers(), prefix, 3, (short) 1);
        var settings = new PipelineRun.Settings(List.of(Seeds.dir()), out, kafka.bootstrapServers(), Edition.UNKNOWN, 1,
                4 * 1024 * 1024, Duration.ofMinutes(5));

        RunSummary first = PipelineRun.execute(settings, options, System.err);
        RunSummary second = PipelineRun.execute(settings, options, System.err);

        assertThat(first.pages()).isEqualTo(5);
        assertThat(first.processed()).isEqualTo(5);
        assertThat(first.deadLetters()).isZero();
        assertThat(first.duplicateArticles()).isZero();
        assertThat(second.published()).isZero();
        assertThat(second.articles()).isEqualTo(first.articles());
        assertThat(second.duplicateArticles()).isZero();

        Topics topics = options.topics(options.clientConfig(kafka.bootstrapServers()));
        var articles = TopicReader.readAll(kafka.bootstrapServers(), topics.articles());
        assertThat(articles).hasSize((int) first.articles());
        Set<String> ids = articles.stream().map(r -> r.key()).collect(Collectors.toSet());
        assertThat(ids).hasSize(articles.size());
        assertThat(articles).anySatisfy(r -> {
            assertThat(r.value().getPage().getFile()).isEqualTo("003_c8453e94db3735cc.txt");
            assertThat(r.value().getHeadline().getTitle()).isEqualTo("市政府召开第26次常务会议");
            assertThat(r.value().getBylines()).containsExactly("陈菁菁");
        });
        var mentions = TopicReader.readAll(kafka.bootstrapServers(), topics.entityMentions());
        assertThat(mentions).hasSize((int) first.entities());
        assertThat(mentions).anySatisfy(m -> assertThat(m.key()).isEqualTo("PERSON:赵建军"));
        var statuses = TopicReader.readAll(kafka.bootstrapServers(), topics.pageStatus());
        assertThat(statuses).extracting(r -> r.value().getArticles()).contains(12);
    }
}
