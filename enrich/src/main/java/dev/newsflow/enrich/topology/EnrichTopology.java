package dev.newsflow.enrich.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.state.Stores;

import dev.newsflow.enrich.segment.Segmenter;
import dev.newsflow.enrich.split.Article;
import dev.newsflow.enrich.split.PageSplitter;
import dev.newsflow.enrich.tag.Tagger;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.EntityMention;
import dev.newsflow.schemas.PageOutcome;
import dev.newsflow.schemas.PageStatus;
import dev.newsflow.topics.Topic;
import dev.newsflow.topics.Topics;

/**
 * The enrich topology: raw pages in; articles, entity mentions, page statuses and dead letters out.
 *
 * <pre>
 * raw-pages → commit-when-idle → decode → split ─┬→ page-status
 *                                                └→ enrich-articles (segment → tag → encode) ─┬→ articles
 *                                                                                            ├→ mentions →
  * entity-mentions
 *                                                                                            ├→ stitch
  * [pending-fragments] → stories
 *                                                                                            └→ (any failure) →
  * dead-letters
 * </pre>
 * With {@link EnrichOptions#jsonTopics()}, articles, stories and entity mentions also go to their plain-JSON twins
 * ({@code articles.json} …), from the same processors, so in the same transactions as the Avro records.
 * Every stage is a pure function wrapped by a named processor; a failure in any stage becomes a dead
 * letter and the stream goes on. The {@code enrich-articles} processor runs segment, tag and encode for each article
 * of a page on the {@link ArticleWorkers}, the page's articles in parallel, and emits them in order. Built by
 * this one function for both the application and its tests.
 */
public final class EnrichTopology {

    /** An enriched article as the Avro bytes the encode stage made of it (never read back). */
    private static final Serde<Values.Enriched> ENCODED = writeOnly((topic, enriched) -> enriched.encoded());
    /** An enriched article as the JSON bytes the encode stage made of it (never read back). */
    private static final Serde<Values.Enriched> ENCODED_JSON = writeOnly((topic, enriched) -> enriched.json());

    private EnrichTopology() {
    }

