package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.newsflow.enrich.split.HeadlineAssigner.ZoneLine;

/**
 * Reads a page's blocks in order into drafts of articles and the zones of headline lines between them.
 *
 * <p>Openers — a dateline, a continuation marker, a byline line with body text after it — start an article; a byline
 * closing the body or a （下转第N版） ends one; body text after an ended article starts a new one. Headline-like blocks
 * between articles form zones. Inside a running article, heading lines after a finished sentence close it only
 * for now ({@link Draft#closedByHeading}): whether they head a new article or are a sub-heading of the running one is
 * decided once the whole page is read ({@link Boundaries}). Lines wrapped by the column are joined, also across
 * blank lines that fall in the middle of a sentence.
 */
final class PageReader {

    /** What an attribution opens with: the dash before who spoke the quote above it. */
    private static final String ATTRIBUTION_DASH = "——";
    /** Characters at least of a title set under its byline line: labels opening a text have two to four. */
    private static final int MIN_TITLE_UNDER_BYLINE = 5;
    /**
     * Marks of a clause: a title set under its byline line holds none, where a text's opening lines do; its dashed
     * subtitle may.
     */
    private static final String CLAUSE_MARKS = "，。；";
    /** Lines a data source note runs to at most. */
    private static final int CLOSING_NOTE_LINES = 4;
    /** Lines above a note read for the column's width: a paragraph's last line may stop short, two more fill it. */
    private static final int COLUMN_LINES = 3;
    /**
     * A note's first line this much narrower (in em) than the column stops short of it: full lines differ by a
     * half-width character or so, a paragraph's first may be indented by two characters (whose spaces the layout may
     * have taken off), and one full-width character more is short.
     */
    private static final double SHORT_OF_COLUMN = 3.5;
    /**
     * Characters a closing note in brackets runs to at most: a few names, an author's post, an agency's dateline — or
     * a round-up's dateline naming the cities it was filed from and a reporter in each (ten of each, some 100).
     */
    private static final int CLOSING_NOTE_CHARS = 120;
    /** Lines those characters take in the narrowest columns, of eight characters a line. */
    private static final int BRACKET_NOTE_LINES = CLOSING_NOTE_CHARS / 8;
    /**
     * Marks of enumeration (、；) a heading line in a block between blank lines may hold: two phrases joined. In a
     * block of several lines only a line above its last: a kicker listing what was done, over its title (…办220多场
     * 展览、400多场讲座 / 文化“流”到村子里); a last line holding one is more likely a sentence's opening cut off by a
     * column break (…从重政策、给).
     */
    private static final int ALONE_ENUMERATIONS = 1;
    /** Lines after a dateline's first that may still hold it and its bracket of names (columns of eight characters). */
    private static final int DATELINE_LINES = 4;

    /**
     * Who planned or compiled a feature, printed under its last paragraph (本期统筹：张三, 本版策划：李四 王五): a
     * closing note, not an editor's line of the page's furniture.
     */
    private static final Pattern COMPILED_BY = Pattern.compile(
            "^(?:本期|本版|本组|稿件)?(?:统筹|策划)[:：][\\s\\u3000]*\\p{IsHan}[\\p{IsHan}\\s\\u3000、]{0,24}$");

    /**
     * Labels of a box that sums up an article under its headline, set before its byline line and text (核心阅读 /
     * summary / 本报记者 X / text): the same words in every paper. The byline line under such a box heads no new
     * article.
     */
    private static final Set<String> LEAD_BOX_LABELS = Set.of("核心阅读", "核心提示", "阅读提示",
            "内容提要", "内容摘要", "提要", "摘要", "导读", "编者按", "编者的话", "编前");
    /** The title an agency's dispatch carries after its dateline: 题：… */
    private static final Pattern DISPATCH_TITLE = Pattern.compile("[\\s\\u3000]*题[:：]");
    /** The solid marks a summary printed right under its headline opens with, with no label over it. */
    private static final String SUMMARY_MARKS = "■●";
    /** Characters of a picture's caption at most: a sentence or two saying what the picture shows. */
    private static final int MAX_CAPTION_CHARS = 60;
    /** Characters at most of a caption of one clause, naming what the picture shows (修缮后的老铁桥夜景。). */
    private static final int MAX_CLAUSE_CAPTION = 24;
    /** Marks a caption of one clause holds none of before its full stop: a clause's or a sentence's end, a quote. */
    private static final String CAPTION_CLAUSE_BREAKS = "，,。；！？“”\"";
    /** The word a caption opens with to point at its picture: 图为, 上图, 下图：, 题图. */
    private static final Pattern CAPTION_POINTER = Pattern.compile("(?:图为|[上下左右题]图[:：为]?)");
    /** Who stands where in a picture: （左）, （右二）, （前排左三）, （中）. */
    private static final Pattern CAPTION_POSITION = Pattern.compile("[（(](?:前排|后排)?[左右中](?:[一二三四五六七八九]|起)?[）)]");
    /** One sentence opening with the day, as a photograph's caption dates what it shows: 6月9日，…。 */
    private static final Pattern DATED_SENTENCE = Pattern.compile("\\d{1,2}月\\d{1,2}日[，,][^。！？!?]+[。！？!?]");
    /** Paragraphs a summary box holds at most: a few sentences, or a few points. */
    private static final int LEAD_BOX_PARAGRAPHS = 3;
    /** The characters the labels of {@link #LEAD_BOX_LABELS} end with. */
    private static final String LABEL_ENDS = LEAD_BOX_LABELS.stream().map(l -> l.substring(l.length() - 1)).distinct()
            .collect(Collectors.joining());
    /** Characters a line holding a box's label alone runs to at most, its marks and spaces counted. */
    private static final int MAX_LABEL_LINE = 12;

