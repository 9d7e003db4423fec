package dev.newsflow.topics;

import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.EntityMention;
import dev.newsflow.schemas.PageStatus;
import dev.newsflow.schemas.Person;
import dev.newsflow.schemas.RawPage;

/**
 * Every topic of newsflow, with its key and value serdes, partitions and cleanup policy: the one place
 * where topic names are spelled. Code elsewhere refers to {@code topics.rawPages()} and never to a name.
 * Articles, stories, entity mentions and people also have a JSON twin ({@code <name>.json}): the same records as
 * plain JSON ({@link PlainJsonSerde}), same keys, partitions and cleanup, for consumers without Avro.
 */
public final class Topics {

    public static final String DEFAULT_PREFIX = "newsflow.";
    /**
     * Partitions of the pipeline topics unless configured: a multiple of the default two stream threads (and of
     * three), so that every thread gets as many partitions; with 3, one of two threads did twice the other's work.
     */
    public static final int DEFAULT_PARTITIONS = 6;
    /**
     * Largest record the raw-pages, articles and stories topics (and the stitch changelog) accept; ingest
     * dead-letters a page whose record would be larger, enrich an article.
     */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    private final String prefix;
    private final SchemaCatalog catalog;
    private final Topic<String, RawPage> rawPages;
    private final Topic<String, String> ingestIndex;
    private final Topic<String, EnrichedArticle> articles;
    private final Topic<String, EnrichedArticle> stories;
    private final Topic<String, EntityMention> entityMentions;
    private final Topic<String, PageStatus> pageStatus;
    private final Topic<String, DeadLetter> deadLetters;
    private final Topic<String, String> schemas;
    private final Topic<String, Person> people;
    private final Topic<String, EnrichedArticle> articlesJson;
    private final Topic<String, EnrichedArticle> storiesJson;
    private final Topic<String, EntityMention> entityMentionsJson;
    private final Topic<String, Person> peopleJson;

