package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What headline lines look like on any page: short, with no sentence in them. A headline may close with ！ or ？ and
 * hold commas between its phrases (主动出“机”，飞赴欧洲), but never 。 and never ends on a comma, colon or dash.
 */
final class Headlines {

    /** The marks a headline's width may wrap one of its lines after: a comma, an enumeration's mark. */
    private static final String WRAP_MARKS = "，,、";

    /** Lines a headline block runs to at most: kicker, a title wrapped over three lines, a subtitle over two. */
    static final int MAX_LINES = 6;
    /** Two to four characters, a space or more between each two ({@link #isSpreadWord}). */
    private static final Pattern SPREAD_WORD = Pattern.compile("\\p{IsHan}(?:[ \\u3000]+\\p{IsHan}){1,3}");
    /** Characters a spread word's line runs to at most: four characters and the spaces between them. */
    private static final int MAX_SPREAD_WORD = 16;
    /** Characters a headline block holds at most (kicker, title and subtitle together). */
    static final int MAX_CHARS = 90;
    /** Widest headline line in em: wider than any headline a page prints across its columns. */
    private static final double MAX_LINE_WIDTH = 75;
    /** Commas a headline holds at most, between two phrases: a sentence holds more. */
    static final int MAX_COMMAS = 1;
    /**
     * Commas a headline block holds at most: a kicker of three phrases, or a kicker and a title of two each. A block
     * of wrapped lines holding more is a sentence run over them, a summary or a lead, each line of which looks like a
     * headline's.
     */
    private static final int MAX_BLOCK_COMMAS = 2;
    /** Letters of a kicker naming a speaker before a colon: a name or a group, not a clause. */
    private static final int MAX_COLON_KICKER = 12;

    /**
     * Letters and marks a column's name in brackets may hold: a series joined to its column with a middle dot and
     * numbered (…·…这一年③), or a campaign's slogan standing for a column, runs to about twenty.
     */
    private static final int MAX_COLUMN_TAG_CHARS = 24;
    /** A column's name in brackets closing a line (…（人民时评）): a short name, nothing bracketed inside it. */
    private static final Pattern COLUMN_TAG = Pattern.compile(
            "\\S[（(][^（）()]{2," + MAX_COLUMN_TAG_CHARS + "}[）)]$");

    /** Who asks or answers in an interview, before the colon of a turn (记者：, 本报记者：, 问：, 答：, 主持人：). */
    private static final Pattern INTERVIEW_TURN = Pattern.compile("^(?:本报)?(?:记者|主持人|问|答)[:：]");
    /** The words a caption points at its picture with: 图为, 上图：, 下图为 (上图 alone may open a name: 上图 the library). */
    private static final Pattern PICTURE_POINTER = Pattern.compile("图为|[上下左右题]图[:：为]");
    /** Characters before the colon of an interview's turn at most: 本报记者. */
    private static final int MAX_TURN_LABEL = 4;
    /** The marks a sub-heading's or summary's line may open with (■ 本站比赛…, ● …). */
    static final String DEVICE_MARKS = "■□●○◆◇▲△★☆▶►";
    /** A sub-heading's or summary's device opening a line: ■, ●, a numbering (一、 （一） 1.). */
    private static final Pattern DEVICE = Pattern.compile(
            "^(?:[" + DEVICE_MARKS + "]|[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.、．])");

    /**
     * Labels a picture story is printed under (图片报道, 图片新闻): the same words in every paper. Such a label is a
     * headline of its own — the story under it is a caption — never the kicker of the headline next to it, nor a
     * sub-heading inside running text.
     */
    private static final Set<String> PICTURE_STORY_LABELS = Set.of("图片报道", "图片新闻", "新闻图片", "摄影报道");
    /** Characters a line holding such a label runs to at most, its marks and spaces counted. */
    private static final int MAX_PICTURE_LABEL_LINE = 12;
    /** A character each of {@link #PICTURE_STORY_LABELS} holds. */
    private static final String PICTURE_LABEL_CHARS = "图摄";

    /**
     * Words a row of a list holds at least: four names (a headline's parts side by side are two or three phrases, a
     * word spread over its width two characters).
     */
    private static final int MIN_LIST_ROW_ITEMS = 4;
    /** Characters of a list's item at most: a name of four characters, a place's or unit's short name. */
    private static final int MAX_LIST_ITEM_CHARS = 4;
    /** Words the last row of a list holds at least, under a full row: a name spread over its width (罗  军). */
    static final int MIN_LIST_TAIL_ITEMS = 2;

