package dev.newsflow.service.reader.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.PageRef;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.service.reader.Fixtures;
import dev.newsflow.topics.Topic;
import dev.newsflow.topics.Topics;

class ReaderTopologyTest {

    private final Topics topics = Topics.defaults();

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private final RawPage front = Fixtures.page("aaaa", "无锡日报", "2024-06-07", 1, "头版\n本报讯 第一篇。\n本报讯 第二篇。");
    private final RawPage second = Fixtures.page("bbbb", "无锡日报", "2024-06-07", 2, "第二版");

    @BeforeEach
    void start() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "reader-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(ReaderTopology.build(topics), p);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private <V> void pipe(Topic<String, V> topic, String key, V value) {
        TestInputTopic<String, byte[]> in = driver.createInputTopic(topic.name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        in.pipeInput(key, topic.valueSerializer().serialize(topic.name(), value));
    }

    private void pipe(RawPage page) {
        pipe(topics.rawPages(), page.getPaper() + "/" + page.getEditionDate(), page);
    }

    private void pipe(EnrichedArticle article) {
        pipe(topics.articles(), article.getId(), article);
    }

    private EditionSummary summary(String edition) {
        KeyValueStore<String, EditionSummary> editions = driver.getKeyValueStore(ReaderTopology.EDITIONS);
        return editions.get(ReaderKeys.dated(edition));
    }

    @Test
    void indexesAPageItsTextAndItsArticlesWithoutWordsAndCountsThemInTheEditionAndThePaper() {
        EnrichedArticle first = Fixtures.article(front, 0, "第一篇", "本报讯 第一篇。");
        EnrichedArticle other = Fixtures.article(front, 1, null, "本报讯 第二篇。");
        pipe(front);
        pipe(first);
        pipe(other);

        EditionSummary s = summary("无锡日报/2024-06-07");
        assertThat(s.paper()).isEqualTo("无锡日报");
        assertThat(s.date()).isEqualTo("2024-06-07");
        assertThat(s.articles()).isEqualTo(2);
        assertThat(s.pages()).extracting(PageEntry::id, PageEntry::number, PageEntry::file, PageEntry::received,
                PageEntry::articles).containsExactly(tuple("aaaa", 1, "aaaa.txt", true, 2));
        KeyValueStore<String, RawPage> pages = driver.getKeyValueStore(ReaderTopology.PAGES);
        assertThat(pages.get(ReaderKeys.of("无锡日报/2024-06-07", "aaaa")).getText()).isEqualTo(front.getText());
        KeyValueStore<String, EnrichedArticle> articles = driver.getKeyValueStore(ReaderTopology.ARTICLES);
        EnrichedArticle kept = articles.get(ReaderKeys.of("无锡日报/2024-06-07", first.getId()));
        assertThat(kept.getText()).isEqualTo(first.getText());
        assertThat(kept.getHeadline().getTitle()).isEqualTo("第一篇");
        assertThat(kept.getWords()).isEmpty();
        assertThat(kept.getSentences()).isEmpty();
        KeyValueStore<String, PaperTotals> papers = driver.getKeyValueStore(ReaderTopology.PAPERS);
        assertThat(papers.get("无锡日报")).isEqualTo(new PaperTotals("无锡日报", 1, 1, 2, 0, "2024-06-07", "2024-06-07"));
    }

    @Test
    void anArticleBeforeItsPageAndOneDeliveredTwiceAreCountedOnce() {
        EnrichedArticle onSecond = Fixtures.article(second, 0, "第二版的文章", "正文。");
        pipe(onSecond);
        assertThat(summary("无锡日报/2024-06-07").pages())
                .extracting(PageEntry::id, PageEntry::received, PageEntry::articles)
                .containsExactly(tuple("bbbb", false, 1));
        pipe(second);
        pipe(onSecond);
        pipe(front);
        pipe(second);

        EditionSummary s = summary("无锡日报/2024-06-07");
        assertThat(s.pages()).extracting(PageEntry::id, PageEntry::number, PageEntry::received, PageEntry::articles)
                .containsExactly(tuple("aaaa", 1, true, 0), tuple("bbbb", 2, true, 1));
        assertThat(s.articles()).isEqualTo(1);
        assertThat(s.pagesReceived()).isEqualTo(2);
        KeyValueStore<String, PaperTotals> papers = driver.getKeyValueStore(ReaderTopology.PAPERS);
        assertThat(papers.get("无锡日报").pages()).isEqualTo(2);
        assertThat(papers.get("无锡日报").editions()).isEqualTo(1);
    }

