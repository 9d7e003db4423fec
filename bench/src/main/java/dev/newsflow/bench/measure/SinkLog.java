package dev.newsflow.bench.measure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.generic.GenericRecord;

import dev.newsflow.sink.file.ArticleFields;
import dev.newsflow.sink.file.FileSink;
import dev.newsflow.sink.file.SegmentName;

/**
 * What the sink committed, per page: how many of its articles, their characters, and when the last of them was
 * committed (the wall-clock time the sink renamed the .jsonl file holding it).
 */
final class SinkLog implements FileSink.CommitListener {

    /** Articles of one page in committed files. */
    record PageCommits(int articles, long chars, long lastCommitMs) {
    }

    private final Map<String, PageCommits> pages = new ConcurrentHashMap<>();

    @Override
    public void committed(SegmentName segment, List<? extends GenericRecord> articles, long committedAtMs) {
        for (GenericRecord a : articles) {
            long chars = ArticleFields.textCodePoints(a);
            pages.merge(ArticleFields.pageId(a), new PageCommits(1, chars, committedAtMs), (x, y) ->
                    new PageCommits(x.articles() + y.articles(), x.chars() + y.chars(),
                            Math.max(x.lastCommitMs(), y.lastCommitMs())));
        }
    }

    /** The page's committed articles so far, or null if none. */
    PageCommits page(String pageId) {
        return pages.get(pageId);
    }
}