    /** What stands in a label besides its words: spaces, a colon, the brackets or a device around it. */
    private static final Pattern LABEL_NOISE = Pattern.compile("[\\s\\u3000:：【】\\[\\]" + DEVICE_MARKS + "]");
    /** A number opening a list's item: 1. 1、 一、 （一） (1) ①; not a decimal (1.5倍). */
    private static final Pattern ITEM_NUMBER = Pattern.compile(
            "^[\\s\\u3000]*(?:(\\d{1,2})(?:[.．](?!\\d)|、)|([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3}|\\d{1,2})[）)]"
                    + "|([①-⑳]))");
    /** The characters an item's number may open with, besides digits and circled digits. */
    private static final String ITEM_FIRSTS = "一二三四五六七八九十（(";
    /** Items numbered in a row that make lines a list. */
    private static final int MIN_LIST_ITEMS = 2;

    private Headlines() {
    }

    /**
     * Lines holding a numbered list: two items or more whose numbers run on (1. … 2. …, 一、… 二、…). A headline is no
     * list; a sub-heading is one numbered line standing alone. The list is text, such as an agenda or the points of a
     * notice, however short its items.
     */
    static boolean isNumberedList(List<String> lines) {
        int items = 0;
        int last = -1;
        for (String line : lines) {
            if (!mayOpenListItem(line)) {
                continue;
            }
            Matcher m = ITEM_NUMBER.matcher(line);
            if (!m.lookingAt()) {
                continue;
            }
            int n = itemNumber(m);
            if (last >= 0 && n != last + 1) {
                return false;
            }
            last = n;
            items++;
        }
        return items >= MIN_LIST_ITEMS;
    }

    /** The line opens with a list item's number (1. 一、 （一） ①). */
    static boolean opensListItem(String line) {
        return mayOpenListItem(line) && ITEM_NUMBER.matcher(line).lookingAt();
    }

    /** An item's number opens with a digit, a numeral, a bracket or a circled digit: most lines are ruled out here. */
    private static boolean mayOpenListItem(String line) {
        char c = Text.firstChar(line);
        return Character.isDigit(c) || ITEM_FIRSTS.indexOf(c) >= 0 || c >= '①' && c <= '⑳';
    }

    private static int itemNumber(Matcher m) {
        if (m.group(1) != null) {
            return Integer.parseInt(m.group(1));
        }
        if (m.group(2) != null) {
            return Markers.chineseNumber(m.group(2));
        }
        if (m.group(3) != null) {
            String g = m.group(3);
            return Character.isDigit(g.charAt(0)) ? Integer.parseInt(g) : Markers.chineseNumber(g);
        }
        return m.group(4).charAt(0) - '①' + 1;
    }

    /**
     * A column's label set off by a run of ornaments after it, before it or on both sides (体坛速递 ●●●, ◆◆ 城事 ◆◆): a
     * sub-heading or a title carries one device at most.
     */
    private static final Pattern ORNAMENTED_LABEL = Pattern.compile("^(?:[" + DEVICE_MARKS
            + "]{2,}[\\s\\u3000]*)?\\p{IsHan}{2,8}(?:[\\s\\u3000]*[" + DEVICE_MARKS + "]{2,})?$");

    /** The line is a column's label set off by ornaments ({@link #ORNAMENTED_LABEL}). */
    static boolean isOrnamentedLabel(String line) {
        String s = line.strip();
        return s.length() > 2 && (isDeviceMark(s.charAt(0)) || isDeviceMark(s.charAt(s.length() - 1)))
                && ORNAMENTED_LABEL.matcher(s).matches();
    }

    /**
     * Words a column of briefs is named by (体坛速递, 科技快讯, 财经简讯, 警情快报, 乡镇传真, 部门动态): news in short, a
     * few items under one label. A title names what happened; it does not end with what kind of column it stands in.
     */
    private static final Pattern BRIEFS_COLUMN_LABEL = Pattern.compile(
            "\\p{IsHan}{0,6}(?:速递|快讯|简讯|短讯|快报|速览|播报|传真|动态|简报)");

    /**
     * Characters a briefs column's label line runs to at most: the label's eight characters at most and the brackets,
     * marks or spaces set around it (【财经简讯】, ■ 体坛速递 ■).
     */
    private static final int MAX_BRIEFS_LABEL_LINE = 12;

