package dev.newsflow.enrich.segment;

import java.util.ArrayList;
import java.util.List;

import org.ansj.domain.Term;
import org.ansj.splitWord.analysis.NlpAnalysis;

/**
 * Names by a second opinion: ansj_seg's CRF analysis ({@link NlpAnalysis}), which reads person names the
 * dictionary segmenter cuts apart (罗豪/才, 若/斯潘) and organizations with words inside no chunker takes
 * (中央编译出版社), but over-fires on its own. Its names are hints the tagger weighs, never entities by
 * themselves. The model (inside the ansj jar) loads once per JVM, on first use.
 */
public final class AnsjNameFinder {

    /** Spans of the person and organization names ansj finds in a text (offsets into the text). */
    public record Names(List<Span> people, List<Span> organizations) {
    }

    /** The names in text, read one line at a time. */
    public Names names(String text) {
        List<Span> people = new ArrayList<>();
        List<Span> organizations = new ArrayList<>();
        Lines.forEach(text, (line, offset) -> {
            for (Term t : new NlpAnalysis().parseStr(line).getTerms()) {
                String nature = t.getNatureStr();
                int start = t.getOffe();
                int end = start + t.getName().length();
                // ansj may normalize a term's text; keep only spans that are the line's own characters
                if (nature == null || start < 0 || end > line.length()
                        || !line.regionMatches(start, t.getName(), 0, t.getName().length())) {
                    continue;
                }
                if (nature.startsWith("nr")) {
                    people.add(new Span(offset + start, offset + end));
                } else if (nature.startsWith("nt")) {
                    organizations.add(new Span(offset + start, offset + end));
                }
            }
        });
        return new Names(people, organizations);
    }
}
