package dev.newsflow.enrich.segment;

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
}