    /** The line is the name of a column of briefs ({@link #BRIEFS_COLUMN_LABEL}), alone on its line. */
    static boolean isBriefsColumnLabel(String line) {
        return line.length() <= MAX_BRIEFS_LABEL_LINE && BRIEFS_COLUMN_LABEL.matcher(labelWords(line)).matches();
    }

    /** A device mark (■, ●): a summary's, a sub-heading's or a brief title's. */
    static boolean isDeviceMark(char c) {
        return DEVICE_MARKS.indexOf(c) >= 0;
    }

    /** The line opens with a device mark (■, ●), not with a numbering. */
    static boolean opensWithDeviceMark(String line) {
        return !line.isEmpty() && isDeviceMark(line.charAt(0));
    }

    /** The text opens with a sub-heading's or summary's device. */
    static boolean opensWithDevice(CharSequence text) {
        return DEVICE.matcher(text).lookingAt();
    }

    /**
     * The text closes with a column's name in brackets (让老字号焕发新活力（城市观察）): headlines carry them, body
     * lines and sub-headings do not.
     */
    static boolean closesWithColumnTag(CharSequence text) {
        // the pattern is tried only on a text closing with a bracket: most lines are ruled out without it
        int n = text.length();
        if (n == 0 || !Text.isClosingBracket(text.charAt(n - 1))) {
            return false;
        }
        return COLUMN_TAG.matcher(text).find();
    }

