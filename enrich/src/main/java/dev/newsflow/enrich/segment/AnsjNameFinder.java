package dev.newsflow.enrich.segment;

import java.util.ArrayList;
import java.util.List;

import org.ansj.domain.Term;
import org.ansj.splitWord.analysis.NlpAnalysis;

/**
 * Person names by a second opinion: ansj_seg's CRF analysis ({@link NlpAnalysis}), which reads names the
 * dictionary segmenter cuts apart (罗豪/才, 梅/方权, 若/斯潘) but over-fires on its own. Its names are hints the
 * tagger weighs, never entities by themselves. The model (inside the ansj jar) loads once per JVM, on first use.
 */
public final class AnsjNameFinder {

    /** Spans of the person names ansj finds in text, one line at a time (offsets into text). */
    public List<Span> names(String text) {
        List<Span> names = new ArrayList<>();
        Lines.forEach(text, (line, offset) -> {
            for (Term t : new NlpAnalysis().parseStr(line).getTerms()) {
                String nature = t.getNatureStr();
                int start = t.getOffe();
                int end = start + t.getName().length();
                // ansj may normalize a term's text; keep only spans that are the line's own characters
                if (nature != null && nature.startsWith("nr") && start >= 0 && end <= line.length()
                        && line.regionMatches(start, t.getName(), 0, t.getName().length())) {
                    names.add(new Span(offset + start, offset + end));
                }
            }
        });
        return names;
    }
}
