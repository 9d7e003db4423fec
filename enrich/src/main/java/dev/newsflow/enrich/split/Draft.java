package dev.newsflow.enrich.split;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** An article being read: its paragraphs so far, its bylines, and how it was opened and closed. */
final class Draft {

    /** Widths of the last lines read: the column's width, against which a line is visibly short. */
    private static final int RECENT_LINES = 6;
    /** A line this much narrower (in em) than the column's widest recent line is visibly short. */
    private static final double SHORT_BY = 1.5;

    final List<String> paragraphs = new ArrayList<>();
    final List<String> bylines = new ArrayList<>();
    private final Deque<Double> recentWidths = new ArrayDeque<>();
    /** Opened by a mark of a new article: a dateline, a continuation marker, or a byline line above it. */
    final boolean startMarked;
    Integer continuedFrom;
    Integer continuedTo;
    /** Closed by a mark of its end: a byline closing the body or a continuation to another page. */
    boolean endMarked;
    /** Closed by heading lines inside a running article: whether they head a new one is decided later. */
    boolean closedByHeading;
    /** A blank line (or the page's start) stood before the first line read into it, its byline line or its text. */
    final boolean afterBlank;
    /** A picture's credit stood right above its first line: the heading lines above that are a picture's or its own. */
    boolean underCredit;
    /** Its one paragraph stood over a picture's credit and a mark opening the next text: the picture's caption. */
    boolean caption;
    /**
     * It is one short paragraph with no mark and no credit, and a picture's credit stood right under it: a caption,
     * standing where the extraction put it, away from its article's text.
     */
    boolean overCredit;
    /**
     * A picture's credit stood right under its last line, over the heading lines that closed it: the credit closes a
     * picture story's text, as its picture's.
     */
    boolean closedByCredit;
    /** Heading lines set across the columns of the texts around them stood right above its first line. */
    boolean underAcross;
    /** A column's label (体坛速递 ●●●, 科技快讯) stood over the heading lines above it. */
    boolean underColumnLabel;
    /** The bracket of names on a line of its own that credited and closed it (（甲、乙）), or null. */
    String closingCredit;
    /** The byline line above its text that opened it (本报记者 甲 乙), or null. */
    String openingCredit;
    /** How many of its bylines its opening credited: a byline line above its text, its dateline's bracket. */
    private int openingNames;
    /** Paragraphs begun after its first, and how many of them after a blank line. */
    int paragraphStarts;
    int paragraphStartsAfterBlank;
    private StringBuilder paragraph = new StringBuilder();
    private String lastLine;
    /** {@link #endsListRow}: the last line read is a list's row. */
    private boolean inList;
    /** The body as last joined, until a line, a sub-heading or a draft is added: the page's evidence reads it often. */
    private String body;

    Draft(boolean startMarked, boolean afterBlank) {
        this.startMarked = startMarked;
        this.afterBlank = afterBlank;
    }

    /** Credits these reporters, each once: a name a dateline's bracket gave is not given again by a closing one. */
    void credit(List<String> names) {
        for (String name : names) {
            if (!bylines.contains(name)) {
                bylines.add(name);
            }
        }
    }

    /** Paragraphs read so far, the open one included. */
    int paragraphCount() {
        return paragraphs.size() + (paragraph.isEmpty() ? 0 : 1);
    }

    /** The first paragraph read so far (the open one if it is the first), or "". */
    String firstParagraph() {
        return paragraphs.isEmpty() ? paragraph.toString() : paragraphs.get(0);
    }

    /** The paragraph read last, the open one if any: the last paragraph of {@link #body()}. */
    String lastParagraph() {
        if (!paragraph.isEmpty()) {
            return paragraph.toString();
        }
        return paragraphs.isEmpty() ? "" : paragraphs.get(paragraphs.size() - 1);
    }

    boolean isEmpty() {
        return paragraphs.isEmpty() && paragraph.isEmpty();
    }

    /** Removes the last paragraph, ended here if it was open, and returns it. */
    String takeLastParagraph() {
        endParagraph();
        body = null;
        return paragraphs.remove(paragraphs.size() - 1);
    }