    /**
     * A part of the line, where parts stand side by side spaced apart (title and subtitle on one line), closes with a
     * column's name in brackets: 稳中提质（权威发布）  民企成为….
     */
    static boolean closesPartWithColumnTag(String line) {
        String text = line.strip();
        for (int space = Text.nextSpace(text, 0); space > 0; space = Text.nextSpace(text, space + 1)) {
            if (closesWithColumnTag(text.substring(0, space))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line closes with a column's name, and its mark of enumeration stands before it, in the title (把初心铭之于
     * 心、践之于行（声音）); in the bracket it lists names (新华社发（甲、乙）), no column's.
     */
    private static boolean joinsPhrasesBeforeColumnTag(String line) {
        int open = Math.max(line.lastIndexOf('（'), line.lastIndexOf('('));
        return open > 0 && line.indexOf('、', open) < 0 && line.indexOf('；', open) < 0 && closesWithColumnTag(line);
    }

    /** Short, unpunctuated lines that could be a headline (or a sub-heading). */
    static boolean isHeadlineLike(List<String> lines, boolean flowing) {
        return isHeadlineLike(lines, flowing, Double.NaN);
    }

    /**
     * {@link #isHeadlineLike(List, boolean)} of a block set in a column this wide (NaN when none is known). A kicker or
     * title that the headline's width wrapped may break after its comma (…闭幕三年多， / 经过重新治理后——) or in the
     * middle of a list (…办220多场展览、 / 400多场讲座): such a line is a headline's too, unless it and the line under
     * it both fill the column, as a paragraph's lines do.
     */
    static boolean isHeadlineLike(List<String> lines, boolean flowing, double column) {
        if (lines.size() > MAX_LINES) {
            return false;
        }
        // counted first: a paragraph's block is ruled out here, before its lines are read for a subtitle
        int chars = chars(lines);
        if (chars > MAX_CHARS) {
            return false;
        }
        int subtitle = subtitleLine(lines);
        if (subtitle > 0) {
            // the title above a subtitle may close with its question; each part holds the commas of a headline
            return isHeadlineLike(lines.subList(0, subtitle), flowing, column)
                    && isHeadlineLike(lines.subList(subtitle, lines.size()), flowing, column);
        }
        if (chars < 2) {
            return false;
        }
        if (commas(lines) > MAX_BLOCK_COMMAS || lines.size() >= MIN_LIST_ITEMS && isNumberedList(lines)) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            if (!isHeadlineLine(lines.get(i), last) && (last || !isWrappedAtMark(lines, i, column))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first line after the block's first that opens with a dash (——专家提醒：…): a subtitle, which a headline sets
     * under its title as a unit of its own. 0 when there is none. A dash alone on its line is a kicker's, wrapped
     * off the line above it (…“中国福” / ——).
     */
    private static int subtitleLine(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if ((s.startsWith("——") || s.startsWith("--")) && Text.contentLength(s, 1) > 0) {
                return i;
            }
        }
        return 0;
    }

    /** The characters of the block's lines, counted no further than one more than a headline holds. */
    private static int chars(List<String> lines) {
        int chars = 0;
        for (String line : lines) {
            // a paragraph is ruled out after a line's worth
            chars += Text.contentLength(line, MAX_CHARS + 1 - chars);
            if (chars > MAX_CHARS) {
                break;
            }
        }
        return chars;
    }

    /**
     * Line i of a block, not its last, would be a headline line but for the comma or enumeration mark the headline's
     * width wrapped it after; and it is no paragraph's line: not it and the line under it both as wide as the column.
     */
    private static boolean isWrappedAtMark(List<String> lines, int i, double column) {
        String s = lines.get(i).strip();
        int comma = s.length() - 1;
        if (comma < 1 || WRAP_MARKS.indexOf(s.charAt(comma)) < 0 || !isHeadlineLine(s.substring(0, comma), false)) {
            return false;
        }
        return !PageLayout.isFullWidth(lines.get(i), column) || !PageLayout.isFullWidth(lines.get(i + 1), column);
    }

    /** {@link #isHeadingLine(String, int)} of line i of a block: only its last line may end in ！ or ？. */
    static boolean isHeadingLineIn(List<String> lines, int i, int enumerations) {
        return isHeadingPunctuated(lines.get(i), enumerations) && isHeadlineLine(lines.get(i), i == lines.size() - 1);
    }

    /**
     * A word of two to four characters set apart by spaces (四 川, 短 评): a kicker spread over its title's width,
     * never a headline of its own, and one part of a headline, not parts side by side.
     */
    static boolean isSpreadWord(String line) {
        return line.length() <= MAX_SPREAD_WORD && (line.indexOf(' ') > 0 || line.indexOf('\u3000') > 0)
                && SPREAD_WORD.matcher(line.strip()).matches();
    }

    /** The line is the label of a picture story ({@link #PICTURE_STORY_LABELS}). */
    static boolean isPictureStoryLabel(String line) {
        // every label is short and names a picture (图) or a photograph (摄): most lines are ruled out without the
        // pattern that strips a label's marks
        return line.length() <= MAX_PICTURE_LABEL_LINE && Text.containsAny(line, PICTURE_LABEL_CHARS)
                && PICTURE_STORY_LABELS.contains(labelWords(line));
    }

    /** A label's words: without spaces, a colon after it or the marks around it (【核心阅读】, 链 接：, ■相关链接). */
    static String labelWords(String line) {
        return LABEL_NOISE.matcher(line).replaceAll("");
    }

    /** The commas (，,) of a block's lines together. */
    static int commas(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                n += c == '，' || c == ',' ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * A line that may belong to a headline block printed without blank lines around it: a headline line with at most
     * one comma between its phrases and no enumeration (、；) — a body line cut short holds more of them.
     */
    static boolean isHeadingLine(String line) {
        return isHeadingLine(line, 0);
    }

    /**
     * {@link #isHeadingLine(String)}, but allowing {@code enumerations} marks of enumeration: a headline may join two
     * phrases with 、 (不忘初心、牢记使命) where nothing but blank lines stands around it to confuse it with a body line,
     * or where the line closes with a column's name, which only headlines carry.
     */
    static boolean isHeadingLine(String line, int enumerations) {
        return isHeadingPunctuated(line, enumerations) && isHeadlineLine(line, true);
    }

    /**
     * The punctuation half of {@link #isHeadingLine(String, int)}: at most one comma, and no more marks of enumeration
     * than allowed. For callers that know already the line may belong to a headline.
     */
    static boolean isHeadingPunctuated(String line, int enumerations) {
        // one mark more only for a line closing with a bracket, as a column's name closes it: most lines end at once
        int allowed = Text.closesWithBracket(line) ? enumerations + 1 : enumerations;
        int commas = 0;
        int marks = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '，' || c == ',') {
                commas++;
            } else if ((c == '、' || c == '；' || c == ';') && ++marks > allowed) {
                return false;
            }
        }
        if (marks > enumerations && !joinsPhrasesBeforeColumnTag(line.strip())) {
            return false;
        }
        return commas <= MAX_COMMAS;
    }

    /**
     * One line that may belong to a headline; {@code last}: the last line of its block, which may end in ！ or ？. Not
     * a line closing an article's text on this page — a jump to another page (…（下转第5版）) or the end of copy
     * (（完）): a headline heads text, it never closes it; nor an interview's turn (记者：…？), nor a caption's first
     * line (图为…).
     */
    static boolean isHeadlineLine(String line, boolean last) {
        if (Text.width(line) > MAX_LINE_WIDTH || line.contains("。") || isInterviewTurn(line) || pointsAtPicture(line)) {
            return false;
        }
        if (Text.endsClause(line) && !endsLeadingIntoTitle(line, last)
                || (Text.endsSentence(line) && !(last && endsExclamationOrQuestion(line)))) {
            return false;
        }
        return !isListRow(line) && !Markers.opensArticle(line) && Bylines.trailing(line).isEmpty()
                && !Furniture.isEditorLine(line) && Bylines.line(line) == null && !closesText(line);
    }

    /**
     * The line opens with the words a caption points at its picture with (图为…, 上图：…): a caption's first line,
     * however short the column cut it, never a headline's.
     */
    static boolean pointsAtPicture(String line) {
        // the picture's character stands first or second: most lines are ruled out without the pattern
        return line.length() > 1 && (line.charAt(0) == '图' || line.charAt(1) == '图')
                && PICTURE_POINTER.matcher(line).lookingAt();
    }

    /**
     * A turn of an interview or a questions-and-answers column, opened by who speaks and a colon (记者：…？, 问：…,
     * 答：…, 主持人：…): the text of the article, however it ends, never a headline line. A kicker naming who speaks
     * ends with its colon ({@link #isKickerWithColon}).
     */
    private static boolean isInterviewTurn(String line) {
        // the colon stands within the label's few characters, words after it: most lines end at their first characters
        int end = Math.min(line.length() - 1, MAX_TURN_LABEL + 1);
        for (int k = 1; k < end; k++) {
            char c = line.charAt(k);
            if (c == '：' || c == ':') {
                return INTERVIEW_TURN.matcher(line).lookingAt();
            }
        }
        return false;
    }

    /**
     * A row of a list: at least {@link #MIN_LIST_ROW_ITEMS} short words spaced apart and nothing else (王晨  曹建明
     * 张春贤  沈跃跃, the names of a 名单, also each spread over its width: 王  伟  李  明). A headline holds a phrase
     * or two; a row of names, places or units is a list's text.
     */
    static boolean isListRow(String line) {
        return isListRow(line, MIN_LIST_ROW_ITEMS);
    }

    /**
     * A row of at least {@code minItems} short words spaced apart and nothing else: under a list's row, its last. Names
     * run to three characters, some to four; a row mostly of four-character words is a headline's parallel phrases
     * (社会选拔 海外拉练 封闭训练), no list.
     */
    static boolean isListRow(String line, int minItems) {
        int items = 0;
        int longItems = 0;
        int run = 0;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (Text.isSpace(c)) {
                items += run > 0 ? 1 : 0;
                longItems += run == MAX_LIST_ITEM_CHARS ? 1 : 0;
                run = 0;
            } else if (isNameChar(c)) {
                if (++run > MAX_LIST_ITEM_CHARS) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return items >= minItems && longItems * 2 < items;
    }

    /** A character of a name: a Han character (most of them in the common block, asked first), or a name's dot. */
    private static boolean isNameChar(char c) {
        return Text.isCommonHan(c) || c == '·' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The line closes an article's text with a jump to another page or the end of copy: it ends in a bracket. */
    private static boolean closesText(String line) {
        return Text.closesWithBracket(line) && (Markers.continuedTo(line) != null || Markers.endsCopy(line));
    }

    /** A kicker's end that leads into the title below it: a dash, or (above another line) a speaker's colon. */
    private static boolean endsLeadingIntoTitle(String line, boolean last) {
        return endsWithDash(line) || !last && isKickerWithColon(line);
    }

    /** A kicker may lead into its title with a dash (研究发现——): a headline's, not a sentence's, device. */
    private static boolean endsWithDash(String line) {
        String s = line.strip();
        return s.endsWith("——") || s.endsWith("--");
    }

    /**
     * A kicker may name who speaks before its title with a colon (各界人士： / 祖国是…): a short line above another
     * headline line, where a sentence's colon would run on into what is said.
     */
    private static boolean isKickerWithColon(String line) {
        String s = line.strip();
        return (s.endsWith("：") || s.endsWith(":")) && Text.contentLength(s) <= MAX_COLON_KICKER;
    }

    private static boolean endsExclamationOrQuestion(String line) {
        char c = Text.lastMeaningful(line);
        return c == '！' || c == '？' || c == '!' || c == '?';
    }

    /** Paragraphs after the first that read as headlines: the sub-headings of a feature. */
    static List<String> innerSubheadings(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (isHeadlineLike(List.of(p), true)) {
                out.add(p);
            }
        }
        return out;
    }
}
