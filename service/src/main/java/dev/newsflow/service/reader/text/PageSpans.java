package dev.newsflow.service.reader.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where each article of a page lies in the page's raw text, found from the article alone: its paragraphs, headline
 * lines and bylines are looked up in the raw text with whitespace ignored on both sides (the splitter removes the
 * column line breaks and the spaces around them), so this works whatever the splitter does inside. Pure.
 *
 * <p>Paragraphs are placed first, article after article, each after the previous one of its article where it can be
 * (the same sentence may be printed twice on a page); a paragraph not found whole is placed piece by piece, each
 * piece the longest start of what is left that the text holds (an article cut across columns, with another article's
 * lines between its parts). Headline lines and then bylines, which are short and may occur in other articles, go to
 * their occurrence nearest to their article's body. No two articles share a character.
 */
public final class PageSpans {

    /** What part of an article a span holds. */
    public enum Role { HEADLINE, BODY, BYLINE }

    /**
     * A part of an article in the raw text: characters {@code start} to {@code end} (exclusive, UTF-16 indices,
     * whitespace inside included) of article {@code article} (its index in the list given).
     */
    public record Span(int start, int end, int article, Role role) {
    }

    /** What of an article is looked for: its headline lines (kicker, title, subtitle), paragraphs and bylines. */
    public record ArticleText(List<String> headlines, List<String> paragraphs, List<String> bylines) {
    }

    /**
     * A piece shorter than this is not placed on its own: a few characters occur anywhere. A paragraph whose next
     * characters are not found for this long skips one character (one the splitter changed) and tries again.
     */
    static final int MIN_PIECE = 4;

    private PageSpans() {
    }

    /** The spans of every article of {@code articles} in {@code raw}, in text order. */
    public static List<Span> locate(String raw, List<ArticleText> articles) {
        Haystack text = new Haystack(raw);
        List<Span> spans = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            int cursor = 0;
            for (String paragraph : articles.get(a).paragraphs()) {
                cursor = placeInPieces(text, Haystack.squeeze(paragraph), cursor, a, spans);
            }
        }
        for (int a = 0; a < articles.size(); a++) {
            placeNear(text, articles.get(a).headlines(), a, Role.HEADLINE, spans);
        }
        for (int a = 0; a < articles.size(); a++) {
            placeNear(text, articles.get(a).bylines(), a, Role.BYLINE, spans);
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    /** Places a paragraph, in one piece or several; returns where the article's next paragraph may start. */
    private static int placeInPieces(Haystack text, String needle, int cursor, int article, List<Span> spans) {
        int at = 0;
        int next = cursor;
        while (at < needle.length()) {
            int left = needle.length() - at;
            // a short rest of a paragraph only where it goes on from its last piece: alone it occurs anywhere
            int length = left < MIN_PIECE && at > 0
                    ? (text.find(needle, at, left, next) == next ? left : 0)
                    : text.longestPrefix(needle, at, Math.min(left, MIN_PIECE), next);
            if (length == 0) {
                at++;
                continue;
            }
            int start = text.find(needle, at, length, next);
            spans.add(text.claim(start, length, article, Role.BODY));
            next = start + length;
            at += length;
        }
        return next;
    }

    /** Places each line whole, at its free occurrence nearest to the article's body spans. */
    private static void placeNear(Haystack text, List<String> lines, int article, Role role, List<Span> spans) {
        List<Span> body = spans.stream().filter(s -> s.article() == article && s.role() == Role.BODY).toList();
        for (String line : lines) {
            String needle = Haystack.squeeze(line == null ? "" : line);
            if (needle.isEmpty()) {
                continue;
            }
            int best = text.nearest(needle, body);
            if (best >= 0) {
                spans.add(text.claim(best, needle.length(), article, role));
            }
        }
    }
}