    void endParagraph() {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph = new StringBuilder();
        }
    }

    /**
     * Adds a line, joining it to the open paragraph unless that paragraph has visibly ended, or the line opens a list's
     * next item (2.审议…) where the line above ended no clause.
     */
    void addLine(String line, boolean afterBlank, boolean flowing) {
        body = null;
        if (paragraph.isEmpty()) {
            countStart(afterBlank);
            paragraph.append(line);
        } else if (endsParagraphBefore(line, afterBlank, flowing)) {
            endParagraph();
            countStart(afterBlank);
            paragraph.append(line);
        } else {
            Text.appendWrapped(paragraph, line);
        }
        inList = Headlines.isListRow(line) || inList && Headlines.isListRow(line, Headlines.MIN_LIST_TAIL_ITEMS);
        lastLine = line;
        recentWidths.addLast(Text.width(line));
        if (recentWidths.size() > RECENT_LINES) {
            recentWidths.removeFirst();
        }
    }

    /**
     * The last line read ends its paragraph before this one: it finished a sentence and was short (or a blank line or
     * a flowing layout's line break followed), this one opens a list's item, or it was a row of a list.
     */
    private boolean endsParagraphBefore(String line, boolean afterBlank, boolean flowing) {
        if (endsListRow()) {
            return true;
        }
        return Text.endsSentence(lastLine) && (flowing || afterBlank || isShort(lastLine))
                || Headlines.opensListItem(line) && !Text.endsClause(lastLine);
    }

    private void countStart(boolean afterBlank) {
        if (!paragraphs.isEmpty()) {
            paragraphStarts++;
            paragraphStartsAfterBlank += afterBlank ? 1 : 0;
        }
    }

    /** The paragraph being read, not yet ended. */
    String openParagraph() {
        return paragraph.toString();
    }

    /** The paragraph being read opens with these characters. */
    boolean openParagraphOpensWith(String prefix) {
        if (paragraph.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (paragraph.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    int openParagraphLength() {
        return paragraph.length();
    }

    /**
     * The open paragraph ended a sentence, maybe with a bracketed note after it (…。（据新华社）, …。（相关报道见第三版）):
     * what follows may start a new paragraph or a sub-heading.
     */
    boolean atParagraphEnd() {
        return paragraph.isEmpty() || (lastLine != null
                && (Text.endsSentence(lastLine) || Text.endsSentenceAndNote(lastLine) || endsListRow()));
    }

    /**
     * The last line read is a row of a list (names spaced apart), or the list's last row under one: a line of its own,
     * ended without a full stop.
     */
    boolean endsListRow() {
        return inList;
    }

    /**
     * One or two lines, the last visibly shorter than the column: a block of full-width lines after a
     * finished sentence is the next paragraph cut by a column break, not a sub-heading.
     */
    boolean isSubheadingShape(List<String> lines, boolean flowingLayout) {
        if (lines.size() > 2) {
            return false;
        }
        return flowingLayout || isShort(lines.get(lines.size() - 1));
    }

    /** A sub-heading inside the article: a paragraph of its own, and the next line starts another. */
    void addSubheading(String text) {
        body = null;
        endParagraph();
        paragraphs.add(text);
        lastLine = null;
        inList = false;
    }

    /** The names its opening credited: a byline line's, or its dateline's bracket's. */
    List<String> openingBylines() {
        return bylines.subList(0, openingNames);
    }

    /**
     * The names a bracket closing its last line credited, where no line of their own held them (…。（甲）); empty
     * otherwise.
     */
    List<String> trailingBylines() {
        return endMarked && closingCredit == null ? bylines.subList(openingNames, bylines.size()) : List.of();
    }

    /** Opened by a byline line above its text: credits its names and keeps the line. */
    void openCredited(String line, List<String> names) {
        openingCredit = line;
        creditOpening(names);
    }

    /** Credits the names its opening gives: a byline line's, or its dateline's bracket's. */
    void creditOpening(List<String> names) {
        credit(names);
        openingNames = bylines.size();
    }

    /**
     * Takes in the paragraphs and bylines of the draft after it, which continues this article. The credits of a part
     * of an article credited already (its dateline's or byline line's reporter) — a package item's byline line or
     * dateline, the bracket closing its last section — are who else reported: kept in its text, where the page prints
     * them; the article keeps the credit it had.
     */
    void absorb(List<String> subheadings, Draft next) {
        body = null;
        endParagraph();
        paragraphs.addAll(subheadings);
        boolean credited = !bylines.isEmpty();
        List<String> names = next.bylines;
        if (credited) {
            if (next.openingCredit != null) {
                paragraphs.add(next.openingCredit);
            }
            names = names.subList(next.openingNames, names.size());
        }
        paragraphs.addAll(next.paragraphs);
        if (next.closingCredit != null && credited) {
            paragraphs.add(next.closingCredit);
        } else {
            credit(names);
        }
        continuedTo = next.continuedTo;
        endMarked = next.endMarked;
        closedByHeading = next.closedByHeading;
    }

    /** Visibly shorter than the column it is set in. */
    private boolean isShort(String line) {
        double max = 0;
        for (double w : recentWidths) {
            max = Math.max(max, w);
        }
        return Text.width(line) < max - SHORT_BY;
    }

    String body() {
        if (body == null) {
            List<String> all = new ArrayList<>(paragraphs);
            if (!paragraph.isEmpty()) {
                all.add(paragraph.toString());
            }
            body = String.join("\n", all);
        }
        return body;
    }
}
