package dev.newsflow.testkit.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints text the way PDF extraction returns a page: body paragraphs hard-wrapped at the column width (or one per
 * line when the text flows), a blank line at some column breaks — which fall anywhere, inside a sentence too — and
 * after some paragraphs. Punctuation that may not open a line (，。、；：！？）” …) stays at the end of the line
 * before, as typesetters keep it.
 */
final class ColumnPrinter {

    private static final String NO_LINE_START = "，。、；：！？）》”’」』,.;:!?)…";
    private static final String INDENT = "\u3000\u3000";

    private final Conventions conventions;
    private final Random random;
    private final List<String> lines = new ArrayList<>();
    private int columnLines;

    ColumnPrinter(Conventions conventions, Random random) {
        this.conventions = conventions;
        this.random = random;
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    void line(String line) {
        lines.add(line);
        columnLines++;
    }

    /** A blank line, with the given chance, unless the last line is blank already. */
    void blank(double chance) {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty() && random.nextDouble() < chance) {
            lines.add("");
            columnLines = 0;
        }
    }

    /**
     * A body paragraph in the page's layout; {@code trailing}, a byline closing it or null, is never broken: it
     * ends the last line when it fits there, else it stands on a line of its own.
     */
    void paragraph(String text, boolean indent, String trailing) {
        String first = indent ? INDENT + text : text;
        if (conventions.columnWidth() == 0) {
            line(trailing == null ? first : first + trailing);
        } else {
            List<String> wrapped = wrap(first, conventions.columnWidth());
            if (trailing != null) {
                int last = wrapped.size() - 1;
                if (width(wrapped.get(last) + trailing) <= conventions.columnWidth() + 1) {
                    wrapped.set(last, wrapped.get(last) + trailing);
                } else {
                    wrapped.add(trailing.strip());
                }
            }
            for (String line : wrapped) {
                if (columnLines >= conventions.columnHeight()) {
                    columnLines = 0;
                    if (random.nextDouble() < conventions.blankAtColumnBreak()) {
                        lines.add("");
                    }
                }
                line(line);
            }
        }
        blank(conventions.blankAfterParagraph());
    }

    /** Lines of a headline part wrapped at {@code width}. */
    void wrapped(String text, int width) {
        for (String line : wrap(text, width)) {
            line(line);
        }
    }

    /** Width in em: CJK and full-width characters 1, ASCII 0.5. */
    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 && !(s.charAt(i) >= 0x2010 && s.charAt(i) <= 0x201F) ? 0.5 : 1;
        }
        return w;
    }

    static List<String> wrap(String text, int width) {
        List<String> out = split(text, width);
        for (int i = 1; i < out.size(); i++) {
            String line = out.get(i);
            int k = 0;
            while (k < line.length() && NO_LINE_START.indexOf(line.charAt(k)) >= 0) {
                k++;
            }
            if (k > 0) {
                out.set(i - 1, out.get(i - 1) + line.substring(0, k));
                out.set(i, line.substring(k));
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    private static List<String> split(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            current.append(c);
            w += width(String.valueOf(c));
            if (w >= width) {
                out.add(current.toString());
                current.setLength(0);
                w = 0;
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }
}
