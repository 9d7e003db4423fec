package dev.newsflow.service.reader.index;

import java.util.List;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.PageRef;
import dev.newsflow.topics.Topics;

/**
 * Articles, and stitched stories: kept without their words and sentences (which no view shows, and which repeat
 * the text twice over); a new one counts in its edition's summary.
 */
final class ArticleIndexer extends Indexer<EnrichedArticle> {

    private final String storeName;
    private final boolean story;
    private EditionBook book;
    private KeyValueStore<String, EnrichedArticle> store;

    private ArticleIndexer(Topics topics, boolean story) {
        super(story ? topics.stories() : topics.articles());
        this.story = story;
        this.storeName = story ? ReaderTopology.STORIES : ReaderTopology.ARTICLES;
    }

    static ArticleIndexer articles(Topics topics) {
        return new ArticleIndexer(topics, false);
    }

    static ArticleIndexer stories(Topics topics) {
        return new ArticleIndexer(topics, true);
    }

    @Override
    void init(EditionBook book, ProcessorContext<Void, Void> context) {
        this.book = book;
        this.store = context.getStateStore(storeName);
    }

    @Override
    void index(String key, EnrichedArticle article) {
        PageRef page = article.getPage();
        String edition = ReaderTopology.edition(article);
        String id = ReaderKeys.of(edition, article.getId());
        boolean known = store.get(id) != null;
        store.put(id, EnrichedArticle.newBuilder(article).setWords(List.of()).setSentences(List.of()).build());
        if (known) {
            return;
        }
        book.change(edition, story ? EditionSummary::withStory
                : s -> s.withArticle(page.getId(), page.getNumber(), page.getFile()));
    }
}