    @Test
    void storiesAndDeadLettersAreRepartitionedByEditionAndCountedThere() {
        pipe(front);
        EnrichedArticle story = EnrichedArticle.newBuilder(Fixtures.article(front, 0, "全文", "上半。", "下半。"))
                .setPages(List.of(Fixtures.ref(front), Fixtures.ref(second))).build();
        pipe(topics.stories(), story.getId(), story);
        pipe(topics.deadLetters(), "cccc", Fixtures.letter("ingest", "cccc", "无锡日报", "2024-06-07", 3));

        EditionSummary s = summary("无锡日报/2024-06-07");
        assertThat(s.stories()).isEqualTo(1);
        assertThat(s.deadLetters()).isEqualTo(1);
        assertThat(s.page("cccc")).satisfies(p -> {
            assertThat(p.received()).isFalse();
            assertThat(p.number()).isEqualTo(3);
            assertThat(p.file()).isEqualTo("cccc.txt");
            assertThat(p.deadLetter()).isEqualTo("ingest: BINARY: not text");
        });
        KeyValueStore<String, EnrichedArticle> stories = driver.getKeyValueStore(ReaderTopology.STORIES);
        assertThat(stories.get(ReaderKeys.of("无锡日报/2024-06-07", story.getId())).getPages())
                .extracting(PageRef::getId).containsExactly("aaaa", "bbbb");
        KeyValueStore<String, DeadLetter> letters = driver.getKeyValueStore(ReaderTopology.LETTERS);
        List<DeadLetter> kept = new ArrayList<>();
        try (var it = letters.range(ReaderKeys.first("无锡日报/2024-06-07"), ReaderKeys.pastLast("无锡日报/2024-06-07"))) {
            it.forEachRemaining((KeyValue<String, DeadLetter> kv) -> kept.add(kv.value));
        }
        assertThat(kept).singleElement().satisfies(l -> {
            assertThat(l.getErrorClass()).isEqualTo("BINARY");
            assertThat(l.getOriginal().remaining()).isZero();
        });
    }

    @Test
    void aDeadLetterOfARawPageBelongsToTheEditionOfThePagesKeyAndOneWithoutEditionToAnEditionOfItsOwn() {
        DeadLetter decode = DeadLetter.newBuilder(Fixtures.letter("decode", null, null, null, null))
                .setSourceFile(null).setSourceTopic(topics.rawPages().name())
                .setOriginalKey(ByteBuffer.wrap("江南晚报/2023-07-21".getBytes(StandardCharsets.UTF_8))).build();
        pipe(topics.deadLetters(), "x", decode);
        pipe(topics.deadLetters(), "dddd", Fixtures.letter("ingest", "dddd", null, null, null));

        assertThat(summary("江南晚报/2023-07-21").deadLetters()).isEqualTo(1);
        assertThat(summary("江南晚报/2023-07-21").pages()).isEmpty();
        EditionSummary unknown = summary("unknown/dddd");
        assertThat(unknown.paper()).isNull();
        assertThat(unknown.date()).isNull();
        assertThat(unknown.deadLetters()).isEqualTo(1);
        KeyValueStore<String, PaperTotals> papers = driver.getKeyValueStore(ReaderTopology.PAPERS);
        assertThat(papers.get("").deadLetters()).isEqualTo(1);
        assertThat(papers.get("江南晚报").deadLetters()).isEqualTo(1);
    }

    @Test
    void recordsThatCannotBeDecodedAreSkippedAndTheNextOnesIndexed() {
        List<Topic<String, ?>> all = List.of(topics.rawPages(), topics.articles(), topics.stories(),
                topics.deadLetters());
        for (Topic<String, ?> topic : all) {
            driver.createInputTopic(topic.name(), Serdes.String().serializer(), Serdes.ByteArray().serializer())
                    .pipeInput("k", "not avro".getBytes(StandardCharsets.UTF_8));
        }
        pipe(front);
        assertThat(summary("无锡日报/2024-06-07").pagesReceived()).isEqualTo(1);
    }

    @Test
    void theFourIndexersRunAsOneSubTopologySoThatOneTaskHoldsAllOfAnEdition() {
        TopologyDescription description = ReaderTopology.build(topics).describe();
        var withIndexers = description.subtopologies().stream()
                .filter(s -> s.nodes().stream().anyMatch(n -> n.name().equals("index-page")))
                .toList();
        assertThat(withIndexers).singleElement().satisfies(sub -> {
            assertThat(sub.nodes()).extracting(TopologyDescription.Node::name)
                    .contains("index-page", "index-article", "index-story", "index-letter");
            assertThat(sub.nodes()).filteredOn(n -> n instanceof TopologyDescription.Source)
                    .flatExtracting(n -> ((TopologyDescription.Source) n).topicSet())
                    .containsExactlyInAnyOrder(topics.rawPages().name(), topics.articles().name(),
                            "reader-stories-by-edition-repartition", "reader-letters-by-edition-repartition");
        });
    }

    @Test
    void theEditionsStoreListsEditionsByDateWithUnknownDatesFirst() {
        pipe(second);
        pipe(Fixtures.page("eeee", "江南晚报", "2023-07-21", 1, "晚报"));
        pipe(topics.rawPages(), "unknown/ffff", Fixtures.page("ffff", null, null, null, "无名"));
        pipe(Fixtures.page("gggg", "江南晚报", "2024-06-07", 1, "晚报"));

        KeyValueStore<String, EditionSummary> editions = driver.getKeyValueStore(ReaderTopology.EDITIONS);
        List<String> order = new ArrayList<>();
        try (var it = editions.all()) {
            it.forEachRemaining(kv -> order.add(kv.value.edition()));
        }
        assertThat(order).containsExactly("unknown/ffff", "江南晚报/2023-07-21", "无锡日报/2024-06-07", "江南晚报/2024-06-07");
    }
}
