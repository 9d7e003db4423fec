package dev.newsflow.service.reader.query;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.service.reader.index.EditionSummary;
import dev.newsflow.service.reader.index.PaperTotals;
import dev.newsflow.service.reader.index.ReaderKeys;
import dev.newsflow.service.reader.index.ReaderTopology;

/**
 * The reader's stores of one partition on this instance, read by key and by range: everything of one edition is one
 * range of keys ({@link ReaderKeys}), so no view reads more than the edition it shows.
 */
public final class ReaderStores {

    /** A store of this partition. */
    public interface Source {
        <V> ReadOnlyKeyValueStore<String, V> store(String name);
    }

    private final Source source;

    public ReaderStores(Source source) {
        this.source = source;
    }

    /** The stores of {@code partition} through {@code router}. */
    public static ReaderStores of(StoreRouter router, int partition) {
        return new ReaderStores(new Source() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
                return router.store(name, partition);
            }
        });
    }

    public EditionSummary edition(String edition) {
        return source.<EditionSummary>store(ReaderTopology.EDITIONS).get(ReaderKeys.dated(edition));
    }

    public RawPage page(String edition, String pageId) {
        return source.<RawPage>store(ReaderTopology.PAGES).get(ReaderKeys.of(edition, pageId));
    }

    public EnrichedArticle article(String edition, String articleId) {
        return source.<EnrichedArticle>store(ReaderTopology.ARTICLES).get(ReaderKeys.of(edition, articleId));
    }

    /** The articles of a page, in page order (ids {@code <page id>-NN}). */
    public List<EnrichedArticle> articlesOf(String edition, String pageId) {
        List<EnrichedArticle> out = range(ReaderTopology.ARTICLES, ReaderKeys.of(edition, pageId + "-"),
                ReaderKeys.of(edition, pageId + "."));
        out.sort((a, b) -> Integer.compare(position(a.getId()), position(b.getId())));
        return out;
    }

    public List<EnrichedArticle> stories(String edition) {
        return range(ReaderTopology.STORIES, ReaderKeys.first(edition), ReaderKeys.pastLast(edition));
    }

    public List<DeadLetter> letters(String edition) {
        return range(ReaderTopology.LETTERS, ReaderKeys.first(edition), ReaderKeys.pastLast(edition));
    }

    /**
     * Up to {@code limit} editions of this partition, newest first, older than {@code before} (a key of the editions
     * store; null: from the newest).
     */
    public List<EditionSummary> editionsBefore(String before, int limit) {
        ReadOnlyKeyValueStore<String, EditionSummary> store = source.store(ReaderTopology.EDITIONS);
        return take(store.reverseRange(null, before), before, limit);
    }

    /** Up to {@code limit} editions of this partition, oldest first, newer than {@code after} (a key). */
    public List<EditionSummary> editionsAfter(String after, int limit) {
        ReadOnlyKeyValueStore<String, EditionSummary> store = source.store(ReaderTopology.EDITIONS);
        return take(store.range(after, null), after, limit);
    }

    public List<PaperTotals> papers() {
        List<PaperTotals> out = new ArrayList<>();
        try (KeyValueIterator<String, PaperTotals> it = source.<PaperTotals>store(ReaderTopology.PAPERS).all()) {
            it.forEachRemaining(kv -> out.add(kv.value));
        }
        return out;
    }

    /** The values of an iterator, without the one at {@code exclude} (a cursor's own entry), at most {@code limit}. */
    private static <V> List<V> take(KeyValueIterator<String, V> it, String exclude, int limit) {
        List<V> out = new ArrayList<>();
        try (it) {
            while (it.hasNext() && out.size() < limit) {
                KeyValue<String, V> kv = it.next();
                if (!kv.key.equals(exclude)) {
                    out.add(kv.value);
                }
            }
        }
        return out;
    }

    private <V> List<V> range(String store, String from, String to) {
        List<V> out = new ArrayList<>();
        try (KeyValueIterator<String, V> it = source.<V>store(store).range(from, to)) {
            it.forEachRemaining(kv -> {
                if (!kv.key.equals(to)) {
                    out.add(kv.value);
                }
            });
        }
        return out;
    }

    /** The position in an article id {@code <page id>-NN}. */
    static int position(String articleId) {
        try {
            return Integer.parseInt(articleId.substring(articleId.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
