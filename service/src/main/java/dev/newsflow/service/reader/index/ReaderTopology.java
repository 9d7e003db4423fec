package dev.newsflow.service.reader.index;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.json.JsonSerde;
import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.topics.EditionKey;
import dev.newsflow.topics.Topic;
import dev.newsflow.topics.Topics;

/**
 * The reader's index of the archive: what the web views read, by interactive queries, per key and per range.
 *
 * <pre>
 * raw-pages ───────────────────────────────────────────→ index-page    [reader-pages]    ─┐
 * articles ────────────────────────────────────────────→ index-article [reader-articles] ─┤ [reader-editions]
 * stories ──────→ stories-edition → (by edition) ───────→ index-story   [reader-stories]  ─┤ [reader-papers]
 * dead-letters ─→ letters-edition → (by edition) ───────→ index-letter  [reader-letters]  ─┘
 * </pre>
 * Every store is partitioned by edition, as the raw pages and the articles already are ({@link EditionKey#partition}):
 * the stories and the dead letters are repartitioned by edition onto as many partitions. The four indexers share the
 * editions and papers stores, so Kafka Streams runs them as one sub-topology, and one task holds everything of an
 * edition: a view of a page, an article or an edition reads one instance's stores only. Keys start with the edition
 * ({@link ReaderKeys}); the editions store sorts editions by date, for paging newest first. Built by this one
 * function for the application and its tests.
 */
public final class ReaderTopology {

    /** Edition summaries, by date ({@link ReaderKeys#dated}). */
    public static final String EDITIONS = "reader-editions";
    /** Per partition, the totals of each paper ({@link PaperTotals}). */
    public static final String PAPERS = "reader-papers";
    /** Raw pages, by edition and page id. */
    public static final String PAGES = "reader-pages";
    /** Articles without words and sentences, by edition and article id. */
    public static final String ARTICLES = "reader-articles";
    /** Stitched stories, by edition and the id of their first part. */
    public static final String STORIES = "reader-stories";
    /** Dead letters without their original bytes, by edition and {@link LetterIndexer#id}. */
    public static final String LETTERS = "reader-letters";

    private static final Logger log = LoggerFactory.getLogger(ReaderTopology.class);

    private ReaderTopology() {
    }

    public static Topology build(Topics topics) {
        StreamsBuilder builder = new StreamsBuilder();
        addStores(builder, topics);
        Consumed<String, byte[]> bytes = Consumed.with(Serdes.String(), Serdes.ByteArray());
        builder.stream(topics.rawPages().name(), bytes.withName("reader-raw-pages"))
                .process(() -> new PageIndexer(topics), Named.as("index-page"), EDITIONS, PAPERS, PAGES);
        builder.stream(topics.articles().name(), bytes.withName("reader-articles-source"))
                .process(() -> ArticleIndexer.articles(topics), Named.as("index-article"), EDITIONS, PAPERS, ARTICLES);
        byEdition(builder.stream(topics.stories().name(), bytes.withName("reader-stories-source")), topics.stories(),
                (key, story) -> edition(story), "stories", topics)
                .process(() -> ArticleIndexer.stories(topics), Named.as("index-story"), EDITIONS, PAPERS, STORIES);
        byEdition(builder.stream(topics.deadLetters().name(), bytes.withName("reader-dead-letters")),
                topics.deadLetters(), (key, letter) -> letterEdition(letter, key, topics), "letters", topics)
                .process(() -> new LetterIndexer(topics), Named.as("index-letter"), EDITIONS, PAPERS, LETTERS);
        return builder.build();
    }

    private static void addStores(StreamsBuilder builder, Topics topics) {
        store(builder, EDITIONS, JsonSerde.of(EditionSummary.class));
        store(builder, PAPERS, JsonSerde.of(PaperTotals.class));
        store(builder, PAGES, topics.rawPages().valueSerde());
        store(builder, ARTICLES, topics.articles().valueSerde());
        store(builder, STORIES, topics.stories().valueSerde());
        store(builder, LETTERS, topics.deadLetters().valueSerde());
    }

    private static <V> void store(StreamsBuilder builder, String name, Serde<V> values) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(),
                values));
    }

    /**
     * The records of {@code topic} re-keyed by their edition and repartitioned as the raw pages are, onto as many
     * partitions; a record that cannot be decoded is left out (see {@link Indexer}).
     */
    private static <V> KStream<String, byte[]> byEdition(KStream<String, byte[]> in, Topic<String, V> topic,
                                                         BiFunction<String, V, String> edition, String what,
                                                         Topics topics) {
        // named as the records they carry: <what>-edition, reader-<what>-by-edition(-repartition)
        return in.flatMap((key, bytes) -> {
            try {
                V value = bytes == null ? null : topic.valueDeserializer().deserialize(topic.name(), bytes);
                return value == null ? List.of() : List.of(KeyValue.pair(edition.apply(key, value), bytes));
            } catch (RuntimeException e) {
                log.warn("Reader skips a record of {} it cannot decode (key {}): {}", topic.name(), key, e.toString());
                return List.<KeyValue<String, byte[]>>of();
            }
        }, Named.as(what + "-edition")).repartition(Repartitioned.<String, byte[]>as("reader-" + what + "-by-edition")
                .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray())
                .withStreamPartitioner(new EditionPartitioner<>())
                .withNumberOfPartitions(topics.rawPages().partitions()));
    }

    /** The edition of an article or story: that of the page it starts on, as ingest keyed the page. */
    static String edition(EnrichedArticle article) {
        return EditionKey.of(article.getPage().getPaper(), article.getPage().getDate(), article.getPage().getId());
    }

    /**
     * The edition of a dead letter: the one it names (ingest's letters); else, for a letter of a raw page (enrich's,
     * of the page or of one of its articles), the raw page's key; else an edition of its own, as a page without
     * metadata has ({@code unknown/<page id, or the letter's key>}).
     */
    static String letterEdition(DeadLetter letter, String key, Topics topics) {
        String page = letter.getPageId() != null ? letter.getPageId() : key;
        if (letter.getPaper() != null || letter.getEditionDate() != null) {
            return EditionKey.of(letter.getPaper(), letter.getEditionDate(), page);
        }
        if (topics.rawPages().name().equals(letter.getSourceTopic()) && letter.getOriginalKey() != null) {
            return StandardCharsets.UTF_8.decode(letter.getOriginalKey().duplicate()).toString();
        }
        return EditionKey.of(null, null, page);
    }
}