    public static Topology build(Topics topics, EnrichOptions options) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StitchProcessor.STORE),
                        Serdes.String(), Serdes.ByteArray())
                // fragments are whole articles: the changelog takes what the articles topic takes
                .withLoggingEnabled(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                String.valueOf(Topics.MAX_MESSAGE_BYTES))));
        DeadLetters letters = new DeadLetters(options.deadLetterMaxBytes());
        PageSplitter splitter = new PageSplitter();
        Tagger tagger = new Tagger();
        ThreadLocal<Segmenter> segmenters = ThreadLocal.withInitial(options.segmenter());

        FixedKeyProcessorSupplier<String, byte[], Step<Values.Page>> decode =
                () -> new DecodeProcessor<>(topics.rawPages(), Values.Page::new, letters);
        KStream<String, Step<Values.Split>> split = builder
                .stream(topics.rawPages().name(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("raw-pages"))
                .processValues(() -> new CommitWhenIdle(options.idleCommit()), Named.as(CommitWhenIdle.NAME))
                .processValues(decode, Named.as("decode"))
                .mapValues(step -> step.then("split",
                        page -> new Values.Split(Values.PageMeta.of(page.raw()), splitter.split(page.raw().getText())),
                        letters), Named.as("split"));

        split.flatMapValues(EnrichTopology::status, Named.as("page-status"))
                .selectKey((edition, status) -> status.getPageId(), Named.as("key-by-page"))
                .to(topics.pageStatus().name(),
                Produced.with(topics.pageStatus().keySerde(), topics.pageStatus().valueSerde())
                        .withName("to-page-status"));

        ArticleWorkers workers = new ArticleWorkers(options.articleWorkers());
        Function<Step<Values.Draft>, Step<Values.Enriched>> enrich = draft -> draft
                .then("segment", d -> new Values.Segmented(d, segmenters.get().segment(d.article().text())), letters)
                .then("tag", s -> ArticleMapper.toAvro(s.draft(), s.segmentation(),
                        tagger.tag(s.segmentation(), s.draft().page().editionDate(), s.draft().article().bylines())),
                                letters)
                .then("encode", article -> encode(topics, article, options), letters);
        KStream<String, Step<Values.Enriched>> enriched = split
                .flatMapValues(step -> workers.map(explode(step), enrich), Named.as("enrich-articles"));

        enriched.split(Named.as("route-"))
                .branch((key, step) -> step instanceof Step.Ok<Values.Enriched>,
                        Branched.withConsumer(ok -> publish(ok, topics, options), "ok"))
                .defaultBranch(Branched.withConsumer(failed -> failed
                        .map((key, step) -> {
                            var letter = ((Step.Failed<Values.Enriched>) step).letter();
                            return KeyValue.pair(letter.getPageId() != null ? letter.getPageId() : key, letter);
                        }, Named.as("key-dead-letter"))
                        .to(topics.deadLetters().name(), Produced.with(topics.deadLetters().keySerde(),
                                topics.deadLetters().valueSerde()).withName("to-dead-letters")), "failed"));
        return builder.build();
    }

    /**
     * Enriched articles to the articles topic, their mentions to entity-mentions, stitched continuations to stories;
     * each also to its JSON twin when the JSON topics are written.
     */
    private static void publish(KStream<String, Step<Values.Enriched>> ok, Topics topics, EnrichOptions options) {
        KStream<String, Values.Enriched> byEdition = ok
                .mapValues(step -> ((Step.Ok<Values.Enriched>) step).value(), Named.as("unwrap"));
        KStream<String, EnrichedArticle> stories = byEdition.process(() -> new StitchProcessor(
                topics.stories().valueSerializer(), topics.stories().valueDeserializer(), options.stitchWait()),
                Named.as("stitch"), StitchProcessor.STORE);
        to(stories, topics.stories(), "to-stories");
        KStream<String, Values.Enriched> articles = byEdition
                .selectKey((edition, e) -> e.article().getId(), Named.as("key-by-article"));
        articles.to(topics.articles().name(), Produced.with(Serdes.String(), ENCODED)
                .withStreamPartitioner(new ByEdition()).withName("to-articles"));
        KStream<String, EntityMention> mentions = articles.flatMap((id, e) -> ArticleMapper.mentions(e.article())
                .stream().map(m -> KeyValue.pair(ArticleMapper.mentionKey(m), m)).toList(), Named.as("mentions"));
        to(mentions, topics.entityMentions(), "to-entity-mentions");
        if (options.jsonTopics()) {
            to(stories, topics.storiesJson(), "to-stories-json");
            articles.to(topics.articlesJson().name(), Produced.with(Serdes.String(), ENCODED_JSON)
                    .withStreamPartitioner(new ByEdition()).withName("to-articles-json"));
            to(mentions, topics.entityMentionsJson(), "to-entity-mentions-json");
        }
    }

    /** A sink named {@code name} writing {@code stream} to {@code topic} with the topic's serdes. */
    private static <V> void to(KStream<String, V> stream, Topic<String, V> topic, String name) {
        stream.to(topic.name(), Produced.with(topic.keySerde(), topic.valueSerde()).withName(name));
    }

    private static Serde<Values.Enriched> writeOnly(Serializer<Values.Enriched> encoding) {
        Deserializer<Values.Enriched> none = (topic, bytes) -> {
            throw new UnsupportedOperationException("encoded articles are written, not read, by enrich");
        };
        Serializer<Values.Enriched> nullSafe = (topic, e) -> e == null ? null : encoding.serialize(topic, e);
        return Serdes.serdeFrom(nullSafe, none);
    }

    /** The id of the article at {@code position} (0-based, reading order) of a page: {@code <page id>-<NN>}. */
    public static String articleId(String pageId, int position) {
        // two digits at least, as "%02d" would write them (String.format per article showed in the stream threads'
        // profile)
        return (position >= 0 && position < 10 ? pageId + "-0" : pageId + "-") + position;
    }

    /** One status per page whose id is known: processed with its article count, or dead-lettered. */
    private static List<PageStatus> status(Step<Values.Split> step) {
        if (step instanceof Step.Ok<Values.Split> ok) {
            Values.Split s = ok.value();
            PageStatus status = status(s.page(), PageOutcome.processed, s.split().articles().size(),
                    s.split().furniture().size(), null);
            status.setSplitConfidence(s.split().confidence());
            status.setSplitWarnings(s.split().warnings());
            return List.of(status);
        }
        var letter = ((Step.Failed<Values.Split>) step).letter();
        if (letter.getPageId() == null) {
            return List.of();
        }
        return List.of(PageStatus.newBuilder()
                .setPageId(letter.getPageId())
                .setFileName("")
                .setStatus(PageOutcome.dead_letter)
                .setError(letter.getErrorClass() + ": " + letter.getErrorMessage())
                .build());
    }

    private static PageStatus status(Values.PageMeta page, PageOutcome outcome, int articles, int furniture,
            String error) {
        return PageStatus.newBuilder()
                .setPageId(page.id())
                .setFileName(page.file())
                .setPaper(page.paper())
                .setEditionDate(page.date())
                .setPageNumber(page.number())
                .setStatus(outcome)
                .setArticles(articles)
                .setFurnitureBlocks(furniture)
                .setError(error)
                .build();
    }

    /** A split page becomes one draft per article; a failure stays one failure. */
    @SuppressWarnings("unchecked")
    private static List<Step<Values.Draft>> explode(Step<Values.Split> step) {
        if (step instanceof Step.Ok<Values.Split> ok) {
            List<Step<Values.Draft>> drafts = new ArrayList<>();
            for (Article a : ok.value().split().articles()) {
                String id = articleId(ok.value().page().id(), a.position());
                drafts.add(Step.ok(new Values.Draft(ok.value().page(), a, id), ok.provenance()));
            }
            return drafts;
        }
        return List.of((Step<Values.Draft>) (Step<?>) step);
    }

    /**
     * The article's Avro message and, with the JSON topics, its JSON, on the article workers rather than the stream
     * thread; either larger than the limit makes the article a dead letter.
     */
    private static Values.Enriched encode(Topics topics, EnrichedArticle article, EnrichOptions options) {
        byte[] avro = withinLimit(article, topics.articles(), options.maxArticleBytes());
        byte[] json = options.jsonTopics()
                ? withinLimit(article, topics.articlesJson(), options.maxArticleBytes()) : null;
        return new Values.Enriched(article, avro, json);
    }

    private static byte[] withinLimit(EnrichedArticle article, Topic<String, EnrichedArticle> topic, int maxBytes) {
        byte[] bytes = topic.valueSerializer().serialize(topic.name(), article);
        if (bytes.length > maxBytes) {
            throw new IllegalArgumentException("article " + article.getId() + " encodes to " + bytes.length
                    + " bytes on " + topic.name() + ", more than the limit of " + maxBytes);
        }
        return bytes;
    }
}