    private final List<Block> blocks;
    private final boolean flowing;
    final List<Draft> drafts = new ArrayList<>();
    /** n+1 zones for n drafts: zone i lies before draft i, the last after the last draft. */
    final List<List<ZoneLine>> zones = new ArrayList<>();
    final List<String> furniture = new ArrayList<>();
    /** Names of byline lines and brackets that credited no article: the page's bylines stand where none was read. */
    final List<String> unplacedBylines = new ArrayList<>();
    private Draft open;
    /**
     * A blank line stands above the block being read, or above the furniture right before it: a picture credit under
     * a headline, a blank line above it, does not join the headline to the text below it.
     */
    private boolean blankAbove;
    /** The furniture right above the block being read holds a picture's credit (X摄, 某某供图). */
    private boolean creditAbove;
    /** The column of the body text read last, NaN before any. */
    private double textColumn = Double.NaN;

    /** The page prints its byline lines under the texts they credit ({@link #bylinesCloseTexts}). */
    private boolean bylinesClose;

    /** Byline lines read right over the next one, to be credited with it. */
    private final List<Block> bylinesAbove = new ArrayList<>();

    PageReader(List<Block> blocks, boolean flowing) {
        this.blocks = blocks;
        this.flowing = flowing;
        zones.add(new ArrayList<>());
    }

