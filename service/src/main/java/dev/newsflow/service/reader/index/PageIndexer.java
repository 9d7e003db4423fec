package dev.newsflow.service.reader.index;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.newsflow.schemas.RawPage;
import dev.newsflow.topics.EditionKey;
import dev.newsflow.topics.Topics;

/** Raw pages: the page itself (its text for the page view) and its entry in its edition's summary. */
final class PageIndexer extends Indexer<RawPage> {

    private EditionBook book;
    private KeyValueStore<String, RawPage> pages;

    PageIndexer(Topics topics) {
        super(topics.rawPages());
    }

    @Override
    void init(EditionBook book, ProcessorContext<Void, Void> context) {
        this.book = book;
        this.pages = context.getStateStore(ReaderTopology.PAGES);
    }

    @Override
    void index(String key, RawPage page) {
        String edition = EditionKey.of(page.getPaper(), page.getEditionDate(), page.getId());
        pages.put(ReaderKeys.of(edition, page.getId()), page);
        book.change(edition, s -> s.withPage(page.getId(), page.getPageNumber(), page.getFileName()));
    }
}
