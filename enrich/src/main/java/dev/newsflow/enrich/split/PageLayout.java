package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a page's text into {@link Block}s and tells its layout.
 *
 * <p>Blank lines are where extraction saw space, but not every item of a page stands between blank lines, and not
 * every blank line ends one (column breaks fall inside sentences). So a run of lines between blank lines is cut
 * further where a line itself shows that something new begins after a finished sentence: a byline line, a
 * dateline, a headline line (short, unpunctuated, narrower or wider than the column its neighbours fill), a line of
 * furniture. A block of mostly furniture lines is furniture as a whole.
 */
final class PageLayout {

    /** Lines wider than this (in em) are wider than any newspaper column: the text flows, a paragraph a line. */
    private static final double FLOWING_LINE_WIDTH = 36;
    /** A line this much narrower or wider than the column's width is not a full line of body text. */
    static final double WIDTH_TOLERANCE = 1.5;
    /** What a squeezed punctuation mark gives back of its width, in em. */
    private static final double SQUEEZE = 0.5;
    /** Lines of a block that must share a width for it to be the block's column width. */
    private static final int COLUMN_EVIDENCE = 3;
    /** Line widths counted for a column's width, in half ems: four em and more, no wider than a flowing line. */
    private static final int MIN_COUNTED_HALVES = 8;
    private static final int MAX_COUNTED_HALVES = 400;
    /** Characters of a label among imprint blocks (联系我们, 版权声明) and of a paper's name just above one. */
    private static final int IMPRINT_LABEL_CHARS = 12;
    private static final int MASTHEAD_CHARS = 6;
    /** A line of nothing but Latin words: a paper's name spelt out in its masthead (RENMIN RIBAO, CHINA DAILY). */
    private static final Pattern LATIN_NAME = Pattern.compile("[\\s\\u3000]*[A-Za-z][A-Za-z .'’&-]*");
    /** Characters of a page's section name at most (要闻, 国内新闻, 经济·综合). */
    private static final int SECTION_CHARS = 4;
    /** Paragraph starts measured before a page's indentation is believed either way. */
    private static final int INDENT_EVIDENCE = 3;
    /** An indent takes two characters off a paragraph's first line; squeezed punctuation and character spacing in a
     * justified line give back or take one more. */
    private static final double MIN_INDENT = 0.75;
    private static final double MAX_INDENT = 3.5;
    /** Lines at most of a masthead over the edition line: the paper's name, a section's, a weekly's. */
    private static final int MAX_MASTHEAD_LINES = 3;
    /** Characters at most of a masthead's line. */
    private static final int MAX_MASTHEAD_CHARS = 12;
    /** Marks of a clause or a label's colon, which no line of a masthead holds. */
    private static final String NO_MASTHEAD_MARKS = "，。；！？、：:";
    /**
     * Characters of a signature under a column's text: a name of three characters, or four with a compound surname.
     * Two characters opening with a surname are as often a word (a column's label, a sub-heading) as a name.
     */
    private static final int MIN_SIGNATURE = 3;
    private static final int MAX_SIGNATURE = 4;
    /**
     * Letters at most of the line naming who signs and dates a notice or a letter: an office's or a company's full
     * name (某某县自来水有限公司, 某某市人民政府办公室), shorter than a paragraph's line in all but the narrowest columns.
     */
    private static final int MAX_SIGNER = 20;
    /** Characters of a section's name printed alone under the edition line: a word or two (消费, 城市新闻). */
    private static final int MAX_SECTION_WORDS = 6;
    /** Characters at most of a signature's line: a name, its spreading spaces or the signer's age. */
    private static final int MAX_SIGNATURE_LINE = 12;
    /** A signer's name and age: 某某某（78岁）. */
    private static final Pattern AGED_SIGNER = Pattern.compile("(\\p{IsHan}{2,4})[（(]\\d{1,3}岁[）)]");
    /** Lines indented alike may differ by one half-width space: extraction writes an em as one or two spaces. */
    private static final double INDENT_SLACK = 0.5;
    /** Lines a headline set across columns may take: a title and its subtitle. */
    private static final int MAX_ACROSS_LINES = 2;
    /** Indents kept before paragraphs' first lines that show the extraction keeps them: a few, not one stray space. */
    private static final int MIN_KEPT_INDENTS = 3;
    /** A line in flowing text no wider than this (em) and unpunctuated may be a headline on its own. */
    private static final double FLOWING_HEADING_WIDTH = 40;
    /**
     * A line in flowing text no wider than this (em), closing a run of lines after a finished paragraph, is a heading:
     * a short title's width. A paragraph runs on to its full stop on its line, unless a blank line falls in the middle
     * of its sentence, and what such a blank line leaves before it is seldom this short.
     */
    private static final double FLOWING_SHORT_HEADING = 12;
    /** Characters on either side of a column break inside a bracketed aside: a dateline or a name is this short. */
    private static final int MAX_ASIDE_CHARS = 20;
    /** Characters at most of a byline line's tail the column wrapped: a role's last characters and a name. */
    private static final int MAX_BYLINE_TAIL = 8;
    /**
     * An aside opened a line or two above a column break (a closing note's dateline and reporters' names) runs to at
     * most this many characters before the break, over at most {@link #ASIDE_LINES} lines.
     */
    private static final int MAX_OPEN_ASIDE_CHARS = 40;
    private static final int ASIDE_LINES = 3;
    /**
     * A heading line in columns without a dateline or byline after it must be this much shorter than the column (em, or
     * share of the column's width): shorter than a paragraph's indented first line by a clear margin.
     */
    private static final double MIN_SHORT_HEADING = 4;
    private static final double SHORT_HEADING = 0.3;
    /** A brief's title naming its subject before a colon: a company, a person, a place (公司：事项). */
    private static final Pattern SUBJECT_TITLE = Pattern.compile("(\\p{IsHan}{2,8})[：:]\\S.*");

    private PageLayout() {
    }

    /** A page's blocks and whether its text flows (a paragraph a line) or stands in columns. */
    record Laid(List<Block> blocks, boolean flowing) {
    }

    /** The page's lines, tidied, in blocks. */
    static Laid lay(String text) {
        Runs runs = Runs.read(text);
        List<List<String>> raw = runs.lines;
        List<List<Boolean>> rawIndents = indentFlags(runs.leads);
        // every line's width, measured once: the layout asks for it many times
        double[][] widths = new double[raw.size()][];
        int lineCount = 0;
        for (int r = 0; r < raw.size(); r++) {
            widths[r] = raw.get(r).stream().mapToDouble(Text::width).toArray();
            lineCount += widths[r].length;
        }
        double[] all = new double[lineCount];
        int at = 0;
        for (double[] w : widths) {
            System.arraycopy(w, 0, all, at, w.length);
            at += w.length;
        }
        boolean flowing = isFlowing(all);
        double pageColumn = commonWidth(all, 1);
        double[] columns = new double[raw.size()];
        for (int r = 0; r < raw.size(); r++) {
            columns[r] = flowing ? Double.NaN : columnWidth(widths[r], pageColumn);
        }
        boolean indented = !flowing && indents(raw, columns);
        boolean keptIndents = !flowing && keepsIndents(raw, rawIndents);
        Shape shape = new Shape(flowing, indented, keptIndents);
        List<Block> blocks = new ArrayList<>();
        for (int r = 0; r < raw.size(); r++) {
            List<String> lines = raw.get(r);
            List<Boolean> leads = rawIndents.get(r);
            int masthead = r == 0 ? mastheadEnd(lines) : 0;
            if (masthead > 0) {
                blocks.add(new Block(lines.subList(0, masthead), true, Block.Kind.FURNITURE));
                lines = lines.subList(masthead, lines.size());
                leads = leads.subList(masthead, leads.size());
                if (lines.isEmpty()) {
                    continue;
                }
            }
            if (Furniture.isFurnitureBlock(lines) && PageReader.closingNoteEnd(lines, 0) < 0) {
                blocks.add(new Block(lines, true, Block.Kind.FURNITURE));
            } else {
                int from = blocks.size();
                double column = columns[r];
                int after = r + 1;
                // asked only of heading lines that close the run: most runs never ask
                BooleanSupplier markAfter = () -> {
                    int next = nextUnlikeFurniture(raw, after);
                    return next < raw.size() && opensWithMark(raw.get(next));
                };
                double nextWidth = r + 1 < raw.size() ? widths[r + 1][0] : Double.NaN;
                new Cutter(lines, leads, markAfter, nextWidth, shape, column, blocks).cut();
                blocks.subList(from, blocks.size()).forEach(b -> {
                    b.column = column;
                    b.indentedPage = indented;
                    b.keptIndents = keptIndents;
                });
            }
        }
        markFurnitureNeighbours(blocks, flowing);
        markSignaturesApart(blocks, flowing);
        return new Laid(blocks, flowing);
    }

