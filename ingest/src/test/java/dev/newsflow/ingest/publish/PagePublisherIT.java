package dev.newsflow.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.ingest.Ingest;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.testkit.Seeds;
import dev.newsflow.testkit.SharedKafka;
import dev.newsflow.testkit.TopicReader;
import dev.newsflow.topics.EditionKey;
import dev.newsflow.topics.SchemaCatalog;
import dev.newsflow.topics.TopicAdmin;
import dev.newsflow.topics.Topics;

@ExtendWith(SharedKafka.class)
class PagePublisherIT {

    @TempDir
    Path dir;

    private static Topics topics() {
        return new Topics("it-" + UUID.randomUUID().toString().substring(0, 8) + ".", 3, SchemaCatalog.builtIn());
    }

    @Test
    void publishesEachSeedPageOnceKeyedByEditionAndNothingWhenOfferedAgain(EmbeddedKafkaCluster kafka) {
        Topics topics = topics();
        Map<String, Object> client = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        TopicAdmin.createTopics(client, topics.all(), (short) 1);
        IngestConfig config = IngestConfig.defaults(client).withTransactionalId("it-" + topics.prefix());

        IngestStats first = Ingest.run(topics, config, Edition.UNKNOWN, List.of(Seeds.dir()), System.err);
        IngestStats second = Ingest.run(topics, config, Edition.UNKNOWN, List.of(Seeds.dir()), System.err);

        assertThat(first.count(Offer.Result.PUBLISHED)).isEqualTo(5);
        assertThat(second.count(Offer.Result.PUBLISHED)).isZero();
        assertThat(second.count(Offer.Result.DUPLICATE)).isEqualTo(5);
        var records = TopicReader.readAll(kafka.bootstrapServers(), topics.rawPages());
        assertThat(records).hasSize(5);
        // each edition on its balanced partition (consecutive days on consecutive partitions), as enrich expects
        assertThat(records).allSatisfy(r -> assertThat(r.partition())
                .isEqualTo(EditionKey.partition(r.key(), topics.rawPages().partitions())));
        assertThat(records).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("无锡日报/2022-12-10");
            RawPage p = r.value();
            assertThat(p.getPageNumber()).isEqualTo(2);
            assertThat(p.getFileName()).isEqualTo("002_288ad13e0e775b4e.txt");
            assertThat(p.getText()).contains("王兆伦同志逝世");
        });
    }

    @Test
    void badFilesBecomeDeadLettersOnceAndGoodOnesAreStillPublished(EmbeddedKafkaCluster kafka) throws Exception {
        Topics topics = topics();
        Map<String, Object> client = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        TopicAdmin.createTopics(client, topics.all(), (short) 1);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0});
        Files.writeString(dir.resolve("good.txt"), "本报讯 昨天，全市召开会议。（记者）");
        IngestConfig config = IngestConfig.defaults(client).withTransactionalId("it-bad-" + topics.prefix());

        IngestStats stats = Ingest.run(topics, config, new Edition("测试报", "2024-01-02", 1), List.of(dir), System.err);
        IngestStats again = Ingest.run(topics, config, Edition.UNKNOWN, List.of(dir), System.err);

        assertThat(stats.count(Offer.Result.PUBLISHED)).isEqualTo(1);
        assertThat(stats.count(Offer.Result.DEAD_LETTER)).isEqualTo(2);
        assertThat(again.count(Offer.Result.DUPLICATE)).isEqualTo(3);
        assertThat(again.offers()).as("a file offered again is still known as a dead letter, or as a page")
                .extracting(o -> o.file().getFileName().toString(), Offer::deadLetter)
                .containsExactlyInAnyOrder(tuple("empty.txt", true), tuple("binary.txt", true),
                tuple("good.txt", false));
        var letters = TopicReader.readAll(kafka.bootstrapServers(), topics.deadLetters());
        assertThat(letters).hasSize(2);
        assertThat(letters).extracting(r -> r.value().getErrorClass()).containsExactlyInAnyOrder("EMPTY", "BINARY");
        assertThat(letters).allSatisfy(r -> assertThat(r.value().getStage()).isEqualTo("ingest"));
        assertThat(letters).as("a dead letter names the edition its file would have had")
                .extracting(r -> r.value().getPaper(), r -> r.value().getEditionDate(), r -> r.value().getPageNumber())
                .containsOnly(tuple("测试报", "2024-01-02", 1));
        assertThat(TopicReader.readAll(kafka.bootstrapServers(), topics.rawPages())).hasSize(1);
    }

    @Test
    void aPageWhoseRecordWouldExceedTheTopicLimitIsADeadLetterAndTheNextPageIsPublished(EmbeddedKafkaCluster kafka)
            throws Exception {
        Topics topics = topics();
        Map<String, Object> client = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        TopicAdmin.createTopics(client, topics.all(), (short) 1);
        // under a 12 MiB page limit as GB18030, but half as large again as UTF-8 in the record: over the 16 MiB topic
        // limit
        long limit = 12L * 1024 * 1024;
        String seed = Seeds.text("000");
        StringBuilder text = new StringBuilder();
        while (text.length() * 2L < limit - 2L * seed.length()) {
            text.append(seed);
        }
        byte[] gb = text.toString().getBytes(Charset.forName("GB18030"));
        assertThat((long) gb.length).isLessThan(limit);
        Files.write(dir.resolve("a-huge-gb18030.txt"), gb);
        Files.writeString(dir.resolve("b-good.txt"), "本报讯 昨天，全市召开会议。（记者）");
        IngestConfig config = IngestConfig.defaults(client).withTransactionalId("it-huge-" + topics.prefix())
                .withMaxPageBytes(limit);

        IngestStats stats = Ingest.run(topics, config, new Edition("测试报", "2024-01-03", 1), List.of(dir), System.err);

        assertThat(stats.count(Offer.Result.DEAD_LETTER)).isEqualTo(1);
        assertThat(stats.count(Offer.Result.PUBLISHED)).isEqualTo(1);
        var letters = TopicReader.readAll(kafka.bootstrapServers(), topics.deadLetters());
        assertThat(letters).singleElement().satisfies(r -> {
            assertThat(r.value().getErrorClass()).isEqualTo("TOO_LARGE");
            assertThat(r.value().getErrorMessage()).contains("more than the raw-pages topic's limit");
            assertThat(r.value().getOriginalSize()).isEqualTo(gb.length);
            assertThat(r.value().getTruncated()).isTrue();
        });
        assertThat(TopicReader.readAll(kafka.bootstrapServers(), topics.rawPages()))
                .singleElement().satisfies(r -> assertThat(r.value().getFileName()).isEqualTo("b-good.txt"));
    }
}
