package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.enrich.segment.HanLpSegmenter;
import dev.newsflow.json.PlainJson;
import dev.newsflow.schemas.ArticleKind;
import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.EntityMention;
import dev.newsflow.schemas.PageOutcome;
import dev.newsflow.schemas.PageRef;
import dev.newsflow.schemas.PageStatus;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.testkit.Seeds;
import dev.newsflow.topics.EditionKey;
import dev.newsflow.topics.Topics;

class EnrichTopologyTest {

    private final Topics topics = Topics.defaults();

    @TempDir
    Path stateDir;

    private Properties config() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return p;
    }

    private static RawPage page(String id, String text) {
        return EditionPages.page(id, text);
    }

    private record Driver(TopologyTestDriver driver, TestInputTopic<String, byte[]> raw,
                          TestOutputTopic<String, EnrichedArticle> articles, TestOutputTopic<String, PageStatus> status,
                          TestOutputTopic<String, EntityMention> mentions, TestOutputTopic<String, DeadLetter> dead) {
        void pipe(RawPage page, Topics topics) {
            raw.pipeInput(EditionKey.of(page.getPaper(), page.getEditionDate(), page.getId()),
                    topics.rawPages().valueSerializer().serialize(topics.rawPages().name(), page));
        }
    }

    private Driver driver(EnrichOptions options) {
        TopologyTestDriver d = new TopologyTestDriver(EnrichTopology.build(topics, options), config());
        return new Driver(d,
                d.createInputTopic(topics.rawPages().name(), Serdes.String().serializer(),
                        Serdes.ByteArray().serializer()),
                d.createOutputTopic(topics.articles().name(), topics.articles().keyDeserializer(),
                        topics.articles().valueDeserializer()),
                d.createOutputTopic(topics.pageStatus().name(), topics.pageStatus().keyDeserializer(),
                        topics.pageStatus().valueDeserializer()),
                d.createOutputTopic(topics.entityMentions().name(), topics.entityMentions().keyDeserializer(),
                        topics.entityMentions().valueDeserializer()),
                d.createOutputTopic(topics.deadLetters().name(), topics.deadLetters().keyDeserializer(),
                        topics.deadLetters().valueDeserializer()));
    }

    @Test
    void seedPageBecomesArticlesKeyedByIdWithStatusAndMentions() {
        Driver t = driver(EnrichOptions.defaults());
        try (TopologyTestDriver ignored = t.driver()) {
            t.pipe(page("p001", Seeds.text("001")), topics);
            List<TestRecord<String, EnrichedArticle>> articles = t.articles().readRecordsToList();
            assertThat(articles).hasSize(3);
            assertThat(articles).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().getId()).startsWith("p001-"));
            EnrichedArticle first = articles.get(0).value();
            assertThat(first.getHeadline().getTitle()).contains("杜小刚主持召开");
            assertThat(first.getBylines()).containsExactly("高美梅", "惠晓婧");
            assertThat(String.join("", first.getWords())).isEqualTo(first.getText().replaceAll("\\s", ""));
            assertThat(first.getEntities()).anySatisfy(e -> assertThat(e.getText()).isEqualTo("杜小刚"));
            assertThat(first.getEntities()).allSatisfy(e ->
                    assertThat(first.getText().substring(e.getStart(), e.getEnd())).isEqualTo(e.getText()));

            List<TestRecord<String, PageStatus>> status = t.status().readRecordsToList();
            assertThat(status).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo("p001");
                assertThat(r.value().getStatus()).isEqualTo(PageOutcome.processed);
                assertThat(r.value().getArticles()).isEqualTo(3);
                assertThat(r.value().getSplitConfidence()).isEqualTo(1.0);
                assertThat(r.value().getSplitWarnings()).isEmpty();
            });
            List<TestRecord<String, EntityMention>> mentions = t.mentions().readRecordsToList();
            assertThat(mentions).anySatisfy(m -> {
                assertThat(m.key()).isEqualTo("PERSON:杜小刚");
                assertThat(m.value().getArticleId()).startsWith("p001-");
            });
            assertThat(mentions).as("each mention carries its article's headline, for listings")
                    .filteredOn(m -> m.value().getArticleId().equals(first.getId()))
                    .isNotEmpty()
                    .allSatisfy(m -> assertThat(m.value().getHeadline()).isEqualTo(first.getHeadline().getTitle()));
            assertThat(t.dead().isEmpty()).isTrue();
        }
    }

    @Test
    void articleIdsArePageIdAndReadingPositionOfTwoDigitsAtLeast() {
        assertThat(EnrichTopology.articleId("wxrb-2021-02-07-01", 0)).isEqualTo("wxrb-2021-02-07-01-00");
        assertThat(EnrichTopology.articleId("p", 7)).isEqualTo("p-07");
        assertThat(EnrichTopology.articleId("p", 10)).isEqualTo("p-10");
        assertThat(EnrichTopology.articleId("p", 123)).isEqualTo("p-123");
    }

    @Test
    void poisonRecordBecomesADeadLetterAndTheNextPageIsStillProcessed() {
        Driver t = driver(EnrichOptions.defaults());
        try (TopologyTestDriver ignored = t.driver()) {
            byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
            t.raw().pipeInput("x/2024-01-01", garbage);
            t.pipe(page("p000", Seeds.text("000")), topics);

            DeadLetter letter = t.dead().readValue();
            assertThat(letter.getStage()).isEqualTo("decode");
            assertThat(letter.getSourceTopic()).isEqualTo(topics.rawPages().name());
            assertThat(letter.getSourceOffset()).isZero();
            assertThat(letter.getErrorMessage()).contains("not an Avro single-object encoded RawPage");
            byte[] original = new byte[letter.getOriginal().remaining()];
            letter.getOriginal().get(original);
            assertThat(original).isEqualTo(garbage);
            assertThat(t.articles().readRecordsToList()).hasSize(4);
        }
    }

    @Test
    void failureInOneStageDeadLettersThatArticleOnly() {
        HanLpSegmenter real = new HanLpSegmenter();
        EnrichOptions options = new EnrichOptions(() -> text -> {
            if (text.contains("市土地储备")) {
                throw new IllegalStateException("segmenter broke");
            }
            return real.segment(text);
        }, 1024, 8 * 1024 * 1024, EnrichOptions.DEFAULT_STITCH_WAIT, EnrichOptions.DEFAULT_IDLE_COMMIT, 2, true);
        Driver t = driver(options);
        try (TopologyTestDriver ignored = t.driver()) {
            t.pipe(page("p000", Seeds.text("000")), topics);
            assertThat(t.articles().readRecordsToList()).hasSize(3);
            DeadLetter letter = t.dead().readValue();
            assertThat(letter.getStage()).isEqualTo("segment");
            assertThat(letter.getArticleId()).isEqualTo("p000-03");
            assertThat(letter.getPageId()).isEqualTo("p000");
            assertThat(letter.getErrorMessage()).isEqualTo("segmenter broke");
            assertThat(letter.getTruncated()).isTrue();
            assertThat(letter.getOriginal().remaining()).isEqualTo(1024);
        }
    }

    @Test
    void pageWithNoArticleIsProcessedWithZeroArticles() {
        Driver t = driver(EnrichOptions.defaults());
        try (TopologyTestDriver ignored = t.driver()) {
            t.pipe(page("empty1", "版权声明\n\n本报刊载的所有内容,未经本报授权和许可,任何单位和个人不得转载。\n\n零售价1.5元\n"), topics);
            assertThat(t.articles().isEmpty()).isTrue();
            PageStatus status = t.status().readValue();
            assertThat(status.getArticles()).isZero();
            assertThat(status.getFurnitureBlocks()).isPositive();
        }
    }

    private static RawPage page(String id, int number, String text) {
        return EditionPages.page(id, EditionPages.PAPER, EditionPages.DATE, number, text);
    }

    @Test
    void articlesContinuedOnAnotherPageOfTheEditionAreStitchedOnceWhicheverPageComesFirst() {
        Driver t = driver(EnrichOptions.defaults());
        try (TopologyTestDriver d = t.driver()) {
            TestOutputTopic<String, EnrichedArticle> stories = d.createOutputTopic(topics.stories().name(),
                    topics.stories().keyDeserializer(), topics.stories().valueDeserializer());
            t.pipe(page("p2", 2, EditionPages.SECOND_PAGE), topics);
            assertThat(stories.isEmpty()).isTrue();
            t.pipe(page("p1", 1, EditionPages.FRONT_PAGE), topics);

            List<EnrichedArticle> stitched = stories.readValuesToList();
            assertThat(stitched).hasSize(2);
            for (EnrichedArticle story : stitched) {
                assertThat(story.getPages()).extracting(PageRef::getNumber).containsExactly(1, 2);
                assertThat(story.getContinuedTo()).isNull();
                assertThat(story.getId()).startsWith("p1-");
            }
            EnrichedArticle safety = stitched.stream().filter(s -> s.getText().contains("安全生产")).findFirst()
                    .orElseThrow();
            assertThat(safety.getText()).contains("压紧压实责任").contains("隐患排查整治").doesNotContain("惠民");
            assertThat(safety.getBylines()).containsExactly("王明");
            assertThat(safety.getHeadline().getTitle()).isEqualTo("全市安全生产工作会议召开");
            EnrichedArticle culture = stitched.stream().filter(s -> s.getText().contains("惠民")).findFirst()
                    .orElseThrow();
            assertThat(culture.getText()).contains("送戏下乡").doesNotContain("隐患");
            for (var e : culture.getEntities()) {
                assertThat(culture.getText().substring(e.getStart(), e.getEnd())).isEqualTo(e.getText());
            }
            // the fragments stay on the articles topic, each once
            assertThat(t.articles().readValuesToList()).hasSize(4);
            assertThat(d.<String, byte[]>getKeyValueStore(StitchProcessor.STORE).approximateNumEntries()).isZero();
        }
    }

    @Test
    void aContinuationWhoseStartNeverComesStaysAFragmentAfterTheWait() {
        Driver t = driver(EnrichOptions.defaults().withStitchWait(java.time.Duration.ofSeconds(5)));
        try (TopologyTestDriver d = t.driver()) {
            TestOutputTopic<String, EnrichedArticle> stories = d.createOutputTopic(topics.stories().name(),
                    topics.stories().keyDeserializer(), topics.stories().valueDeserializer());
            t.pipe(page("p2", 2, EditionPages.SECOND_PAGE), topics);
            var store = d.<String, byte[]>getKeyValueStore(StitchProcessor.STORE);
            assertThat(store.approximateNumEntries()).isEqualTo(2);
            d.advanceWallClockTime(java.time.Duration.ofSeconds(6));
            assertThat(store.approximateNumEntries()).isZero();
            assertThat(stories.isEmpty()).isTrue();
            assertThat(t.articles().readValuesToList()).allMatch(a -> a.getKind() == ArticleKind.continuation);
        }
    }

    @Test
    void jsonTopicsCarryEachArticleMentionAndStoryAsItsPlainJsonLineWithTheSameKey() {
        Driver t = driver(EnrichOptions.defaults());
        try (TopologyTestDriver d = t.driver()) {
            TestOutputTopic<String, EnrichedArticle> stories = d.createOutputTopic(topics.stories().name(),
                    topics.stories().keyDeserializer(), topics.stories().valueDeserializer());
            t.pipe(page("p2", 2, EditionPages.SECOND_PAGE), topics);
            t.pipe(page("p1", 1, EditionPages.FRONT_PAGE), topics);

            assertThat(json(d, topics.articlesJson().name())).isEqualTo(plain(t.articles().readRecordsToList()))
                    .isNotEmpty();
            assertThat(json(d, topics.entityMentionsJson().name())).isEqualTo(plain(t.mentions().readRecordsToList()))
                    .isNotEmpty();
            assertThat(json(d, topics.storiesJson().name())).isEqualTo(plain(stories.readRecordsToList()))
                    .hasSize(2);
        }
    }

    @Test
    void withoutJsonTopicsNothingIsWrittenToThem() {
        Driver t = driver(EnrichOptions.defaults().withJsonTopics(false));
        try (TopologyTestDriver d = t.driver()) {
            t.pipe(page("p2", 2, EditionPages.SECOND_PAGE), topics);
            t.pipe(page("p1", 1, EditionPages.FRONT_PAGE), topics);

            assertThat(t.articles().readRecordsToList()).hasSize(4);
            assertThat(d.producedTopicNames()).doesNotContain(topics.articlesJson().name(),
                    topics.entityMentionsJson().name(), topics.storiesJson().name());
        }
    }

    /** key → value of each record on a topic, read as UTF-8 text, in order. */
    private static List<Map.Entry<String, String>> json(TopologyTestDriver d, String topic) {
        return d.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer()).readRecordsToList()
                .stream().map(r -> Map.entry(r.key(), r.value())).toList();
    }

    private static List<Map.Entry<String, String>> plain(
            List<? extends TestRecord<String, ? extends IndexedRecord>> avro) {
        return avro.stream().map(r -> Map.entry(r.key(), PlainJson.write(r.value()))).toList();
    }
}
