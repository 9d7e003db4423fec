package dev.newsflow.enrich.split;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks that open or close an article: datelines (本报讯, 本报北京5月21日电, 新华社…电, 据新华社电, a paper's own
 * 某某讯), （上接第N版）, （下转第N版）, （完）.
 *
 * <p>A dateline is recognised by its grammar, the same in every Chinese paper — an optional 据, an optional source
 * (本报 or a name ending in 社/网/台/报/刊), an optional place, an optional date, and 电, 讯 or 消息 — never by the
 * names of particular papers or agencies.
 */
final class Markers {

    private static final String HAN = "\\p{IsHan}";
    private static final String NUM = "(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})";
    /**
     * A source of news: 本报, 本刊, or a name ending in 社, 网, 报 or 刊 (新华社, 人民网, 央视, 某某日报), a station's
     * (某某电视台, 某某电台, 中央广播电视总台: a 台 alone ends words, 首台 or 平台, that name no source), or a news
     * app's or site's (某某新闻, 某某日报客户端).
     */
    private static final String SOURCE = "(?:本报|本刊|" + HAN + "{1,6}(?:社|网|电视台|电台|总台|报|刊|视|新闻|客户端))";
    /** 电 of a date's dispatch, not the first character of a word (电话, 电视, 电力 …) a sentence may go on with. */
    private static final String NOT_A_WORD_WITH_DIAN = "(?![话视影脑力子商网气站厂池梯器源竞缆车])";
    /** A desk's news: 讯, maybe after an all-media desk's name or a roundup's 综合 (全媒体讯, 综合讯). */
    private static final String DESK_NEWS = "(?:全媒体|融媒体|融媒|新媒体)?(?:综合)?讯";
    /**
     * The paper's own news (本报讯, 本刊讯): no word goes on from it, so it is a dateline whatever follows it, the text
     * too where the extraction lost the space after it (本报讯记者从…获悉).
     */
    private static final String OWN_NEWS = "(?:本报|本刊)" + DESK_NEWS;
    /**
     * A dateline: [据] [source] [place] [M月D日] 电|消息, source [place] D日 电 (本报上海3日电: the day alone, within
     * the month of the edition), or [据] source|place 讯 (本报讯, 晚报讯, 某某日报全媒体讯), or
     * a source's roundup (本报综合报道); some papers set it in black brackets (【本报讯】).
     */
    private static final Pattern DATELINE = Pattern.compile("^(?:【(?=[^】]{2,30}】))?(?:据)?(?:"
            + "(?:" + SOURCE + ")?[" + HAN + "·]{0,10}?" + NUM + "\\s*月\\s*" + NUM + "\\s*日\\s*"
            + "(?:电" + NOT_A_WORD_WITH_DIAN + "|讯|消息)"
            + "|" + SOURCE + "[" + HAN + "·]{0,10}?" + NUM + "\\s*日\\s*(?:电" + NOT_A_WORD_WITH_DIAN + "|讯|消息)"
            + "|" + SOURCE + "[" + HAN + "·]{0,10}?(?:电|消息)(?=[\\s\\u3000（(：:】]|$)"
            + "|" + SOURCE + "?" + DESK_NEWS + "(?=[\\s\\u3000（(：:】]|\\d|$)"
            + "|" + OWN_NEWS
            + "|" + SOURCE + "综合报道(?=[\\s\\u3000（(：:】]|$)"
            + "|" + HAN + "{2,6}(?<![喜通资音闻短简快])讯(?=[\\s\\u3000（(：:】]|\\d|$)"
            + ")】?");
    /**
     * A text opening with whom it reports after, a source of news, a country's media or a paper by its title, and
     * when maybe (据某某新闻报道，, 据某国媒体17日报道，, 据某国《某某报》报道，): an agency's or a roundup's lead.
     */
    private static final Pattern REPORTED_SOURCE = Pattern.compile("^据(?:" + SOURCE + "|" + HAN + "{1,6}媒体|" + HAN
            + "{0,6}《[^》]{1,16}》)(?:" + NUM + "月)?(?:" + NUM + "日)?报道[，,：:]");
    /** A letter's salutation to the paper's editors or reporters. */
    private static final Pattern SALUTATION = Pattern.compile("^(?:尊敬的)?(?:编辑|记者)(?:同志|老师|部)?[：:]");
    /** The paper's own news at the start of a line, maybe after 据 or a black bracket. */
    private static final Pattern OWN_NEWS_FIRST = Pattern.compile("^【?据?" + OWN_NEWS);
    /** A dateline's source at the start of a line, maybe after 据 or a black bracket: 本报, 新华社, 某某日报. */
    private static final Pattern SOURCE_FIRST = Pattern.compile("^【?据?" + SOURCE);
    /** 又电: another dispatch of the same report, printed inside it. */
    private static final Pattern ANOTHER_DISPATCH = Pattern.compile("^(?:又电|另电)");
    /** Longest dateline looked for: source, place and date. */
    static final int MAX_DATELINE = 28;
    /** Characters of a brief's title run in before its dateline: a short headline. */
    private static final int MAX_RUN_IN_TITLE = 24;
    private static final int MIN_RUN_IN_TITLE = 2;
    /**
     * A dateline line this narrow, in em, may hold only the first part of a dateline wrapped by a narrow column: its
     * width, not its characters, since a date's digits are half as wide.
     */
    private static final double WRAPPED_DATELINE_WIDTH = 12;
    private static final String NUMBER = "([0-9０-９一二三四五六七八九十]{1,3})";
    /**
     * The page an article jumps to or from: its number, after the letter of its section where a paper numbers its
     * pages by section (A3, B2); the number is what is kept.
     */
    static final String PAGE = "第?\\s*[A-ZＡ-Ｚ]?\\s*" + NUMBER + "\\s*版";
    /**
     * Where an article goes on from another page, opening its text: in brackets (（上接第1版）, 【上接A1版】, （续第一版）),
     * or 上接 with no bracket, an arrow maybe before it (◀上接第1版), set apart from the text by a space.
     */
    private static final Pattern CONTINUED_FROM = Pattern.compile("^(?:[（(【]\\s*(?:上接|紧接|接|续)" + PAGE
            + "\\s*[）)】]|[◀◁←]?\\s*上接" + PAGE + "(?=[\\s\\u3000]|$))");
    /** The characters a continuation from another page may open with: a bracket or an arrow (or 上接 itself). */
    private static final String CONTINUED_FROM_OPENERS = "（(【◀◁←";
    /**
     * Where an article goes on to another page, closing its text: in brackets (（下转第2版）, 【转A2版】), or 下转 with
     * no bracket, an arrow maybe before it (>>下转第3版).
     */
    private static final Pattern CONTINUED_TO = Pattern.compile("(?:[（(【]\\s*(?:下转|转)" + PAGE + "\\s*[）)】]"
            + "|(?:>>|[▶►→])?\\s*下转" + PAGE + ")\\s*$");

