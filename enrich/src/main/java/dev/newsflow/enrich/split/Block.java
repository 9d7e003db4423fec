package dev.newsflow.enrich.split;

import java.util.List;

/**
 * Lines the page prints together: between blank lines, or cut apart where a line shows that something new begins
 * (a byline line, a dateline, a run of headline lines, a line of furniture).
 */
final class Block {

    /** What a block is before it is read. */
    enum Kind {
        /** Body text, or headline-like lines, to be read. */
        TEXT,
        /** A byline on a line of its own (本报记者  王  珏). */
        BYLINE,
        /** Page furniture: mastheads, edition lines, editors' and picture credits, notices. */
        FURNITURE
    }

    final List<String> lines;
    /** True when a blank line (or the page's start) comes before the block, false when evidence cut it off. */
    final boolean afterBlank;
    Kind kind;
    /** For a byline block: the names it credits. */
    List<String> names = List.of();
    /** The width (em) of a full line of the column the block stands in; NaN when the text flows or it is unknown. */
    double column = Double.NaN;
    /** The page indents its paragraphs: a line the column's width less an indent begins one. */
    boolean indentedPage;
    /** The extraction kept the page's indents as spaces: a line without one begins no paragraph. */
    boolean keptIndents;
    /** Per line: the extraction kept space before it, as it does before a paragraph's first line. */
    List<Boolean> leadingSpace = List.of();
    private String text;
    /** isHeadlineLike of the lines, read as columns [0] and as flowing text [1]; null until asked. */
    private final Boolean[] headlineLike = new Boolean[2];

    Block(List<String> lines, boolean afterBlank, Kind kind) {
        this.lines = List.copyOf(lines);
        this.afterBlank = afterBlank;
        this.kind = kind;
    }

    /** Line j kept the space the extraction leaves before a paragraph's first line. */
    boolean hasLeadingSpace(int j) {
        return j < leadingSpace.size() && leadingSpace.get(j);
    }

    boolean isFurniture() {
        return kind == Kind.FURNITURE;
    }

    boolean isText() {
        return kind == Kind.TEXT;
    }

    String text() {
        if (text == null) {
            text = String.join("\n", lines);
        }
        return text;
    }

    String lastLine() {
        return lines.get(lines.size() - 1);
    }

    /** Lines as wide as a full line of the column: body text fills its column, headlines do not. */
    int fullWidthLines() {
        int n = 0;
        for (String line : lines) {
            if (isFullWidth(line)) {
                n++;
            }
        }
        return n;
    }

    boolean isFullWidth(String line) {
        return PageLayout.isFullWidth(line, column);
    }

    /** A single line as wide as the column less an indent, on a page that indents: a paragraph's first line. */
    boolean isIndentedFirstLine() {
        return indentedPage && lines.size() == 1 && !Double.isNaN(column)
                && PageLayout.isIndentedFirstLine(lines.get(0), column, keptIndents, hasLeadingSpace(0));
    }

    /** {@link Headlines#isHeadlineLike}, asked of a block many times as the page is read: answered once. */
    boolean isHeadlineLike(boolean flowing) {
        if (kind != Kind.TEXT) {
            return false;
        }
        int k = flowing ? 1 : 0;
        if (headlineLike[k] == null) {
            headlineLike[k] = Headlines.isHeadlineLike(lines, flowing, flowing ? Double.NaN : column);
        }
        return headlineLike[k];
    }
}
