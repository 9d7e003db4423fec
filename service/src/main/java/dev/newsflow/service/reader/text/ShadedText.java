package dev.newsflow.service.reader.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's raw text cut into segments for the page view: the spans of the articles ({@link PageSpans}), and between
 * them blank text, short marks that share a line with an article (the brackets of a byline, a "continued on page 2"
 * note: printed with it, not part of its text) and page furniture (mastheads, dates, notices: text of no article).
 * Pure.
 */
public final class ShadedText {

    /** What a segment of the text is. */
    public enum Kind { HEADLINE, BODY, BYLINE, MARK, FURNITURE, BLANK }

    /**
     * Characters of the raw text; {@code article} is the index of the article they belong to, -1 for furniture and
     * blank text.
     */
    public record Segment(String text, Kind kind, int article) {
    }

    /**
     * Text of no article on an article's line counts as the article's mark up to this many characters (besides
     * whitespace): （惠晓婧） leaves two brackets, （下转第2版） six characters; a longer run is something else.
     */
    static final int MAX_MARK_CHARS = 8;

    private ShadedText() {
    }

    /** The whole of {@code raw} as segments, in order; {@code spans} in text order, not overlapping. */
    public static List<Segment> of(String raw, List<PageSpans.Span> spans) {
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        for (int i = 0; i < spans.size(); i++) {
            PageSpans.Span span = spans.get(i);
            int before = i == 0 ? -1 : spans.get(i - 1).article();
            gap(raw, pos, span.start(), before, span.article(), out);
            Kind kind = Kind.valueOf(span.role().name());
            out.add(new Segment(raw.substring(span.start(), span.end()), kind, span.article()));
            pos = span.end();
        }
        gap(raw, pos, raw.length(), spans.isEmpty() ? -1 : spans.get(spans.size() - 1).article(), -1, out);
        return out;
    }

    /** The text between two spans (of articles {@code left} and {@code right}, -1 for none), line by line. */
    private static void gap(String raw, int from, int to, int left, int right, List<Segment> out) {
        int start = from;
        while (start < to) {
            int newline = raw.indexOf('\n', start);
            int end = newline < 0 || newline >= to ? to : newline + 1;
            boolean onLeftLine = start == from;
            boolean onRightLine = end == to && (end == 0 || raw.charAt(end - 1) != '\n');
            out.add(line(raw.substring(start, end), onLeftLine ? left : -1, onRightLine ? right : -1));
            start = end;
        }
    }

    /** A piece of a line outside the articles, beside article {@code left} or {@code right} on its line, or neither. */
    private static Segment line(String text, int left, int right) {
        int marks = Haystack.squeeze(text).length();
        if (marks == 0) {
            return new Segment(text, Kind.BLANK, -1);
        }
        int beside = left >= 0 ? left : right;
        if (beside >= 0 && marks <= MAX_MARK_CHARS) {
            return new Segment(text, Kind.MARK, beside);
        }
        return new Segment(text, Kind.FURNITURE, -1);
    }
}