    /** Characters at most of a continuation marker's wrapped tail: the whole marker is about this long. */
    private static final int MAX_MARKER_TAIL = 8;

    private static final Pattern END_OF_COPY = Pattern.compile("[（(]\\s*(?:全文)?完\\s*[）)]$");
    /** A source a text was taken from, in brackets after its last sentence ({@link #endsWithSource}). */
    private static final Pattern TAKEN_FROM = Pattern.compile(
            "[。！？!?…”][（(](?:据|摘自|摘编自|转自|选自|转载自)[^（）()]{1,30}[）)]$");

    private Markers() {
    }

    /** The dateline that opens {@code text}, or null. */
    static String dateline(String text) {
        String s = text.strip();
        if (!mayHoldDateline(s) || ANOTHER_DISPATCH.matcher(s).lookingAt()) {
            return null;
        }
        Matcher m = DATELINE.matcher(s);
        return m.lookingAt() ? s.substring(0, m.end()) : null;
    }

    /**
     * A dateline ends in 电, 讯, 消息 or (综合)报道 within its first characters, right after a date's 日 or right before
     * a space, a bracket, a colon or the end (讯 also before a digit): most lines are ruled out without a regex, and
     * so are the words a sentence holds them in (电话, 通讯员, 信息, 报道了).
     */
    private static boolean mayHoldDateline(String s) {
        int end = Math.min(s.length(), MAX_DATELINE);
        for (int i = 1; i < end; i++) {
            char c = s.charAt(i);
            boolean token = c == '电' || c == '讯' || c == '息' && s.charAt(i - 1) == '消'
                    || c == '道' && s.charAt(i - 1) == '报';
            // 消息 and 报道 start a character before their last
            int word = c == '息' || c == '道' ? i - 1 : i;
            if (token && (word > 0 && afterDay(s, word) || endsDatelineAt(s, i + 1, c == '讯')
                    || c == '讯' && OWN_NEWS_FIRST.matcher(s).lookingAt())) {
                return true;
            }
        }
        return false;
    }