    void read() {
        bylinesClose = bylinesCloseTexts();
        boolean furnitureApart = false;
        boolean credited = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            blankAbove = block.afterBlank || furnitureApart;
            furnitureApart = block.isFurniture() && blankAbove;
            creditAbove = credited;
            credited = block.isFurniture() && (credited || holdsCredit(block));
            if (credited && !creditAbove) {
                markOverCredit();
                cutCaption();
            }
            switch (block.kind) {
                case FURNITURE -> {
                    furniture.add(block.text());
                    if (closesArticle(block)) {
                        close();
                    }
                }
                case BYLINE -> byline(i, block);
                default -> {
                    if (titlesChart(i, block)) {
                        furniture.add(block.text());
                    } else {
                        text(i, block);
                    }
                }
            }
        }
        close();
    }

    /**
     * An editor's credit right after the open article's last sentence closes the article: it is printed under an
     * article or at the foot of a page, never inside a text, so the heading lines under it head the next article.
     */
    private boolean closesArticle(Block furnitureBlock) {
        return open != null && open.atParagraphEnd() && furnitureBlock.lines.stream().anyMatch(Furniture::isEditorLine);
    }

    /** The open text, one caption's paragraph with no mark or credit, stands right over a picture's credit. */
    private void markOverCredit() {
        if (open != null && !open.startMarked && open.bylines.isEmpty() && open.paragraphCount() == 1
                && open.atParagraphEnd() && Text.contentLength(open.firstParagraph()) <= MAX_CAPTION_CHARS) {
            open.overCredit = true;
        }
    }

    /**
     * The open text's last paragraph, right over a picture's credit, says what the picture shows ({@link #isCaption}):
     * the caption printed beside the text, which the extraction ran into it. It goes to the furniture, as its credit.
     */
    private void cutCaption() {
        if (open != null && open.paragraphCount() > 1 && open.atParagraphEnd() && isCaption(open.lastParagraph())) {
            furniture.add(open.takeLastParagraph());
        }
    }

    /**
     * A picture's caption: short, and opening with the word that points at the picture (图为…, 上图：…), or naming who
     * stands where in it (某某（左二）…), or one sentence dated as a photograph is (6月9日，…。). An article's last
     * paragraph says more than one sentence or goes on past a date's day.
     */
    static boolean isCaption(String paragraph) {
        String p = paragraph.strip();
        if (Text.contentLength(p) > MAX_CAPTION_CHARS || !Text.endsSentence(p)) {
            return false;
        }
        return CAPTION_POINTER.matcher(p).lookingAt() || CAPTION_POSITION.matcher(p).find()
                || DATED_SENTENCE.matcher(p).matches() || Text.contentLength(p) <= MAX_CLAUSE_CAPTION
                && !Text.containsAny(p.substring(0, p.length() - 1), CAPTION_CLAUSE_BREAKS);
    }

    /** A line of the furniture block is a picture's credit. */
    private static boolean holdsCredit(Block furniture) {
        for (String line : furniture.lines) {
            if (Furniture.isCreditLine(line.strip())) {
                return true;
            }
        }
        return false;
    }

    private void text(int i, Block block) {
        List<String> author = authorUnderHeadline(i, block);
        if (author != null) {
            openCredited(block.lines.get(0).strip(), author);
        } else if (noteTarget(block.lines.get(0)) != null && closingNoteEnd(block.lines, 0) == block.lines.size()) {
            closeWithNote(block.lines);
        } else if (isHeadingBetweenMarks(i, block)) {
            close();
            zoneLines(block);
        } else if (headsUnderItsByline(i, block)) {
            // the headline of the article its byline line opened: weighed as heading it, from above
            zoneLines(block, zoneAboveOpen());
        } else if (!block.isHeadlineLike(flowing) || openedByBylineLine() || opensIndentedParagraph(block)
                || continuesList(block)) {
            readBody(i, block);
        } else if (isAttribution(block)) {
            readBody(i, block);
            // a byline after the attribution has closed the article already
            if (open != null) {
                open.endParagraph();
            }
        } else if (open == null || onlyHeadlinesUntilOpener(i) && !isExclamation(block)) {
            close();
            boxAfterCredit(block);
            zoneLines(block);
        } else if (headsAfterParagraph(i, block)) {
            open.closedByHeading = true;
            open.closedByCredit = creditAbove;
            close();
            zoneLines(block);
        } else {
            readBody(i, block);
        }
    }

    /**
     * The block is a chart's title: a heading line naming a chart (…示意图, …一览表) right over the chart's credit
     * (制图：某某). A chart stands beside the texts and heads none of them. A headline may stand over a chart's credit
     * too, set between it and the article's text, but it names what the article reports.
     */
    private boolean titlesChart(int i, Block block) {
        if (!blankAbove || i + 1 >= blocks.size() || block.lines.size() != 1
                || !Furniture.namesChart(block.lines.get(0))) {
            return false;
        }
        Block credit = blocks.get(i + 1);
        return credit.isFurniture() && !credit.afterBlank && Furniture.isChartCredit(credit.lines.get(0))
                && block.isHeadlineLike(flowing);
    }

    /**
     * The block is a box's label alone (记者追访, 相关链接) right under an article its credit closed: the box is about
     * that article, printed after its signature, so the label is weighed as a sub-heading of it. Not after the mark
     * an agency ends its copy with (（完）), which names no one: nothing goes on after it.
     */
    private void boxAfterCredit(Block block) {
        if (block.lines.size() == 1 && !drafts.isEmpty() && currentZone().isEmpty()
                && Boundaries.isAppendixLabel(block.lines.get(0))) {
            Draft above = drafts.get(drafts.size() - 1);
            above.closedByHeading |= above.endMarked && !above.bylines.isEmpty();
        }
    }

    /**
     * The block is shaped as heading lines after the open article's paragraph has ended: with a finished sentence, or
     * with a caption a picture's credit right above closes, however the caption ends.
     */
    private boolean headsAfterParagraph(int i, Block block) {
        return (open.atParagraphEnd() || creditAbove) && isHeadingShape(block, standsAlone(i));
    }

    /**
     * The open article's last line is a row of a list and the block's lines are rows of short words too: the list's
     * last row, however few names it holds (罗  军), not a headline.
     */
    private boolean continuesList(Block block) {
        return open != null && open.endsListRow()
                && block.lines.stream().allMatch(l -> Headlines.isListRow(l, Headlines.MIN_LIST_TAIL_ITEMS));
    }

    /**
     * Where the extraction kept indents, a block opening with an indented line opens a paragraph, and ends the one
     * open above: headlines are set flush or centred, never indented as a paragraph is.
     */
    private static boolean opensIndentedParagraph(Block block) {
        return block.keptIndents && block.hasLeadingSpace(0);
    }

    /**
     * Heading lines inside a running article: each a heading line (few commas, no enumeration), not an indented
     * paragraph's first line, and not all of them full lines of the column — a block of full lines without
     * punctuation is body text cut by a column break — unless the block is one line: in narrow columns a title fills
     * the column, while a column break leaves one line between blank lines only where a column holds a single line.
     * Lines set across columns are heading lines whatever else they show, a kicker's commas and enumerations too,
     * unless they finish a sentence: a column lets a sentence's closing marks hang past its edge.
     */
    private boolean isHeadingShape(Block block, boolean alone) {
        boolean columns = !flowing && !Double.isNaN(block.column);
        if (columns && PageLayout.isSetAcross(block.lines, block.column)
                && !Text.endsSentence(block.lines.get(block.lines.size() - 1))) {
            return true;
        }
        int last = block.lines.size() - 1;
        for (int j = 0; j <= last; j++) {
            int enumerations = alone && (j < last || last == 0) ? ALONE_ENUMERATIONS : 0;
            if (!Headlines.isHeadingLineIn(block.lines, j, enumerations)) {
                return false;
            }
        }
        return !columns || !block.isIndentedFirstLine()
                && (block.fullWidthLines() < block.lines.size() || block.lines.size() == 1);
    }

    /**
     * A dashed line right under a finished paragraph attributes what it said (——某某在会上说): it closes that
     * paragraph, with no full stop of its own. A subtitle's dash comes under a title, never under body text.
     */
    private boolean isAttribution(Block block) {
        return open != null && !open.isEmpty() && open.atParagraphEnd() && block.lines.get(0).startsWith("——");
    }

    /**
     * The block closes with ！ or ？ and holds more than one comma: an exclamation or a question closing the text
     * above, where a headline holds at most one comma between its phrases.
     */
    private static boolean isExclamation(Block block) {
        String last = block.lines.get(block.lines.size() - 1);
        return Text.endsSentence(last) && Headlines.commas(block.lines) > Headlines.MAX_COMMAS;
    }

    /**
     * Block i stands between blank lines (or the page's end): nothing is printed right above or below it, as around a
     * headline of a line or of its parts stacked. Lines of a column cut by a column break stand between blank lines
     * too; {@link #isHeadingShape} still asks each line to be a heading line and not all of them full lines of the
     * column.
     */
    private boolean standsAlone(int i) {
        return blocks.get(i).afterBlank
                && (i + 1 == blocks.size() || blocks.get(i + 1).afterBlank);
    }

    private void zoneLines(Block block) {
        zoneLines(block, currentZone());
    }

    private static void zoneLines(Block block, List<ZoneLine> zone) {
        for (int j = 0; j < block.lines.size(); j++) {
            zone.add(new ZoneLine(block.lines.get(j), j == 0, j == 0 && block.afterBlank,
                    block.keptIndents && !block.hasLeadingSpace(j)));
        }
    }

    /**
     * Block i is heading lines right under the byline line that opened the running article, over its body text: the
     * article's headline, which some pages print under the byline line (本报记者 X / 标题 / text), no heading lines
     * standing over the byline line. Under a headline and its byline line, heading lines are a label opening the text
     * (核心阅读, 编者按) or a package's first item's title, and so is a label under a byline line alone. Not lines
     * indented as a paragraph or wrapped as text either: an item's title kept in the text, a quote pulled out of it.
     */
    private boolean headsUnderItsByline(int i, Block block) {
        if (!openedByBylineLine() || !zoneAboveOpen().isEmpty() || !block.isHeadlineLike(flowing)
                || isLeadBoxLabel(block.lines.get(0).strip()) || Headlines.opensWithDevice(block.lines.get(0))
                || block.lines.stream().anyMatch(l -> !l.strip().startsWith(ATTRIBUTION_DASH)
                        && Text.containsAny(l, CLAUSE_MARKS))) {
            return false;
        }
        Block next = nextNonFurniture(i);
        return next != null && isBodyText(next) && !opensIndentedParagraph(block) && !wrapsLikeText(block)
                && isHeadingShape(block, standsAlone(i)) && isWordedTitle(block);
    }

    /**
     * A line of the block fills the column with no space between phrases in it: a sentence the column wrapped (a
     * quote pulled out of the text), where a title as wide sets its two phrases apart (某某夺冠 时隔十年重返…).
     */
    private static boolean wrapsLikeText(Block block) {
        for (String line : block.lines) {
            String s = line.strip();
            if (block.isFullWidth(line) && !Text.containsAny(s, " \u3000")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every line of the block is words, mostly Han characters, and none closes with a person's name set apart: a
     * title's, where a figure set large (53%) or an author's line under a commentary's title (某地 X) is not; and
     * longer than a label opening the text (引子, 核心阅读).
     */
    private static boolean isWordedTitle(Block block) {
        if (block.text().length() < MIN_TITLE_UNDER_BYLINE) {
            return false;
        }
        for (String line : block.lines) {
            String s = line.strip();
            long han = s.codePoints().filter(Text::isCjk).count();
            String last = s.substring(Text.lastSpace(s) + 1);
            if (han * 2 <= s.length() || last.codePoints().allMatch(Text::isCjk) && Bylines.isPersonName(last)) {
                return false;
            }
        }
        return true;
    }

    /** The open article was opened by a byline line and holds nothing yet: what follows is its text. */
    private boolean openedByBylineLine() {
        return open != null && open.startMarked && open.isEmpty();
    }

    /**
     * A byline line heads the body that follows it; with no body after it (a headline or the page's end) it credits
     * the article above — unless headline lines stand right above it, or no article above could take it (the page's
     * top, an article credited already): then it heads the text below, which may open with a label of its own
     * (核心阅读, 编者按) shaped like a headline. Under a box summing up the article (核心提示 / summary) or an agency's
     * dispatch title (…电 题：…), the byline line credits the article that opened, and its text runs on in it.
     */
    private void byline(int i, Block block) {
        Block next = nextNonFurniture(i);
        bylinesAbove.add(block);
        if (next != null && next.kind == Block.Kind.BYLINE && !next.afterBlank) {
            // byline lines one under the other, each cut off by the mark it opens with (■本报记者 X / ■通讯员 Y): one
            // credit, read with the last of them
            return;
        }
        List<String> names = bylinesAbove.stream().flatMap(b -> b.names.stream()).toList();
        String line = bylinesAbove.stream().map(PageReader::unwrapped).collect(Collectors.joining(" "));
        bylinesAbove.clear();
        creditBylineLine(next, line, names);
    }

    /** The block's lines joined as the column wrapped them: one line's text. */
    private static String unwrapped(Block block) {
        return block.lines.stream().map(String::strip).reduce("", Text::joinWrapped);
    }

    /** Credits the names of a byline line (its text given) to the text under it, or to the article above. */
    private void creditBylineLine(Block next, String line, List<String> names) {
        if (open != null && (isLeadBox(open) || isDispatchTitle(open))) {
            open.credit(names);
            open.endParagraph();
            return;
        }
        if (bylinesClose && open != null && open.bylines.isEmpty()) {
            // this page prints each text's byline line under it
            creditLast(names);
            return;
        }
        boolean headed = open == null && !currentZone().isEmpty();
        if (next != null && next.isText() && (headed || !next.isHeadlineLike(flowing) || creditTarget() == null)) {
            openCredited(line, names);
        } else {
            creditLast(names);
        }
    }

    /**
     * The running article holds only its dateline and the title an agency dispatches it under (新华社北京5月21日电
     * 题：…): the byline line and the text under it are the same dispatch.
     */
    private static boolean isDispatchTitle(Draft d) {
        if (!d.startMarked || !d.bylines.isEmpty() || d.paragraphCount() != 1) {
            return false;
        }
        String first = d.firstParagraph();
        String dateline = Markers.dateline(first);
        return dateline != null && DISPATCH_TITLE.matcher(first.substring(dateline.length())).lookingAt();
    }

    /**
     * This page prints its byline lines under the texts they credit (text / 记者 X 实习生 Y / the next text), not over
     * them: the page's first text stands before any byline line, every byline line right under a finished text, and
     * no text but heading lines after the last. A page that opens its articles with byline lines has one over its
     * first text, or text under its last.
     */
    private boolean bylinesCloseTexts() {
        int first = -1;
        for (int i = 0; i < blocks.size() && first < 0; i++) {
            first = blocks.get(i).kind == Block.Kind.BYLINE ? i : -1;
        }
        // most pages open their first article with its byline line: they are ruled out before the rest is read
        if (first < 0 || !anyBodyText(0, first)) {
            return false;
        }
        int last = first;
        for (int i = first; i < blocks.size(); i++) {
            if (blocks.get(i).kind == Block.Kind.BYLINE) {
                last = i;
                Block above = previousNonFurniture(i);
                if (above == null || !isBodyText(above) || !Text.endsSentence(above.text())) {
                    return false;
                }
            }
        }
        return !anyBodyText(last + 1, blocks.size());
    }

    private boolean anyBodyText(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isBodyText(blocks.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isBodyText(Block b) {
        return b.isText() && !b.isHeadlineLike(flowing);
    }

    private Block previousNonFurniture(int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!blocks.get(k).isFurniture()) {
                return blocks.get(k);
            }
        }
        return null;
    }

    /** Opens an article that a credit of its reporters, on a line of its own above its text, marks. */
    private void openCredited(String line, List<String> names) {
        markCaption(0);
        close();
        open = new Draft(true, blankAbove);
        open.openCredited(line, names);
        drafts.add(open);
        zones.add(new ArrayList<>());
    }

    /**
     * Block i is one line of names alone, spread wide (张 明) or after a solid mark (■ 李晓梅), right under headline
     * lines and above body text: the author of the article below, as commentaries print theirs, and no part of its
     * headline. The names, else null.
     */
    private List<String> authorUnderHeadline(int i, Block block) {
        if (open != null || currentZone().isEmpty() || block.lines.size() != 1) {
            return null;
        }
        String line = block.lines.get(0);
        List<String> names = Bylines.spreadNames(line);
        if (names == null) {
            names = Bylines.solidMarkedNames(line);
        }
        if (names == null) {
            return null;
        }
        return textBelow(i) ? names : null;
    }

    /** The next block after block i that is not furniture is body text, not heading lines. */
    private boolean textBelow(int i) {
        Block next = nextNonFurniture(i);
        return next != null && next.isText() && !next.isHeadlineLike(flowing);
    }

    /** The line is the label of a box summing up the article below it (【核心阅读】, 编者按：). */
    static boolean isLeadBoxLabel(String line) {
        // every label ends with one of a few characters: asked first, as most short lines are no label
        return line.length() <= MAX_LABEL_LINE && Text.containsAny(line, LABEL_ENDS)
                && LEAD_BOX_LABELS.contains(Headlines.labelWords(line));
    }

    /**
     * The running article is no more than a box summing it up so far: a few paragraphs, no mark and no byline yet,
     * under one of the labels of such boxes (on a line above it, as its first paragraph, or opening its text: 编者按：…),
     * or opened by a solid mark right under the headline.
     */
    private boolean isLeadBox(Draft d) {
        if (d.startMarked || !d.bylines.isEmpty() || d.isEmpty() || d.paragraphCount() > LEAD_BOX_PARAGRAPHS
                || drafts.get(drafts.size() - 1) != d) {
            return false;
        }
        List<ZoneLine> above = zones.get(zones.size() - 2);
        if (!above.isEmpty() && LEAD_BOX_LABELS.contains(Headlines.labelWords(above.get(above.size() - 1).text()))) {
            return true;
        }
        String first = d.firstParagraph();
        if (isLeadBoxLabel(first.strip())) {
            // the label read as the box's first paragraph
            return true;
        }
        if (!above.isEmpty() && SUMMARY_MARKS.indexOf(Text.firstChar(first.strip())) >= 0) {
            // a summary a solid mark opens, right under the headline (■ 入冬以来，…)
            return true;
        }
        int colon = first.indexOf('：') >= 0 ? first.indexOf('：') : first.indexOf(':');
        return colon > 0 && LEAD_BOX_LABELS.contains(Headlines.labelWords(first.substring(0, colon)));
    }

    private Block nextNonFurniture(int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            if (!blocks.get(j).isFurniture()) {
                return blocks.get(j);
            }
        }
        return null;
    }

    /**
     * Block i stands between an article its end closed (a byline, a note), or the page's top, and one a mark opens (a
     * dateline, a byline line), and finishes no sentence: no article's text, and no part of the article closed above —
     * a headline, however its lines are wrapped. A page's text does not begin with a sentence left unfinished.
     */
    private boolean isHeadingBetweenMarks(int i, Block block) {
        boolean pageTop = open == null && drafts.isEmpty();
        boolean afterClosed = open == null && !drafts.isEmpty() && drafts.get(drafts.size() - 1).endMarked
                && currentZone().isEmpty();
        if (!pageTop && !afterClosed || block.lines.size() > Headlines.MAX_LINES) {
            return false;
        }
        for (String line : block.lines) {
            if (Text.endsSentence(line) || line.contains("。") || Markers.opensArticle(line)) {
                return false;
            }
        }
        Block next = nextNonFurniture(i);
        return next != null && opensArticle(next);
    }

    /** The block opens an article by a mark: it is a byline line, or it opens with a dateline. */
    private static boolean opensArticle(Block b) {
        return b.kind == Block.Kind.BYLINE || Markers.opensArticleAt(b.lines, 0);
    }

    /** From block i on, only headline-like blocks (or furniture) until an opener or the end of the page. */
    private boolean onlyHeadlinesUntilOpener(int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b.isFurniture()) {
                continue;
            }
            if (opensArticle(b)) {
                return true;
            }
            if (!b.isHeadlineLike(flowing)) {
                return false;
            }
        }
        return true;
    }

    private void readBody(int i, Block block) {
        for (int j = 0; j < block.lines.size(); j++) {
            j = readLine(i, block, j);
        }
        textColumn = block.column;
    }

    /** Reads line j of body block i; returns the last line it read (a closing note takes several). */
    private int readLine(int i, Block block, int j) {
        String line = block.lines.get(j);
        if (Furniture.isEditorLine(line)) {
            furniture.add(line);
            return j;
        }
        Optional<Bylines.Trailing> byline = afterBareDateline(line) ? Optional.empty()
                : Bylines.trailing(line, inAttribution(line));
        if (byline.isPresent() && byline.get().rest().isEmpty()) {
            namesAlone(line, byline.get().names(), textFollows(i, block, j));
            return j;
        }
        boolean paragraphStart = openParagraphAt(block, j);
        int noteEnd = paragraphStart && noteTarget(line) != null ? closingNoteEnd(block.lines, j) : -1;
        if (noteEnd > 0) {
            closeWithNote(block.lines.subList(j, noteEnd));
            return noteEnd - 1;
        }
        if (paragraphStart && Markers.opensArticleAt(block.lines, j)) {
            line = startArticle(block.lines, j, line, j == 0 && blankAbove);
            if (line.isEmpty()) {
                return j;
            }
        } else if (open == null) {
            openUnmarked(block, j);
        }
        addText(byline.map(Bylines.Trailing::rest).orElse(line), j == 0 && block.afterBlank, byline);
        return j;
    }

    /**
     * Opens an article that no mark opens at line j of the block, noting what stood right above its first line: a
     * picture's credit, heading lines set across the columns of the texts around them.
     */
    private void openUnmarked(Block block, int j) {
        open = new Draft(false, j == 0 && blankAbove);
        open.underCredit = j == 0 && creditAbove;
        open.underAcross = j == 0 && !flowing && PageLayout.isSetAcross(
                currentZone().stream().map(ZoneLine::text).toList(), Math.max(textColumn, block.column));
        drafts.add(open);
        zones.add(new ArrayList<>());
    }

    /**
     * The line closes an attribution with a bracket: the paragraph it opens or goes on with opens with a dash and has
     * no full stop (——某某在会上说 （张三）). A dash also opens the items of a list, each a sentence of its own.
     */
    private boolean inAttribution(String line) {
        if (!Text.closesWithBracket(line) || Text.containsAny(line, Text.FULL_STOPS)) {
            return false;
        }
        if (line.startsWith(ATTRIBUTION_DASH)) {
            return true;
        }
        if (open == null) {
            return false;
        }
        // the open paragraph is copied only where it opens with the dash
        return open.openParagraphOpensWith(ATTRIBUTION_DASH)
                && !Text.containsAny(open.openParagraph(), Text.FULL_STOPS);
    }

    /**
     * The open paragraph holds nothing but a dateline: a bracket of names on the next line is the dateline's own
     * (新华社莫斯科2月19日电 / （记者 甲 乙）), part of the text as it is where the line runs on, not a byline closing it.
     */
    private boolean afterBareDateline(String line) {
        if (open == null || line.isEmpty() || line.charAt(0) != '（' && line.charAt(0) != '('
                || open.openParagraphLength() > Markers.MAX_DATELINE) {
            return false;
        }
        String paragraph = open.openParagraph();
        String dateline = paragraph.isEmpty() ? null : Markers.dateline(paragraph);
        return dateline != null && dateline.length() == paragraph.strip().length();
    }

    /**
     * Whether line j starts a paragraph: after a finished sentence, or after the article above was closed (by a
     * byline or a note); or where the extraction kept an indent, which ends the open paragraph before the line.
     */
    private boolean openParagraphAt(Block block, int j) {
        if (open != null && block.hasLeadingSpace(j) && (j > 0 || block.keptIndents)) {
            open.endParagraph();
            return true;
        }
        return j == 0 || open == null || Text.endsSentence(block.lines.get(j - 1));
    }

    /**
     * The article's last paragraph closes with a note that ends it: the source it was taken from, or a pointer to the
     * page its story is on (a teaser's).
     */
    private static boolean closesWithNote(Draft d) {
        String last = d.lastParagraph();
        return Markers.endsWithSource(last) || Bylines.endsWithPagePointer(last);
    }

    /** A line's text into the open article; a byline or a continuation to another page closing it ends the article. */
    private void addText(String line, boolean afterBlank, Optional<Bylines.Trailing> byline) {
        Integer to = Markers.continuedTo(line);
        String text = to == null ? line : Markers.stripContinuedTo(line);
        if (!text.isEmpty()) {
            open.addLine(text, afterBlank, flowing);
        }
        if (byline.isPresent()) {
            open.credit(byline.get().names());
            open.endMarked = true;
            close();
        } else if (to != null || Markers.endsCopy(text) || Text.closesWithBracket(text) && closesWithNote(open)) {
            open.continuedTo = to;
            open.endMarked = true;
            close();
        }
    }

    /**
     * Opens an article at line j (a byline line just above already opened it, or a box summing it up under its
     * headline) and returns the line's text to read: without a continuation marker; the names in brackets after a
     * dateline become its bylines.
     */
    private String startArticle(List<String> lines, int j, String line, boolean afterBlank) {
        if (open != null && isLeadBox(open)) {
            // a box summing up the article (编者按：…) over a dateline: the report it introduces, under one headline
            open.endParagraph();
        } else if (!openedByBylineLine()) {
            markCaption(j);
            close();
            open = new Draft(true, afterBlank);
            drafts.add(open);
            zones.add(new ArrayList<>());
        }
        Integer from = Markers.continuedFrom(line);
        if (from != null) {
            open.continuedFrom = from;
            return Markers.stripContinuedFrom(line);
        }
        // a dateline and its bracket of names may run over a few lines of a narrow column
        List<String> head = new ArrayList<>(lines.subList(j, Math.min(lines.size(), j + DATELINE_LINES + 1)));
        head.set(0, line);
        String joined = String.join("", head);
        String dateline = Markers.dateline(joined);
        // reporters credited up to 报道 with no dateline before them open the text as a dateline does
        List<String> names = dateline != null ? datelineNames(head, joined, dateline) : Bylines.runInCredit(line);
        if (names != null && open.bylines.isEmpty()) {
            open.creditOpening(names);
        }
        return line;
    }

    /**
     * The open text is one paragraph with a picture's credit right under it, and a mark (a dateline at line j of the
     * block, a byline line) opens the text after the credit: the paragraph is the caption of a picture printed with
     * that article, not an article of its own.
     */
    private void markCaption(int j) {
        if (j == 0 && creditAbove && open != null && !open.startMarked && open.bylines.isEmpty()
                && open.paragraphCount() == 1) {
            open.caption = true;
        }
    }

    /**
     * The names in the bracket after the dateline opening the lines of {@code head}, {@code joined} those lines joined.
     * Where the dateline stands whole on the first line, a line break inside the bracket falls between two names
     * (（张明海 / 李雪）) or inside one (（记者林 / 晓峰）): it is read as a space first, and as nothing where that
     * leaves a name broken or one that opens with no surname.
     */
    private static List<String> datelineNames(List<String> head, String joined, String dateline) {
        if (head.size() > 1 && dateline.length() <= head.get(0).length()) {
            List<String> names = Bylines.inDateline(String.join(" ", head), dateline);
            if (!names.isEmpty() && names.stream().allMatch(Surnames::startsName)) {
                return names;
            }
        }
        return Bylines.inDateline(joined, dateline);
    }

    /**
     * Where a closing note starting at line j ends (exclusive), else -1: a bracket standing alone after the article's
     * last sentence — its source (（新华社北京5月21日电）), its author (（作者为…）, （执笔：…）), who compiled it — is
     * the last thing an article prints; so is a line naming who planned or compiled a feature. A bracket closing a
     * sentence's words in the middle of a line is not one, nor a continuation marker from or to another page
     * (（上接第1版）, （下转第9版）): the one opens a text, the other says on which page it goes on.
     */
    static int closingNoteEnd(List<String> lines, int j) {
        String first = lines.get(j);
        if (isCompiledBy(first)) {
            return j + 1;
        }
        if (first.indexOf("来源") >= 0 && Bylines.SOURCE_NOTE.matcher(first).lookingAt() && !Text.endsSentence(first)) {
            return sourceNoteEnd(lines, j);
        }
        boolean bracket = !first.isEmpty() && (first.charAt(0) == '（' || first.charAt(0) == '(');
        if (!bracket || Markers.continuedFrom(first) != null || Markers.continuedTo(first) != null
                || Bylines.trailing(first).isPresent()) {
            return -1;
        }
        int chars = 0;
        for (int k = j; k < lines.size() && k < j + BRACKET_NOTE_LINES; k++) {
            String line = lines.get(k);
            chars += line.length();
            int close = Math.max(line.indexOf('）'), line.indexOf(')'));
            if (close >= 0) {
                return close == line.length() - 1 && chars <= CLOSING_NOTE_CHARS ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** A line naming who planned or compiled a feature: the pattern is tried only where one of its words stands. */
    private static boolean isCompiledBy(String line) {
        return (line.contains("统筹") || line.contains("策划")) && COMPILED_BY.matcher(line).matches();
    }

    /**
     * A data source note the column wrapped runs on in the lines after it until one ends short of the first. A note
     * whose first line stops short of the text above it was not wrapped: it ends there.
     */
    private static int sourceNoteEnd(List<String> lines, int j) {
        double width = Text.width(lines.get(j));
        int end = j + 1;
        if (width < widestAbove(lines, j) - SHORT_OF_COLUMN) {
            return end;
        }
        while (end < lines.size() && end < j + CLOSING_NOTE_LINES && Text.width(lines.get(end - 1)) >= width
                && Headlines.isHeadlineLine(lines.get(end), true) && !Markers.opensArticle(lines.get(end))) {
            end++;
        }
        return end;
    }

    /** The widest of the few lines above line j: the column's width, as the text above a note fills it. */
    private static double widestAbove(List<String> lines, int j) {
        double widest = 0;
        for (int k = Math.max(0, j - COLUMN_LINES); k < j; k++) {
            widest = Math.max(widest, Text.width(lines.get(k)));
        }
        return widest;
    }

    /**
     * The article a closing note would close: the running one after a finished sentence, or the one just closed by a
     * byline when nothing has come since (the note stands after the byline).
     */
    private Draft noteTarget() {
        if (open != null) {
            return open.atParagraphEnd() ? open : null;
        }
        return drafts.isEmpty() || !currentZone().isEmpty() ? null : drafts.get(drafts.size() - 1);
    }

    /**
     * The article a closing note opening with the given line would close: also the running one in the middle of an
     * attribution, which has no full stop of its own (——某某在会上说 / （本报记者 张三 李四整理）).
     */
    private Draft noteTarget(String first) {
        Draft target = noteTarget();
        if (target == null && open != null && !first.startsWith(ATTRIBUTION_DASH) && inAttribution(first)) {
            return open;
        }
        return target;
    }

    /** A closing note is the article's last paragraph, and nothing after it is part of the article. */
    private void closeWithNote(List<String> lines) {
        Draft target = noteTarget(lines.get(0));
        target.endParagraph();
        StringBuilder note = new StringBuilder();
        for (String line : lines) {
            Text.appendWrapped(note, line);
        }
        // a source note may close with the reporters' bracket (数据来源：市统计局（张三）): the article's byline
        Optional<Bylines.Trailing> byline = Bylines.trailing(note.toString());
        if (byline.isPresent() && !byline.get().rest().isEmpty()) {
            target.addSubheading(byline.get().rest());
            target.credit(byline.get().names());
        } else {
            target.addSubheading(note.toString());
        }
        target.endMarked = true;
        close();
    }

    /** Body text follows line j of block i: the block's next line, or the next block that is not furniture. */
    private boolean textFollows(int i, Block block, int j) {
        return j + 1 < block.lines.size() || textBelow(i);
    }

    /**
     * A bracket of names on a line of its own: the byline of the article it ends; or, right after the byline that
     * closed an article, who compiled it (（本报记者 张三整理）), the article's last note; or, right under heading lines
     * and over text ({@code textBelow}), the byline of the article below, as a byline line is.
     */
    private void namesAlone(String line, List<String> names, boolean textBelow) {
        if (open == null && !currentZone().isEmpty() && textBelow) {
            openCredited(line.strip(), names);
            return;
        }
        Draft closed = open == null ? noteTarget() : null;
        if (closed != null && !closed.bylines.isEmpty()) {
            closeWithNote(List.of(line));
        } else {
            Draft credited = creditLast(names);
            if (credited != null) {
                credited.closingCredit = line.strip();
            }
        }
    }

    /**
     * A byline on a line of its own credits the article it ends, also the running one its byline line or dateline
     * credited already (a package's compiler under its last item): it ends there all the same. Returns the article
     * credited, or null.
     */
    private Draft creditLast(List<String> names) {
        Draft target = creditTarget();
        if (target == null && open != null && open.startMarked) {
            target = open;
        }
        if (target == null) {
            unplacedBylines.add(String.join(" ", names));
        } else {
            target.credit(names);
            target.endMarked = true;
            close();
        }
        return target;
    }

    /**
     * The article a byline on a line of its own would close: the running one, or the last one when no heading has come
     * since; none at the top of the page, nor one already credited.
     */
    private Draft creditTarget() {
        Draft target = open != null ? open : (drafts.isEmpty() ? null : drafts.get(drafts.size() - 1));
        return target == null || !target.bylines.isEmpty() || !currentZone().isEmpty() ? null : target;
    }

    private void close() {
        if (open != null) {
            open.endParagraph();
            open = null;
        }
    }

    /** The heading lines standing over the open article: the zone before the one after it. */
    private List<ZoneLine> zoneAboveOpen() {
        return zones.get(zones.size() - 2);
    }

    private List<ZoneLine> currentZone() {
        return zones.get(zones.size() - 1);
    }
}
