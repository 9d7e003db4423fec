package dev.newsflow.service.reader.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An article's body cut into paragraphs of plain and marked pieces, for the article view: each tag (a person, an
 * organization, a place, a date, an amount) marks its characters. Tags that overlap an earlier one (by start; at the
 * same start the longer, then the one listed first) are left out: a character carries one mark. Pure.
 */
public final class ArticleMarks {

    /** A tag on the text: code point offsets {@code start} to {@code end} of the body, as the article records them. */
    public record Tag(int start, int end, String kind, String note, String link) {
    }

    /** Characters of a paragraph, marked by {@code tag} or plain (null). */
    public record Piece(String text, Tag tag) {
    }

    private ArticleMarks() {
    }

    /** The body's paragraphs (split at its newlines), each as pieces; tags outside the text are left out. */
    public static List<List<Piece>> layout(String text, List<Tag> tags) {
        List<List<Piece>> paragraphs = new ArrayList<>();
        List<Piece> paragraph = new ArrayList<>();
        int pos = 0;
        for (Tag tag : placed(text, tags)) {
            int start = text.offsetByCodePoints(0, tag.start());
            int end = text.offsetByCodePoints(0, tag.end());
            paragraph = add(text.substring(pos, start), null, paragraph, paragraphs);
            paragraph = add(text.substring(start, end), tag, paragraph, paragraphs);
            pos = end;
        }
        paragraph = add(text.substring(pos), null, paragraph, paragraphs);
        paragraphs.add(paragraph);
        return paragraphs;
    }

    /** The tags that get a mark, in text order. */
    static List<Tag> placed(String text, List<Tag> tags) {
        int length = text.codePointCount(0, text.length());
        List<Tag> sorted = new ArrayList<>(tags.stream()
                .filter(t -> t.start() >= 0 && t.start() < t.end() && t.end() <= length).toList());
        sorted.sort(Comparator.comparingInt(Tag::start).thenComparing(Comparator.comparingInt(Tag::end).reversed()));
        List<Tag> kept = new ArrayList<>();
        int free = 0;
        for (Tag t : sorted) {
            if (t.start() >= free) {
                kept.add(t);
                free = t.end();
            }
        }
        return kept;
    }

    /** Adds {@code s} to the paragraph, starting a new paragraph at each newline; returns the current paragraph. */
    private static List<Piece> add(String s, Tag tag, List<Piece> paragraph, List<List<Piece>> paragraphs) {
        List<Piece> current = paragraph;
        String[] lines = s.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
            if (!lines[i].isEmpty()) {
                current.add(new Piece(lines[i], tag));
            }
        }
        return current;
    }
}