    /** The character before i, past spaces, is a date's 日. */
    private static boolean afterDay(String s, int i) {
        int k = i - 1;
        while (k > 0 && isRegexSpace(s.charAt(k))) {
            k--;
        }
        return s.charAt(k) == '日';
    }

    /** What may follow a dateline's last word: a space, a bracket, a colon, the end; for 讯 a digit too. */
    private static boolean endsDatelineAt(String s, int i, boolean digit) {
        if (i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        return isRegexSpace(c) || "\u3000（(：:】".indexOf(c) >= 0 || digit && c >= '0' && c <= '9';
    }

    /** A space as {@code \\s} matches one: ASCII only. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Where the dateline starts after a brief's title run in before it on the same line (西山公园花期提前　本报讯　…),
     * else -1: columns of briefs set each title off from its dateline by a space, no line break.
     */
    static int runInDateline(String line) {
        // a space sets the title off, and a dateline ends in 电, 讯 or 消息: most lines are ruled out here
        int limit = Math.min(line.length(), MAX_RUN_IN_TITLE + 1);
        if (!Text.containsAny(line, " \u3000", limit) || !Text.containsAny(line, "电讯息", limit + MAX_DATELINE)) {
            return -1;
        }
        for (int i = MIN_RUN_IN_TITLE; i < limit; i++) {
            if (!Text.isSpace(line.charAt(i)) || Text.isSpace(line.charAt(i - 1))) {
                continue;
            }
            int rest = i;
            while (rest < line.length() && Text.isSpace(line.charAt(rest))) {
                rest++;
            }
            String title = line.substring(0, i).strip();
            if (rest < line.length() && dateline(line.substring(rest)) != null && dateline(title) == null
                    && Headlines.isHeadlineLine(title, false)) {
                return rest;
            }
        }
        return -1;
    }

    static boolean startsReport(String line) {
        return dateline(line) != null || Bylines.runInCredit(line) != null;
    }

    /** Opens an article: a dateline or a continuation from another page. */
    static boolean opensArticle(String line) {
        return LineMemo.answer(LineMemo.Question.OPENS_ARTICLE, line,
                l -> continuedFrom(l) != null || startsReport(l));
    }

    /**
     * The text opens with a letter's salutation to the paper (编辑同志：, 尊敬的编辑：, 记者同志：): a reader's letter,
     * which nothing above it writes.
     */
    static boolean opensWithSalutation(String text) {
        // it opens with whom it greets: most texts are ruled out here
        char first = Text.firstChar(text);
        return (first == '编' || first == '记' || first == '尊') && SALUTATION.matcher(text).lookingAt();
    }

    /** The text opens with whom it reports after ({@link #REPORTED_SOURCE}). */
    static boolean opensWithReportedSource(String text) {
        return text.startsWith("据") && REPORTED_SOURCE.matcher(text).lookingAt();
    }

    /**
     * Line j of the lines opens an article: a dateline, or the first part of one a narrow column wrapped, read with
     * the next line.
     */
    static boolean opensArticleAt(List<String> lines, int j) {
        String line = lines.get(j);
        return opensArticle(line) || j + 1 < lines.size() && Text.width(line) <= WRAPPED_DATELINE_WIDTH
                && opensArticle(line + lines.get(j + 1));
    }

    /**
     * Line k opens a dateline's source and the next line goes on with the rest of it (据新华社斯德哥 / 尔摩10月14日电):
     * the next line's own dateline, if it reads as one, names no source of its own, so it is the tail of the first.
     */
    static boolean wrapsDatelineOnto(String line, String next) {
        String d = dateline(next);
        return d != null && SOURCE_FIRST.matcher(line.strip()).lookingAt() && !SOURCE_FIRST.matcher(d).lookingAt();
    }

    /** N of a leading （上接第N版）, else null. */
    static Integer continuedFrom(String line) {
        // the pattern needs a bracket, an arrow or 上接 first: most lines are ruled out without it (and without a copy)
        char first = Text.firstChar(line);
        if (CONTINUED_FROM_OPENERS.indexOf(first) < 0 && first != '上') {
            return null;
        }
        Matcher m = CONTINUED_FROM.matcher(line.strip());
        return m.lookingAt() ? pageNumber(m) : null;
    }

    /** The text without the continuation from another page that opens it. */
    static String stripContinuedFrom(String line) {
        return CONTINUED_FROM.matcher(line.strip()).replaceFirst("").strip();
    }

    /** The page's number of a continuation marker matched: its bracketed form's, or its bare form's. */
    private static int pageNumber(Matcher m) {
        return number(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** N of a trailing （下转第N版）, else null. */
    static Integer continuedTo(String line) {
        // the marker closes the line with its bracket or 版, and holds 转: most lines are ruled out without them (and
        // without a copy)
        char last = Text.lastChar(line);
        if (!Text.isClosingBracket(last) && last != '】' && last != '版' || line.indexOf('转') < 0) {
            return null;
        }
        String s = line.strip();
        Matcher m = CONTINUED_TO.matcher(s);
        return m.find() ? pageNumber(m) : null;
    }

    /**
     * The line is the rest of a continuation marker that opened at the end of the line before it (…（下转 / 第4版）):
     * the marker holds all of the line, and the line before holds none of its own.
     */
    static boolean wrapsContinuedTo(String before, String line) {
        if (line.length() > MAX_MARKER_TAIL || !Text.closesWithBracket(line) || continuedTo(before) != null) {
            return false;
        }
        Matcher m = CONTINUED_TO.matcher(before + line);
        return m.find() && m.start() < before.length();
    }

    /** The line closes with the mark agencies end their copy with, （完） or （全文完）: the article ends there. */
    static boolean endsCopy(String line) {
        return Text.closesWithBracket(line) && END_OF_COPY.matcher(line.strip()).find();
    }

    /**
     * The line closes its last sentence with the source the text was taken from (…。（摘自《某某晚报》）, …。（据某某网）,
     * …。（转自…）): a digest's or a reprint's item ends there, as agency copy ends with its mark.
     */
    static boolean endsWithSource(String line) {
        return Text.closesWithBracket(line) && TAKEN_FROM.matcher(line.strip()).find();
    }

    static String stripContinuedTo(String line) {
        return CONTINUED_TO.matcher(line.strip()).replaceFirst("").strip();
    }

    /** The body text without its opener, for comparing it with headlines. */
    static String withoutOpeners(String text) {
        String s = CONTINUED_FROM.matcher(text.strip()).replaceFirst("").strip();
        String dateline = dateline(s);
        return dateline == null ? s : s.substring(dateline.length()).strip();
    }

    static int number(String digits) {
        String s = digits.strip();
        // digits of any script (full-width ２ too) read as ASCII ones
        StringBuilder ascii = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c)) {
                return chineseNumber(s);
            }
            ascii.append(Character.getNumericValue(c));
        }
        return Integer.parseInt(ascii.toString());
    }

    /** 一 to 九十九. */
    static int chineseNumber(String s) {
        String digits = "零一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