    public Topics(String prefix, int partitions, SchemaCatalog catalog) {
        this.prefix = prefix;
        this.catalog = catalog;
        Serde<String> keys = Serdes.String();
        Map<String, String> keep = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, "-1");
        Map<String, String> compact = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        // pages and articles may be larger than a broker's 1 MB default: a topic that refused them would stop the stage
        Map<String, String> large = Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES));

        rawPages = new Topic<>(prefix + "raw-pages", keys,
                new AvroSerde<>(RawPage.class, RawPage.getClassSchema(), catalog), partitions,
                merge(keep, large),
                "Raw pages as ingested. Key: edition (paper/date) so that an edition's pages share a partition. Kept "
                        + "forever: the source for replays.");
        ingestIndex = new Topic<>(prefix + "ingest-index", keys, Serdes.String(), 1, compact,
                "Every file content ingest has seen. Key: SHA-256 of the bytes; value: page id or 'dead-letter'. "
                        + "Written in the same transaction as the page.");
        articles = new Topic<>(prefix + "articles", keys,
                new AvroSerde<>(EnrichedArticle.class, EnrichedArticle.getClassSchema(), catalog), partitions,
                        merge(compact, large),
                "Enriched articles. Key: article id. Compacted: the latest version of each article.");
        stories = new Topic<>(prefix + "stories", keys,
                new AvroSerde<>(EnrichedArticle.class, EnrichedArticle.getClassSchema(), catalog), partitions,
                        merge(compact, large),
                "Articles continued across pages of one edition, stitched into one (pages lists every page). Key: id "
                        + "of the article's first part. Compacted.");
        entityMentions = new Topic<>(prefix + "entity-mentions", keys,
                new AvroSerde<>(EntityMention.class, EntityMention.getClassSchema(), catalog), partitions,
                Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE),
                "One record per entity occurrence. Key: TYPE:normalized name (PERSON:杜小刚).");
        pageStatus = new Topic<>(prefix + "page-status", keys,
                new AvroSerde<>(PageStatus.class, PageStatus.getClassSchema(), catalog), partitions, compact,
                "What enrich made of each page. Key: page id. Compacted.");
        deadLetters = new Topic<>(prefix + "dead-letters", keys,
                new AvroSerde<>(DeadLetter.class, DeadLetter.getClassSchema(), catalog), 1, keep,
                "Inputs a stage could not process, with the reason and the original bytes. Kept forever.");
        schemas = new Topic<>(prefix + "schemas", keys, Serdes.String(), 1, compact,
                "Every Avro schema newsflow writers have used. Key: 64-bit fingerprint (hex); value: schema JSON.");
        people = new Topic<>(prefix + "people", keys,
                new AvroSerde<>(Person.class, Person.getClassSchema(), catalog), partitions, compact,
                "The people directory: per person (normalized name), the titles, dates, papers and articles seen. "
                        + "Key: normalized name (杜小刚). Compacted.");
        articlesJson = jsonTwin(articles, EnrichedArticle.class, EnrichedArticle.getClassSchema());
        storiesJson = jsonTwin(stories, EnrichedArticle.class, EnrichedArticle.getClassSchema());
        entityMentionsJson = jsonTwin(entityMentions, EntityMention.class, EntityMention.getClassSchema());
        peopleJson = jsonTwin(people, Person.class, Person.getClassSchema());
    }

    /** The plain-JSON twin of an Avro topic: {@code <name>.json}, the same keys, partitions and cleanup. */
    private static <T extends SpecificRecord> Topic<String, T> jsonTwin(Topic<String, T> avro, Class<T> type,
                                                                       Schema schema) {
        return new Topic<>(avro.name() + ".json", avro.keySerde(), new PlainJsonSerde<>(type, schema),
                avro.partitions(), avro.config(), "The records of " + avro.name() + " as plain JSON, one object per"
                + " message (the sink's JSON Lines): same keys and partitions, written in the same transactions.");
    }

    /** The default topic names, and only the schemas compiled into this build. */
    public static Topics defaults() {
        return new Topics(DEFAULT_PREFIX, DEFAULT_PARTITIONS, SchemaCatalog.builtIn());
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        var all = new java.util.HashMap<>(a);
        all.putAll(b);
        return Map.copyOf(all);
    }

    public String prefix() {
        return prefix;
    }

    public SchemaCatalog catalog() {
        return catalog;
    }

    public Topic<String, RawPage> rawPages() {
        return rawPages;
    }

    public Topic<String, String> ingestIndex() {
        return ingestIndex;
    }

    public Topic<String, EnrichedArticle> articles() {
        return articles;
    }

    public Topic<String, EnrichedArticle> stories() {
        return stories;
    }

    public Topic<String, EntityMention> entityMentions() {
        return entityMentions;
    }

    public Topic<String, PageStatus> pageStatus() {
        return pageStatus;
    }

    public Topic<String, DeadLetter> deadLetters() {
        return deadLetters;
    }

    public Topic<String, String> schemas() {
        return schemas;
    }

    public Topic<String, Person> people() {
        return people;
    }

    /** {@link #articles()} as plain JSON. */
    public Topic<String, EnrichedArticle> articlesJson() {
        return articlesJson;
    }

    /** {@link #stories()} as plain JSON. */
    public Topic<String, EnrichedArticle> storiesJson() {
        return storiesJson;
    }

    /** {@link #entityMentions()} as plain JSON. */
    public Topic<String, EntityMention> entityMentionsJson() {
        return entityMentionsJson;
    }

    /** {@link #people()} as plain JSON. */
    public Topic<String, Person> peopleJson() {
        return peopleJson;
    }

    public List<Topic<?, ?>> all() {
        return List.of(rawPages, ingestIndex, articles, stories, entityMentions, pageStatus, deadLetters, schemas,
                people, articlesJson, storiesJson, entityMentionsJson, peopleJson);
    }

    /** The topic of that name, e.g. for a tool given a name on its command line. */
    public Topic<?, ?> byName(String name) {
        return all().stream()
                .filter(t -> t.name().equals(name) || t.name().equals(prefix + name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a newsflow topic: " + name + "; known: "
                        + all().stream().map(Topic::name).toList()));
    }
}
