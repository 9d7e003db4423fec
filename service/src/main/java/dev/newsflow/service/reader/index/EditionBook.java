package dev.newsflow.service.reader.index;

import java.util.function.UnaryOperator;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The editions and papers stores of one task, changed together: every change of an edition's summary moves its
 * paper's totals by the difference it made.
 */
final class EditionBook {

    private final KeyValueStore<String, EditionSummary> editions;
    private final KeyValueStore<String, PaperTotals> papers;

    EditionBook(ProcessorContext<?, ?> context) {
        this.editions = context.getStateStore(ReaderTopology.EDITIONS);
        this.papers = context.getStateStore(ReaderTopology.PAPERS);
    }

    /** Applies {@code change} to the summary of {@code edition} (an empty one if it is new). */
    void change(String edition, UnaryOperator<EditionSummary> change) {
        String key = ReaderKeys.dated(edition);
        EditionSummary before = editions.get(key);
        EditionSummary after = change.apply(before != null ? before : EditionSummary.empty(edition));
        editions.put(key, after);
        String paper = PaperTotals.key(after.paper());
        PaperTotals totals = papers.get(paper);
        papers.put(paper, (totals != null ? totals : PaperTotals.none(after.paper())).plus(before, after));
    }
}
