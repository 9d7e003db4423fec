package dev.newsflow.enrich.segment;

import java.util.List;

/**
 * A word of the text.
 *
 * @param text  the word as it stands in the text
 * @param start offset of its first character in the text (Java string index)
 * @param pos   part of speech (PKU tag set as HanLP uses it: n, v, nr person, ns place, nt organization, m number…)
 */
public record Token(String text, int start, String pos) {

    public int end() {
        return start + text.length();
    }

    /** The index of the first of the tokens (in text order) starting at or after offset; size when none does. */
    public static int indexAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