    /**
     * A name alone between blank lines, right under a text's finished last sentence and over heading lines, furniture
     * or the page's end, signs the commentary or essay above, as a name right under its last line does: a byline block.
     * A name over text is a section's sub-heading (a feature about several people), or the next text's author.
     */
    private static void markSignaturesApart(List<Block> blocks, boolean flowing) {
        for (int i = 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.isText() || b.lines.size() != 1 || !b.afterBlank) {
                continue;
            }
            String name = b.lines.get(0).strip();
            if (!isLoneName(name)) {
                continue;
            }
            Block above = blocks.get(i - 1);
            Block below = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            boolean underText = above.isText() && !above.isHeadlineLike(flowing) && Text.endsSentence(above.lastLine());
            boolean overNoText = below == null || !below.isText() || below.afterBlank && below.isHeadlineLike(flowing);
            if (underText && overNoText) {
                b.kind = Block.Kind.BYLINE;
                b.names = List.of(name);
            }
        }
    }

    /** The line is a person's name of three or four characters and nothing else, as a signature is. */
    private static boolean isLoneName(String line) {
        return line.length() >= MIN_SIGNATURE && line.length() <= MAX_SIGNATURE
                && line.codePoints().allMatch(Text::isCjk) && Bylines.isPersonName(line);
    }

    /**
     * Where the masthead at the page's top ends: short lines of no clause (the paper's name, a section's or a
     * weekly's) right over an edition line, which the masthead closes. Else 0.
     */
    static int mastheadEnd(List<String> lines) {
        for (int e = 1; e < lines.size() && e <= MAX_MASTHEAD_LINES; e++) {
            String line = lines.get(e - 1).strip();
            if (line.length() > MAX_MASTHEAD_CHARS || Text.containsAny(line, NO_MASTHEAD_MARKS)) {
                return 0;
            }
            if (Furniture.isEditionLine(lines.get(e).strip())) {
                return e + 1;
            }
        }
        return 0;
    }

    /**
     * A bracket standing alone on the line after an unfinished one closes that line: a headline's column name
     * (（人民论坛）), an aside set on a line of its own. Body text runs on after a bracket, and a closing note follows a
     * finished sentence, so neither is taken for one. Not a bracket that credits someone, which may follow an
     * unfinished line (a data source note, a picture credit): reporters by role or by surname, an editor; nor a
     * continuation from another page (（上接第1版）), which opens what follows it. A bracket shaped like a byline that
     * names no one (（权威发布）) under a line that finishes no sentence, one closing with ！ or ？ too, is that line's
     * ({@link Bylines#isBracketOfLineAbove}): joined here, it is read as part of its line everywhere after.
     */
    static boolean endsInBracket(String before, String line) {
        if (Bylines.isBracketOfLineAbove(before, line)) {
            return true;
        }
        if (line.isEmpty() || (line.charAt(0) != '（' && line.charAt(0) != '(') || !Text.closesWithBracket(line)
                || Text.endsSentence(before) || Text.closesWithBracket(before)) {
            return false;
        }
        int inner = firstOf(line.substring(1), '（', '(');
        return inner < 0 && Markers.continuedFrom(line) == null && !Text.endsClause(before)
                && !Furniture.isFurnitureLine(line) && !Bylines.isCredit(line);
    }

    /**
     * The line above and this one joined, where the column broke a bracket of names closing the text's last sentence
     * (…。（某某县融媒体中心 张 / 明）, …。（通讯员 李 / 华）): else null. The break is read as a space where that
     * leaves whole names, each opening with a surname (…（张明海 / 李雪）), else as nothing.
     */
    static String wrappedCredit(String before, String line) {
        // the line closes a bracket: most lines are ruled out before the line above is searched
        if (!Text.closesWithBracket(line)) {
            return null;
        }
        int open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
        if (open <= 0 || before.length() - open > MAX_ASIDE_CHARS
                || firstOf(line, '（', '(') >= 0 || firstOf(before.substring(open), '）', ')') >= 0
                || !Text.endsSentence(before.substring(0, open))) {
            return null;
        }
        String spaced = before + " " + line;
        if (Bylines.trailing(spaced).filter(t -> t.names().stream().allMatch(Surnames::startsName)).isPresent()) {
            return spaced;
        }
        String joined = before + line;
        return Bylines.trailing(joined).isPresent() ? joined : null;
    }

    /**
     * A blank line between a line that opens a short bracketed aside and a line that closes it falls inside the
     * aside ((新华社北京2月1 / 9日电)): an aside is a few words, so the blank is a column break, not the end of an item.
     */
    static boolean continuesBracket(String before, String after) {
        return continuesBracket(before, after, MAX_ASIDE_CHARS);
    }

    /**
     * {@link #continuesBracket(String, String)} for the lines read so far of a run: the aside may have opened a line
     * or two above the blank (（本报上海10月14日电 / 记者甲、乙、 / blank / 丙、丁）), when it is still no longer than a
     * closing note's dateline and a few names.
     */
    static boolean continuesBracket(List<String> before, String after) {
        String last = before.get(before.size() - 1);
        if (last.indexOf('（') >= 0 || last.indexOf('(') >= 0 || before.size() == 1) {
            return continuesBracket(last, after);
        }
        StringBuilder tail = new StringBuilder(last);
        for (int k = before.size() - 2; k >= 0 && k >= before.size() - ASIDE_LINES; k--) {
            tail.insert(0, before.get(k));
        }
        return continuesBracket(tail.toString(), after, MAX_OPEN_ASIDE_CHARS);
    }

    private static boolean continuesBracket(String before, String after, int maxBefore) {
        int open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
        if (open < 0 || before.length() - open > maxBefore
                || before.indexOf('）', open) >= 0 || before.indexOf(')', open) >= 0) {
            return false;
        }
        int close = firstOf(after, '）', ')');
        int reopen = firstOf(after, '（', '(');
        return close >= 0 && close < MAX_ASIDE_CHARS && (reopen < 0 || reopen > close);
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /**
     * The first run of lines from r that is no furniture: furniture printed between a headline and its byline line
     * (a picture's credit, a blank line on either side) hides no mark.
     */
    private static int nextUnlikeFurniture(List<List<String>> raw, int r) {
        int next = r;
        while (next < raw.size() && raw.get(next).stream().allMatch(Furniture::isFurnitureLine)) {
            next++;
        }
        return next;
    }

    /** The lines open with a dateline or a byline line (a picture credit may stand before it). */
    private static boolean opensWithMark(List<String> lines) {
        int first = Furniture.isCreditLine(lines.get(0)) && lines.size() > 1 ? 1 : 0;
        String line = lines.get(first);
        return Markers.opensArticle(line) || Bylines.line(line) != null;
    }

    /** Flowing when most of the text stands in lines wider than any newspaper column. */
    static boolean isFlowing(double[] widths) {
        double wide = 0;
        double all = 0;
        for (double w : widths) {
            all += w;
            if (w > FLOWING_LINE_WIDTH) {
                wide += w;
            }
        }
        return all > 0 && wide >= all / 2;
    }

    /**
     * Whether the page indents its paragraphs: most first lines of paragraphs that are plainly body text (punctuated
     * inside, running on to the next line) stop short of the column by about two characters.
     */
    private static boolean indents(List<List<String>> raw, double[] columns) {
        int samples = 0;
        int shortLines = 0;
        String previous = null;
        for (int r = 0; r < raw.size(); r++) {
            List<String> lines = raw.get(r);
            double column = columns[r];
            for (int i = 0; i + 1 < lines.size() && !Double.isNaN(column); i++) {
                String line = lines.get(i);
                String above = i > 0 ? lines.get(i - 1) : previous;
                if (above != null && Text.endsSentence(above) && !Text.endsSentence(line) && line.indexOf('，') > 0) {
                    samples++;
                    shortLines += isIndentWidth(line, column) ? 1 : 0;
                }
            }
            previous = lines.get(lines.size() - 1);
        }
        return samples >= INDENT_EVIDENCE && shortLines * 2 > samples;
    }

    /**
     * As wide as a full line of the column. Justified lines hold a character more or less where punctuation is
     * squeezed to half its width or pushed to the next line, so each punctuation mark widens the tolerance.
     */
    static boolean isFullWidth(String line, double column) {
        if (Double.isNaN(column)) {
            return false;
        }
        int punctuation = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
                punctuation++;
            }
        }
        return Math.abs(Text.width(line) - column) <= WIDTH_TOLERANCE + SQUEEZE * punctuation;
    }

    /**
     * Which lines the extraction kept an indent before. A page indents its paragraphs by one amount: the space most
     * lines that begin with one share. A line set in by another amount is centred, as headings are, not indented.
     */
    private static List<List<Boolean>> indentFlags(List<List<Double>> leads) {
        Map<Double, Integer> counts = new HashMap<>();
        for (List<Double> run : leads) {
            for (double lead : run) {
                if (lead > 0) {
                    counts.merge(lead, 1, Integer::sum);
                }
            }
        }
        double indent = counts.entrySet().stream().max(Map.Entry.<Double, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(0.0);
        List<List<Boolean>> indents = new ArrayList<>(leads.size());
        for (List<Double> run : leads) {
            List<Boolean> flags = new ArrayList<>(run.size());
            for (double lead : run) {
                flags.add(lead > 0 && Math.abs(lead - indent) <= INDENT_SLACK);
            }
            indents.add(flags);
        }
        return indents;
    }

    /** The width of the spaces a line begins with, in em (a tab counts as a space). */
    private static double leadWidth(String line) {
        int i = 0;
        while (i < line.length() && Text.isSpace(line.charAt(i))) {
            i++;
        }
        return i == line.length() ? 0 : Text.width(line.substring(0, i));
    }

    /**
     * The extraction kept paragraphs' indents as spaces: a few lines begin with one where a paragraph begins (after a
     * blank line or a finished sentence), and most lines that begin with one do. Then a line without one opens no
     * paragraph.
     */
    static boolean keepsIndents(List<List<String>> raw, List<List<Boolean>> rawIndents) {
        int spaced = 0;
        int atStarts = 0;
        for (int r = 0; r < raw.size(); r++) {
            List<String> lines = raw.get(r);
            for (int j = 0; j < lines.size(); j++) {
                if (rawIndents.get(r).get(j)) {
                    spaced++;
                    atStarts += j == 0 || Text.endsSentence(lines.get(j - 1)) ? 1 : 0;
                }
            }
        }
        return atStarts >= MIN_KEPT_INDENTS && atStarts * 2 >= spaced;
    }

    /**
     * On a page that indents, the first line of a paragraph: as wide as the column less an indent, and where the
     * extraction kept indents ({@code keptIndents}), holding one ({@code leadingSpace}): a line without one is no
     * paragraph's first, whatever its width.
     */
    static boolean isIndentedFirstLine(String line, double column, boolean keptIndents, boolean leadingSpace) {
        return isIndentWidth(line, column) && (!keptIndents || leadingSpace);
    }

    /**
     * Heading lines set across columns, as an article's headline is and a sub-heading inside the column never is: one
     * or two lines, one of them wider than a line of the column and a phrase (no comma, no mark of enumeration), and
     * their brackets closed — unlike the first lines of a paragraph kept wider than the column, cut by a column break.
     */
    static boolean isSetAcross(List<String> lines, double column) {
        if (Double.isNaN(column) || lines.size() > MAX_ACROSS_LINES) {
            return false;
        }
        // the widths first: most heading lines are no wider than their column
        return lines.stream().anyMatch(line -> isWiderThanColumn(Text.width(line), column)
                && !Text.containsAny(line, Text.COMMAS) && !Text.containsAny(line, Text.ENUMERATION_MARKS))
                && Text.closesItsBrackets(String.join("", lines));
    }

    /** Wider than any line of the column, past what a justified line varies by. */
    private static boolean isWiderThanColumn(double width, double column) {
        return width > column + WIDTH_TOLERANCE;
    }

    /** As wide as the column less an indent: the first line of an indented paragraph. */
    static boolean isIndentWidth(String line, double column) {
        double shortBy = column - Text.width(line);
        return shortBy >= MIN_INDENT && shortBy <= MAX_INDENT;
    }

    /**
     * What the cutter knows of the page as a whole: whether its text flows, whether it indents its paragraphs and
     * whether the extraction kept those indents.
     */
    private record Shape(boolean flowing, boolean indented, boolean keptIndents) {
    }

    /** The width most lines of the block share, else the page's. */
    private static double columnWidth(double[] widths, double pageColumn) {
        double width = commonWidth(widths, COLUMN_EVIDENCE);
        return Double.isNaN(width) ? pageColumn : width;
    }

    /** The most common line width (in half ems) among lines of at least four em, if at least {@code min} share it. */
    private static double commonWidth(double[] widths, int min) {
        int[] counts = new int[MAX_COUNTED_HALVES + 1];
        int best = -1;
        int bestCount = 0;
        for (double width : widths) {
            int halves = (int) Math.round(width * 2);
            if (halves < MIN_COUNTED_HALVES || halves > MAX_COUNTED_HALVES) {
                continue;
            }
            int n = ++counts[halves];
            if (n > bestCount || n == bestCount && halves > best) {
                best = halves;
                bestCount = n;
            }
        }
        return bestCount >= min ? best / 2.0 : Double.NaN;
    }

    /**
     * Short blocks among furniture are furniture too (a masthead's paper name above its imprint, a section label
     * such as 联系我们); a block right after a sentence cut in the middle is body text, a bracket crediting
     * reporters is the byline of the article above the imprint, and a bracket pointing to another page (（详见A11版）)
     * closes the teaser above it.
     */
    private static void markFurnitureNeighbours(List<Block> blocks, boolean flowing) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (!b.isText() || b.lines.size() > 2 || Text.endsSentence(b.text()) || Bylines.isCredit(b.text())
                        || Bylines.endsWithPagePointer(b.text())) {
                    continue;
                }
                if (isAmidImprint(blocks, i) || isSectionLabel(blocks, i, flowing)) {
                    b.kind = Block.Kind.FURNITURE;
                    changed = true;
                }
            }
        }
    }

    /**
     * A short block between two imprints, just before one (a paper's name above its imprint), or after one at the end
     * of the page: a label of the imprint, not an article.
     */
    private static boolean isAmidImprint(List<Block> blocks, int i) {
        // an imprint beside the block first: most blocks are ruled out before their characters are counted
        boolean after = i + 1 < blocks.size() && isImprint(blocks.get(i + 1));
        boolean before = (after || i == blocks.size() - 1) && i > 0 && isImprint(blocks.get(i - 1));
        if (!after && !before) {
            return false;
        }
        // a paper's name may stand over its name in Latin letters (RENMIN RIBAO): the Han name is what is counted
        int chars = blocks.get(i).lines.stream().filter(l -> !LATIN_NAME.matcher(l).matches())
                .mapToInt(Text::contentLength).sum();
        return chars <= (after && !before ? MASTHEAD_CHARS : IMPRINT_LABEL_CHARS);
    }

    /**
     * A word or two on a line of its own right under the edition lines at the top of the page, above the first
     * headline (maybe with more furniture between, the page's editors' line): the page's section (要闻, 国内新闻),
     * printed apart from the edition line, no part of the headline.
     */
    private static boolean isSectionLabel(List<Block> blocks, int i, boolean flowing) {
        Block b = blocks.get(i);
        if (i == 0 || i + 1 >= blocks.size() || b.lines.size() != 1 || !blocks.get(i - 1).isFurniture()
                || Text.contentLength(b.text()) > SECTION_CHARS) {
            return false;
        }
        for (int j = 0; j < i; j++) {
            if (!blocks.get(j).isFurniture()) {
                return false;
            }
        }
        int next = i + 1;
        while (next + 1 < blocks.size() && blocks.get(next).isFurniture()) {
            next++;
        }
        Block first = blocks.get(next);
        return isImprint(blocks.get(i - 1)) && first.isText() && first.isHeadlineLike(flowing);
    }

    /** Furniture that stands with labels of its own around it: an imprint, a notice — not a credit or editor line. */
    private static boolean isImprint(Block b) {
        return b.isFurniture()
                && b.lines.stream().noneMatch(l -> Furniture.isCreditLine(l) || Furniture.isEditorLine(l));
    }

    /** The page's lines, tidied, in runs between blank lines, with the space extraction kept before each. */
    private static final class Runs {
        final List<List<String>> lines = new ArrayList<>();
        /** Each line's leading space, in em; 0 where there is none. */
        final List<List<Double>> leads = new ArrayList<>();
        private List<String> current = new ArrayList<>();
        private List<Double> currentLeads = new ArrayList<>();
        private boolean blank;

        static Runs read(String text) {
            Runs runs = new Runs();
            for (String line : text.split("\n", -1)) {
                runs.add(line);
            }
            runs.end();
            return runs;
        }

        private void add(String line) {
            String tidy = Text.tidy(line);
            if (tidy.isEmpty()) {
                blank = !current.isEmpty();
                return;
            }
            // an indent the extraction kept begins a paragraph: such a line never closes the one above
            double lead = leadWidth(line);
            boolean indented = lead > 0;
            if (!current.isEmpty() && Markers.wrapsContinuedTo(current.get(current.size() - 1), tidy)) {
                // the tail of a continuation marker the column wrapped (…（下转 / 第4版）), a column break between or not
                current.set(current.size() - 1, current.get(current.size() - 1) + tidy);
                blank = false;
                return;
            }
            if (blank && !continuesBracket(current, tidy)) {
                end();
            } else if (!blank && !indented && !current.isEmpty()
                    && endsInBracket(current.get(current.size() - 1), tidy)) {
                current.set(current.size() - 1, current.get(current.size() - 1) + tidy);
                return;
            } else if (!current.isEmpty()) {
                // a bracket the line above opened never opens a paragraph, whatever space the extraction kept, and a
                // column break inside it (the blank line above) ends none
                String credit = wrappedCredit(current.get(current.size() - 1), tidy);
                if (credit != null) {
                    current.set(current.size() - 1, credit);
                    blank = false;
                    return;
                }
            }
            blank = false;
            int headline = headlineRunIn(tidy);
            if (headline > 0) {
                current.add(tidy.substring(0, headline).strip());
                currentLeads.add(lead);
                tidy = tidy.substring(headline);
                lead = 0;
            }
            if (!addWithCredit(tidy, lead)) {
                current.add(tidy);
                currentLeads.add(lead);
            }
        }

        /**
         * Where the rest of a line starts after a headline line run in before it, else -1: a brief's title before its
         * dateline (a headline line over the brief's first line), or a title with its byline line set beside it —
         * not inside a bracket the run's lines above left open, where a closing note's dateline and names stand
         * (（本报北京、上海… / …10月 / 14日电 记者甲、乙、 / 丙）).
         */
        private int headlineRunIn(String tidy) {
            int dateline = Markers.runInDateline(tidy);
            if (dateline > 0) {
                return dateline;
            }
            int byline = Bylines.besideHeadline(tidy);
            return byline > 0 && Text.closesItsBrackets(String.join("", current)) ? byline : -1;
        }

        /**
         * A caption's picture credit after its sentence stands on a line of its own, to be read as the furniture it
         * is: the line's own, or one that began on the line above. Returns false when the line closes no credit.
         */
        private boolean addWithCredit(String tidy, double lead) {
            if (!Furniture.mayCloseCredit(tidy)) {
                return false;
            }
            String above = current.isEmpty() ? null : current.get(current.size() - 1);
            int from = above == null || lead > 0 ? -1 : Furniture.creditRunningOn(above, tidy);
            if (from > 0) {
                current.set(current.size() - 1, above.substring(0, from).strip());
                current.add((above.substring(from) + tidy).strip());
                currentLeads.add(0.0);
                return true;
            }
            int credit = Furniture.creditAfterSentence(tidy);
            if (credit < 0) {
                credit = Furniture.creditAfterCaption(tidy);
            }
            if (credit > 0) {
                current.add(tidy.substring(0, credit).strip());
                currentLeads.add(lead);
                current.add(tidy.substring(credit).strip());
                currentLeads.add(0.0);
                return true;
            }
            return false;
        }

        private void end() {
            if (!current.isEmpty()) {
                lines.add(current);
                leads.add(currentLeads);
                current = new ArrayList<>();
                currentLeads = new ArrayList<>();
            }
        }
    }

    /** Cuts one run of lines between blank lines where its lines show new items begin. */
    private static final class Cutter {
        /** A run of heading lines that asks nothing more of its lines. */
        private static final IntPredicate ANY_LINE = k -> true;
        private final List<String> lines;
        /** Per line: the extraction kept whitespace before it, as it does before an indented paragraph. */
        private final List<Boolean> leadingSpace;
        private final boolean flowing;
        private final double column;
        private final boolean indented;
        /** The extraction kept paragraphs' indents as spaces: a line without one opens no paragraph. */
        private final boolean keptIndents;
        /** The width of the first line of the run of lines after this one (past a blank line), NaN at the end. */
        private final double nextWidth;
        private final List<Block> out;
        /** Whether the run of lines after this one (past a blank line) opens with a dateline or a byline line. */
        private final BooleanSupplier markAfter;
        /** {@link #markAfter}'s answer once asked (0 unknown, 1, 2). */
        private byte markFollows;
        /** Where the last closing note cut off ended (exclusive), -1 before any: an article's last print. */
        private int noteEnd = -1;
        private int start;
        private boolean afterBlank = true;
        /** Per line, asked many times as runs are tried from different lines: worked out once (0 unknown, 1, 2). */
        private final byte[] headlineLine;
        private final byte[] furnitureLine;
        private final byte[] labelledLine;
        private final byte[] headingPunctuated;

        Cutter(List<String> lines, List<Boolean> leadingSpace, BooleanSupplier markAfter, double nextWidth, Shape shape,
               double column, List<Block> out) {
            this.lines = lines;
            this.headlineLine = new byte[lines.size()];
            this.furnitureLine = new byte[lines.size()];
            this.labelledLine = new byte[lines.size()];
            this.headingPunctuated = new byte[lines.size()];
            this.markAfter = markAfter;
            this.leadingSpace = leadingSpace;
            this.flowing = shape.flowing();
            this.column = column;
            this.indented = shape.indented();
            this.keptIndents = shape.keptIndents();
            this.nextWidth = nextWidth;
            this.out = out;
        }

        void cut() {
            boolean closed = true;
            int i = 0;
            while (i < lines.size()) {
                int end = closed ? itemEnd(i) : furnitureEnd(i);
                if (end > i) {
                    // the edition lines head the page, or a column: what stands under them opens something new
                    closed |= Furniture.isEditionLine(lines.get(end - 1).strip());
                    i = end;
                    continue;
                }
                String line = lines.get(i);
                if (closed && i > start && Markers.opensArticleAt(lines, i)
                        || i > start && PageReader.isLeadBoxLabel(line)) {
                    // a box's label opens the box, however the lines above it end: never a headline's last line
                    emit(i);
                }
                boolean byline = Bylines.trailing(line).isPresent();
                closed = byline || Text.endsSentence(line) || Text.endsSentenceAndNote(line) || closesWrappedNote(i);
                if (byline || Markers.continuedTo(line) != null) {
                    emit(i + 1);
                }
                i++;
            }
            emit(lines.size());
        }

        /**
         * Line i closes a note in brackets the line above opened after a finished sentence, the column wrapping it
         * (…人情味。（摘自《 / 某某晚报》）): the note closes the paragraph as the sentence does.
         */
        private boolean closesWrappedNote(int i) {
            String line = lines.get(i);
            // the line closes a bracket it did not open: most lines are ruled out before the two are joined
            return i > start && Text.closesWithBracket(line) && line.indexOf('（') < 0 && line.indexOf('(') < 0
                    && Text.endsSentenceAndNote(lines.get(i - 1) + line);
        }

        /**
         * After a finished sentence, what stands on its own from line i: a line of furniture, a byline line, a closing
         * note, heading lines — each made a block of its own. Returns where it ends, or i when nothing does.
         */
        private int itemEnd(int i) {
            if (isFurnitureLine(i) || isSectionOverHeading(i)) {
                return single(i, Block.Kind.FURNITURE, List.of());
            }
            int table = Furniture.tableEnd(lines, i);
            if (table > i) {
                return block(i, table, Block.Kind.FURNITURE, List.of());
            }
            List<String> names = Bylines.line(lines.get(i));
            if (names != null) {
                return bylineLines(i, names);
            }
            names = wrappedBylineNames(i);
            if (names != null) {
                return block(i, i + 2, Block.Kind.BYLINE, names);
            }
            int signed = signatureEnd(i);
            if (signed > i) {
                return signed;
            }
            // a closing note stands on its own, never part of the heading lines that may follow it
            int end = PageReader.closingNoteEnd(lines, i);
            if (end > i) {
                noteEnd = end;
            } else {
                end = headingRunEnd(i);
            }
            if (end > i) {
                emit(i);
                emit(end);
            }
            return Math.max(end, i);
        }

        /**
         * Line i is a name alone under a finished sentence of the text, over furniture (a drawing's credit, an editor's
         * line) or the run's end: the signature of the commentary or essay above, as columns print it, also with the
         * signer's age (某某某（78岁）) or a two-character name spread to the width of three (乔　木), as no label or
         * sub-heading is. A headline has text under it. The name, else null.
         */
        private List<String> signature(int i) {
            if (i == start || lines.get(i).length() > MAX_SIGNATURE_LINE || !overFurnitureOrEnd(i)) {
                return null;
            }
            String line = lines.get(i).strip();
            Matcher aged = AGED_SIGNER.matcher(line);
            String name = aged.matches() ? aged.group(1) : line;
            if (isLoneName(name)) {
                return List.of(name);
            }
            List<String> spread = Bylines.spreadNames(line);
            return spread != null && spread.size() == 1 ? spread : null;
        }

        /**
         * Where the signature of the text above from line i ends, made a byline block of its own: a name alone
         * ({@link #signature}), beside or with a note of who the author is, a reader's under a letter; or i.
         */
        private int signatureEnd(int i) {
            List<String> names = signature(i);
            if (names == null) {
                names = Bylines.authorBesideNote(lines.get(i));
            }
            if (names == null) {
                names = letterSignature(i);
            }
            if (names != null) {
                return single(i, Block.Kind.BYLINE, names);
            }
            names = nameAndAuthorNote(i);
            return names != null ? block(i, i + 2, Block.Kind.BYLINE, names) : i;
        }

        /**
         * Lines i and i + 1 sign the essay above: the author's name alone and a note of who the author is, one over the
         * other (某某 / （作者单位：…）, 作者单位：… / 某 某). The name, else null.
         */
        private List<String> nameAndAuthorNote(int i) {
            if (i + 1 >= lines.size() || lines.get(i).length() > MAX_SIGNATURE_LINE
                    && lines.get(i + 1).length() > MAX_SIGNATURE_LINE) {
                return null;
            }
            if (Bylines.isAuthorNoteLine(lines.get(i + 1))) {
                return nameAlone(lines.get(i));
            }
            return Bylines.isAuthorNoteLine(lines.get(i)) ? nameAlone(lines.get(i + 1)) : null;
        }

        /** The line is a person's name and nothing else, spread or not (no role: 本报记者 X heads the next text). */
        private static List<String> nameAlone(String line) {
            List<String> names = Bylines.personsAlone(line);
            return names != null && names.size() == 1 && Text.contentLength(line) == names.get(0).length()
                    ? names : null;
        }

        /** Line i ends the run of lines, or furniture stands right under it: no text of its own follows. */
        private boolean overFurnitureOrEnd(int i) {
            return i + 1 == lines.size() || isFurnitureLine(i + 1);
        }

        /**
         * Line i signs a reader's letter under its last sentence ({@link Bylines#letterSignature}), over a heading line
         * (the editor's reply's label, the next letter's title), furniture or the run's end: the signer's name, else
         * null. Rows of a list naming places and people run on under one another.
         */
        private List<String> letterSignature(int i) {
            List<String> names = i == start ? null : Bylines.letterSignature(lines.get(i));
            if (names == null) {
                return null;
            }
            boolean apart = overFurnitureOrEnd(i)
                    || isHeadlineLine(i + 1) && Bylines.letterSignature(lines.get(i + 1)) == null;
            return apart ? names : null;
        }

        /** Line i names a section of the paper right over a line that may be a headline's: the section's, no kicker. */
        private boolean isSectionOverHeading(int i) {
            return i + 1 < lines.size() && Furniture.isSectionName(lines.get(i)) && isHeadlineLine(i + 1);
        }

        /**
         * Line i stands right under a line that may be a headline's and is no body line: a credit there is a picture's
         * (a caption's title, then who took it), however wide; under body text a line as wide as the column that
         * reads like a credit may be the text going on.
         */
        private boolean underHeadingLine(int i) {
            return i > 0 && isHeadlineLine(i - 1) && !isBodyShaped(i - 1);
        }

        /**
         * Mid-paragraph only a line that says it is furniture (edition, editor, credit) stands apart; a credit only
         * when it is shorter than the column, stands under a heading line, ends the run of lines or stands over another
         * line of furniture (制图：…): text going on would run on to a full stop, and a credit under a title as wide as
         * the column closes the title's block.
         */
        private int furnitureEnd(int i) {
            String line = lines.get(i);
            boolean furniture = isLabelledLine(i) || Furniture.isCreditLine(line)
                    && (!isFullWidth(line) || underHeadingLine(i) || i == lines.size() - 1 || isFurnitureLine(i + 1));
            return furniture ? single(i, Block.Kind.FURNITURE, List.of()) : i;
        }

        /** The line right above or right below line i is an edition line (a date with its weekday, 第N版). */
        private boolean besideEditionLine(int i) {
            return i > 0 && Furniture.isEditionLine(lines.get(i - 1).strip())
                    || i + 1 < lines.size() && Furniture.isEditionLine(lines.get(i + 1).strip());
        }

        /**
         * The end of a run of heading lines from line i, or i when there is none. Lines that may belong to a headline
         * (unpunctuated, and in columns none a full line of the column) stand apart as an item of their own when
         * a dateline or byline line follows them, here or after the blank line that ends the run of lines. Without
         * such a mark, only lines that read as headings and nothing else (few commas, no enumeration) do, and only
         * when body text visibly begins after them (a full line of the column, a paragraph's line wider than any
         * headline in flowing text, a line the extraction indented, or a line closing with a full stop) while one of
         * them is unlike any body line (far wider or shorter than the column, or closing with a column's name in
         * brackets) — or when the next line is indented (then whatever their width), or they end the run of lines
         * being far shorter than the column.
         */
        private int headingRunEnd(int i) {
            if (Text.closesUnopened(lines.get(i))) {
                // a quote or aside opened above closes here: the text above goes on, no heading begins
                return i;
            }
            int marked = markedRunEnd(i);
            if (marked > i) {
                return marked;
            }
            int beforeIndent = runBeforeIndentEnd(i);
            if (beforeIndent > i) {
                return beforeIndent;
            }
            int across = acrossRunEnd(i);
            if (across > i) {
                return across;
            }
            int plain = plainRunEnd(i);
            return plain > i ? plain : taggedRunEnd(i);
        }

        /**
         * Heading lines closing the run of lines after a finished sentence, set across columns ({@link #isSetAcross})
         * over text in the column past the blank line: a headline, one of its lines as wide as the column maybe.
         */
        private int acrossRunEnd(int i) {
            // a headline across columns is a line or two: closing the run of lines, it starts near its end
            if (flowing || i == start || lines.size() - i > MAX_ACROSS_LINES || isWiderThanColumn(nextWidth, column)) {
                return i;
            }
            int k = headingRunFrom(i, ANY_LINE);
            if (k < lines.size() || Text.endsSentence(lines.get(k - 1))) {
                return i;
            }
            return isSetAcross(lines.subList(i, k), column) ? k : i;
        }

        /**
         * Unpunctuated lines closing the run of lines after a finished sentence, whose text closes with a column's
         * name, as wide as the column or wider: a headline the column wrapped, its name's brackets maybe set apart
         * (…“扬眉吐气”（ / 新语）), or a dashed subtitle under it (…（纵深） / ——来自…的调研). A paragraph's lines end
         * its sentence before a blank line sets the next item apart.
         */
        private int taggedRunEnd(int i) {
            // the run reaches the end of the lines and closes with a bracket: most lines are ruled out here
            if (lines.size() - i > Headlines.MAX_LINES || i == start) {
                return i;
            }
            int k = headingRunFrom(i, ANY_LINE);
            boolean lastDashed = k == lines.size() - 1 && k > i && isDashedSubtitle(k);
            if (lastDashed && isTagged(String.join("", lines.subList(i, k)))) {
                // a dashed subtitle names whom or what the title is about, a list of them too (——访甲主任、乙部长)
                return lines.size();
            }
            if (k < lines.size()) {
                return i;
            }
            if (Text.closesWithBracket(lines.get(k - 1)) && isTagged(String.join("", lines.subList(i, k)))) {
                return k;
            }
            // a title closing with its column's name, a dashed subtitle under it (…（纵深） / ——来自…的调研)
            for (int j = i + 1; j < k; j++) {
                if (lines.get(j).strip().startsWith("——")) {
                    return isTagged(String.join("", lines.subList(i, j))) ? k : i;
                }
            }
            return i;
        }

        /**
         * Before a dateline or byline line (here, or after the blank line that ends the run of lines), any unpunctuated
         * lines after a finished sentence are a headline, a line as wide as the column too: a paragraph's lines end a
         * sentence before the next paragraph opens. So are they before a summary's or sub-heading's device (■, ●)
         * when they open with none themselves and no indent: a device opens a paragraph of its own.
         */
        private int markedRunEnd(int i) {
            boolean devicesApart = !Headlines.opensWithDeviceMark(lines.get(i)) && !leadingSpace.get(i);
            int k = i;
            while (k < lines.size() && k - i < Headlines.MAX_LINES && goesOnMarkedRun(k, i, devicesApart)) {
                k++;
            }
            if (k == i) {
                return i;
            }
            // furniture printed between a headline and its byline (a designer's or a picture's credit) hides no mark
            int mark = k;
            while (mark < lines.size() && isFurnitureLine(mark)) {
                mark++;
            }
            boolean marked = mark < lines.size() ? isMark(mark, devicesApart) : k - i < lines.size() && markFollows();
            return marked ? k : i;
        }

        /** Line k goes on the run of heading lines begun at line i over a mark ({@link #markedRunEnd}). */
        private boolean goesOnMarkedRun(int k, int i, boolean devicesApart) {
            return isRunHeadingLine(k, i) && !isFurnitureLine(k) && (k == i || !endsRunAt(k, devicesApart));
        }

        /** Line k may be a headline's in a run begun at line i: whole, a title broken at its comma, or a kicker. */
        private boolean isRunHeadingLine(int k, int i) {
            return isHeadlineLine(k) || k > i && isTitleBrokenAtComma(k) || isKickerWithColon(k);
        }

        /**
         * Line k names who speaks before a colon over a line that may be a headline's (专访某某： / “…”): a kicker, as
         * {@link Headlines#isHeadlineLine} reads it where it knows the line is not its block's last.
         */
        private boolean isKickerWithColon(int k) {
            return k + 1 < lines.size() && Text.endsClause(lines.get(k)) && isHeadlineLine(k + 1)
                    && Headlines.isHeadlineLine(lines.get(k), false);
        }

        /**
         * Line k is a title's first part broken after its comma (到雾溪古镇， / 赴一场千年之约), under a heading line
         * (the run opens with a line that is one whole): short of a paragraph's first line, over a line that may be a
         * headline's, and a headline's line but for its comma. A paragraph's line ending with a comma fills the column.
         */
        private boolean isTitleBrokenAtComma(int k) {
            String line = lines.get(k).strip();
            return Text.lastChar(line) == '，' && k + 1 < lines.size() && isShorterThanFirstLine(k)
                    && isHeadlineLine(k + 1) && Headlines.isHeadlineLine(line.substring(0, line.length() - 1), true);
        }

        /**
         * Line k ends the run of heading lines above it: its device (■, ●) opens a paragraph of its own, unless the
         * run's first line opens with one too; or it is an author's name spread wide under the title (张 明), or with a
         * note of who the author is beside it (张明（作者为某大学教授）): a byline, which no headline holds.
         */
        private boolean endsRunAt(int k, boolean devicesApart) {
            String line = lines.get(k);
            return devicesApart && Headlines.opensWithDeviceMark(line) || Bylines.spreadNames(line) != null
                    || Bylines.authorBesideNote(line) != null;
        }

        /** The run of lines after this one (past a blank line and any furniture) opens with a mark. */
        private boolean markFollows() {
            if (markFollows == 0) {
                markFollows = (byte) (markAfter.getAsBoolean() ? 1 : 2);
            }
            return markFollows == 1;
        }

        private boolean isMark(int k, boolean devicesApart) {
            return Markers.opensArticleAt(lines, k) || Bylines.line(lines.get(k)) != null || endsRunAt(k, devicesApart);
        }

        /**
         * Without a mark after them, lines that read as headings and nothing else, when body text visibly begins
         * after them and one of them is unlike any body line, or all are short of a paragraph's first line right after
         * an article's closing byline; or the next line is indented; or at the end of the run of lines when all are
         * far too short for body text (a blank line may fall in the middle of a sentence) and the last finishes no
         * sentence: a short line closing with ！ or ？ right under the text is its last paragraph.
         */
        private int plainRunEnd(int i) {
            // right after an article's closing byline, a line closing with a column's name heads the next however wide
            int k = headingRunFrom(i, j -> isNotBodyShaped(j) || isTagged(lines.get(j)) && bylineAbove(i));
            if (k == i) {
                return i;
            }
            List<String> run = lines.subList(i, k);
            if (k == lines.size()) {
                return closesRun(i, run) ? k : i;
            }
            if (leadingSpace.get(k)) {
                return k;
            }
            // under lines unlike any body line, a short line closing with a full stop opens the text too, as no
            // headline closes; after a byline it may close a sentence begun on the line above
            boolean body = bodyFollows(lines.get(k));
            if (!body && Text.lastChar(lines.get(k)) != '。') {
                return i;
            }
            boolean apart = run.stream().anyMatch(this::standsApart);
            return apart || body && (newAfterByline(i, run) || namesItsText(i, run, k)) ? k : i;
        }

        /**
         * The run is one line naming its subject before a colon (公司：事项), shorter than a paragraph's first line, over
         * a text that opens with the same subject: a brief's title, as columns of announcements and people in the news
         * print them. A paragraph's line naming someone before a colon goes on to what they said, not to a text about
         * them.
         */
        private boolean namesItsText(int i, List<String> run, int k) {
            if (run.size() != 1 || !isShorterThanFirstLine(i)) {
                return false;
            }
            Matcher m = SUBJECT_TITLE.matcher(run.get(0).strip());
            return m.matches() && lines.get(k).strip().startsWith(m.group(1));
        }

        /**
         * Heading lines from line i close the run of lines after a finished sentence: all shorter than any paragraph's
         * first line (a paragraph cut by a column break fills the column, less an indent), or the last closing with a
         * column's name, however wide — and the last finishes no sentence.
         */
        private boolean closesRun(int i, List<String> run) {
            String last = run.get(run.size() - 1);
            boolean shortLines = true;
            for (int k = i; k < i + run.size() && shortLines; k++) {
                shortLines = isShorterThanFirstLine(k);
            }
            return (shortLines || isTagged(last)) && i > start && !Text.endsSentence(last);
        }

        /**
         * Where the extraction kept paragraphs' indents, unindented lines that read as headings right above an
         * indented line, whatever their width: a paragraph's last line ends its sentence before the next one's indent,
         * and its first line is indented itself.
         */
        private int runBeforeIndentEnd(int i) {
            int k = headingRunFrom(i, this::isNotIndented);
            return k > i && k < lines.size() && leadingSpace.get(k) ? k : i;
        }

        /** No indent before line k: the extraction kept no space there. */
        private boolean isNotIndented(int k) {
            return !leadingSpace.get(k);
        }

        /** Line k is, in columns, not a full line of the column nor an indented paragraph's first. */
        private boolean isNotBodyShaped(int k) {
            return !isBodyShaped(k);
        }

        /**
         * Where the run of heading lines from line i ends: lines that may belong to a headline, no furniture, that read
         * as headings and nothing else (few commas, no enumeration) and pass {@code also}; a headline's lines at most.
         * A box's label (核心阅读) ends the run: it opens the box below, never closes a headline.
         */
        private int headingRunFrom(int i, IntPredicate also) {
            int k = i;
            while (k < lines.size() && k - i < Headlines.MAX_LINES && goesOnHeadingRun(k, i) && also.test(k)) {
                k++;
            }
            return k;
        }

        /** Line k may go on a run of heading lines begun at line i ({@link #headingRunFrom}). */
        private boolean goesOnHeadingRun(int k, int i) {
            return isHeadlineLine(k) && !isFurnitureLine(k) && isHeadingPunctuated(k)
                    && (k == i || !PageReader.isLeadBoxLabel(lines.get(k)));
        }

        /** Line k opens with a dash and finishes no clause: a subtitle under its title, its commas and lists aside. */
        private boolean isDashedSubtitle(int k) {
            return lines.get(k).strip().startsWith("——") && isHeadlineLine(k) && !isFurnitureLine(k);
        }

        /**
         * The line closes with a column's name: not with a bracket of people's names (…文（张三）), nor with the
         * marker of a continuation to another page (…（下转第11版）).
         */
        private static boolean isTagged(String line) {
            return Headlines.closesWithColumnTag(line.strip()) && Markers.continuedTo(line) == null
                    && !Bylines.closesWithPeople(line);
        }

        /** In columns, a full line of the column, or an indented paragraph's first on a page that indents. */
        private boolean isBodyShaped(int k) {
            if (flowing || Double.isNaN(column)) {
                return false;
            }
            String line = lines.get(k);
            return isFullWidth(line) || indented && isIndentedFirstLine(line, column, keptIndents, leadingSpace.get(k));
        }

        private boolean isFullWidth(String line) {
            return PageLayout.isFullWidth(line, column);
        }

        /** A line that may belong to a headline: not the first part of a dateline the column wrapped either. */
        private boolean isHeadlineLine(int k) {
            if (headlineLine[k] == 0) {
                boolean headline = Headlines.isHeadlineLine(lines.get(k), true) && !startsWrappedDateline(k)
                        && !isSignatureDate(k) && !(k + 1 < lines.size() && isSignatureDate(k + 1));
                headlineLine[k] = (byte) (headline ? 1 : 2);
            }
            return headlineLine[k] == 1;
        }

        /**
         * Line k opens a dateline the column wrapped (据新华社斯德哥尔摩 / 10月14日电): joined to the next line it
         * opens an article, and the next line does not open one of its own, or only with the date the dateline goes
         * on with, or with a place and date that name no source — the tail of the source the line opens with
         * (据新华社斯德哥 / 尔摩10月14日电). (A headline line over a dateline with a source of its own, 本报电 or
         * 新华社…电, is a headline's.)
         */
        private boolean startsWrappedDateline(int k) {
            if (k + 1 >= lines.size() || !Markers.opensArticleAt(lines, k)) {
                return false;
            }
            String next = lines.get(k + 1).strip();
            return !Markers.opensArticle(next) || !next.isEmpty() && Character.isDigit(next.charAt(0))
                    || Markers.wrapsDatelineOnto(lines.get(k), next);
        }

        /** Line k holds no more commas and enumerations than a heading line does ({@link Headlines#isHeadingLine}). */
        private boolean isHeadingPunctuated(int k) {
            if (headingPunctuated[k] == 0) {
                headingPunctuated[k] = (byte) (Headlines.isHeadingPunctuated(lines.get(k), 0) ? 1 : 2);
            }
            return headingPunctuated[k] == 1;
        }

        /**
         * Line k is furniture by its form, or a page's number beside its section's name (A04 本地新闻) next to an edition
         * line: alone such a line may be a headline opening with a code (G20 峰会开幕).
         */
        private boolean isFurnitureLine(int k) {
            if (furnitureLine[k] == 0) {
                String line = lines.get(k);
                // its labelled half asked once, for furnitureEnd too
                boolean furniture = Furniture.isFurnitureLine(line, isLabelledLine(k))
                        || Furniture.isSectionPage(line) && besideEditionLine(k) || isSectionBetweenFurniture(k);
                furnitureLine[k] = (byte) (furniture ? 1 : 2);
            }
            return furnitureLine[k] == 1;
        }

        /**
         * Line k is a section's name alone between the page's edition line and its editors' line (某某晚报 2024年… /
         * 消费 / 编辑：…): a word or two of no clause, which no article prints between two lines of the page's own.
         */
        private boolean isSectionBetweenFurniture(int k) {
            // a few characters: most lines are ruled out before they are stripped
            if (k == 0 || k + 1 >= lines.size() || lines.get(k).length() > 2 * MAX_SECTION_WORDS) {
                return false;
            }
            String line = lines.get(k).strip();
            // the line under it asked by its form alone: asking the cutter would ask this line again (a signer's date)
            return !line.isEmpty() && line.length() <= MAX_SECTION_WORDS && line.codePoints().allMatch(Text::isCjk)
                    && Furniture.isEditionLine(lines.get(k - 1).strip()) && Furniture.isLabelledLine(lines.get(k + 1));
        }

        /**
         * Line k is a date alone under the name of who signs the finished text above it (…特此公告。 / 某某公司 /
         * 2024年6月7日): a notice, a statement or a letter is signed and dated so, and the date is its text's, not an
         * edition line. The name's line finishes no sentence and is short of a paragraph's line, and the date ends the
         * run of lines, as a signature ends its text: a date a text goes on under opens an entry of a timeline.
         */
        private boolean isSignatureDate(int k) {
            if (k < 2 || k + 1 < lines.size() || !Furniture.isDateAlone(lines.get(k))) {
                return false;
            }
            String signer = lines.get(k - 1).strip();
            return Text.endsSentence(lines.get(k - 2)) && !Text.endsSentence(signer) && !Text.endsClause(signer)
                    && Text.contentLength(signer) <= MAX_SIGNER && !isFurnitureLine(k - 1);
        }

        /** Line k says it is furniture by its own form ({@link Furniture#isLabelledLine}). */
        private boolean isLabelledLine(int k) {
            if (labelledLine[k] == 0) {
                labelledLine[k] = (byte) (Furniture.isLabelledLine(lines.get(k)) && !isSignatureDate(k) ? 1 : 2);
            }
            return labelledLine[k] == 1;
        }

        /**
         * Line k is shorter than any paragraph's first line. In columns, indented or not: more than an indent short;
         * where the extraction kept indents, a line without one opens no paragraph, and shorter than the column is
         * enough. In flowing text, where a paragraph's first line is all of it: no wider than a short title.
         */
        private boolean isShorterThanFirstLine(int k) {
            if (flowing) {
                return Text.width(lines.get(k)) <= FLOWING_SHORT_HEADING;
            }
            return isShortOfColumnBy(lines.get(k), keptIndents && !leadingSpace.get(k) ? WIDTH_TOLERANCE : MAX_INDENT);
        }

        /** In columns, the line is more than {@code margin} short of a full line of the column. */
        private boolean isShortOfColumnBy(String line, double margin) {
            return !flowing && !Double.isNaN(column) && column - Text.width(line) > margin;
        }

        /**
         * Body text visibly begins at the line: a full line of the column; in flowing text, where a line is a
         * paragraph, one wider than a headline or closing with a full stop, as no headline does.
         */
        private boolean bodyFollows(String next) {
            if (flowing) {
                return Text.width(next) > FLOWING_HEADING_WIDTH || Text.lastChar(next) == '。';
            }
            return isFullWidth(next);
        }

        /**
         * The run of heading lines comes right after an article's closing byline, each shorter than a paragraph's
         * first line: after a byline, a new article's text opens with a full line of the column (or an indented one).
         */
        private boolean newAfterByline(int i, List<String> run) {
            return bylineAbove(i) && shorterThanFirstLines(run);
        }

        /**
         * Line i comes right after an article's closing byline, in this run of lines or at the end of the last; or
         * right after a closing note (its author, its source) cut off in this run.
         */
        private boolean bylineAbove(int i) {
            if (i == noteEnd) {
                return true;
            }
            String above;
            if (i > 0) {
                above = lines.get(i - 1);
            } else if (!out.isEmpty()) {
                List<String> last = out.get(out.size() - 1).lines;
                above = last.get(last.size() - 1);
            } else {
                return false;
            }
            return Bylines.trailing(above).isPresent();
        }

        /**
         * In columns, each line shorter than a paragraph's first line: the column less an indent where paragraphs are
         * indented, else less what justified lines vary by.
         */
        private boolean shorterThanFirstLines(List<String> run) {
            double margin = indented ? MAX_INDENT : WIDTH_TOLERANCE;
            return run.stream().allMatch(line -> isShortOfColumnBy(line, margin));
        }

        private boolean isFarShorter(String line) {
            return !flowing && !Double.isNaN(column)
                    && column - Text.width(line) >= Math.max(MIN_SHORT_HEADING, column * SHORT_HEADING);
        }

        /**
         * Unlike any body line of the column: closing with a column's name in brackets; in columns wider than the
         * column or far shorter (a paragraph's last line ends its sentence, its first is at most an indent short); in
         * flowing text no wider than a headline.
         */
        private boolean standsApart(String line) {
            if (Headlines.closesWithColumnTag(line.strip())) {
                return true;
            }
            double width = Text.width(line);
            if (flowing || Double.isNaN(column)) {
                return width <= FLOWING_HEADING_WIDTH;
            }
            return isWiderThanColumn(width, column) || isFarShorter(line);
        }

        /**
         * The names of a byline line the column broke inside a name or a role (…实习生 蓝 / 嘉懿, …某某县融媒 / 体记者
         * 王芳), else null: line i is none alone (its caller asked), and joined to the short line under it it is one.
         */
        private List<String> wrappedBylineNames(int i) {
            // the line names a role near its start, or opens with an author's mark: most lines are ruled out before
            // the two are joined
            String line = lines.get(i).strip();
            if (i + 1 >= lines.size() || lines.get(i + 1).strip().length() > MAX_BYLINE_TAIL
                    || !Bylines.mayNameRole(line) && !Bylines.opensWithHollowMark(line)) {
                return null;
            }
            String joined = line + lines.get(i + 1).strip();
            if (Text.endsSentence(joined)) {
                return null;
            }
            // broken inside a name or a role (…实习生 蓝 / 嘉懿), or between an expert's workplace and title
            List<String> names = Bylines.line(joined);
            return names != null ? names : Bylines.line(line + " " + lines.get(i + 1).strip());
        }

        /**
         * The byline line i and the lines of names alone right under it, where the line ran out of room for all of
         * them (本报记者  王  芳  李  华 / 张  明  赵小强): one byline block.
         */
        private int bylineLines(int i, List<String> names) {
            int end = i + 1;
            List<String> all = new ArrayList<>(names);
            for (List<String> more; !names.isEmpty() && end < lines.size()
                    && (more = Bylines.namesAlone(lines.get(end))) != null; end++) {
                all.addAll(more);
            }
            return block(i, end, Block.Kind.BYLINE, all);
        }

        /** Line i as a block of its own; returns the line after it. */
        private int single(int i, Block.Kind kind, List<String> names) {
            return block(i, i + 1, kind, names);
        }

        /** Lines i to end made a block of their own, of this kind; returns where it ends. */
        private int block(int i, int end, Block.Kind kind, List<String> names) {
            emit(i);
            Block b = new Block(lines.subList(i, end), afterBlank, kind);
            b.names = names;
            out.add(b);
            start = end;
            afterBlank = false;
            return end;
        }

        private void emit(int end) {
            if (end > start) {
                Block b = new Block(lines.subList(start, end), afterBlank, Block.Kind.TEXT);
                b.leadingSpace = List.copyOf(leadingSpace.subList(start, end));
                out.add(b);
                afterBlank = false;
                start = end;
            }
        }
    }
}
