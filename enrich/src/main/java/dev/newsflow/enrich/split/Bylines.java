package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporters credited, in the three places papers print them:
 * <ul>
 *   <li>in brackets closing the body: （高美梅 惠晓婧）, (陈菁菁), （记者 张三 通讯员 李四）. A bracket is a byline only
 *       where bylines are printed, at the very end of a paragraph or on a line of its own, and only if it holds
 *       nothing but names: （含新能源汽车）, （产业集群专班）, （兆瓦）, （2021—2035年） are body text;</li>
 *   <li>right after the dateline, in brackets (本报讯（记者 张三）, 新华社北京5月21日电（记者 李四 王五）) or up to
 *       what the reporters did (本报讯 记者 张三 报道：);</li>
 *   <li>on a line of their own before the body: 本报记者  王  珏  李四, 记者 张三 通讯员 李四, 新华社记者 王五 —
 *       a role word of reporting followed by nothing but names.</li>
 * </ul>
 * Typesetters spread a two-character name to the width of three (王  珏): single characters pair into one name.
 */
final class Bylines {

    /**
     * A bracket closing the line, after the end of a sentence (or alone on the line): round, or black as some papers
     * print a byline (【记者 张三】), which then must open with a role. Read by {@link #closingBracket}.
     */
    private static final String OPENING_BRACKETS = "（(【";
    private static final String CLOSING_BRACKETS = "）)】";
    private static final String BRACKETS = OPENING_BRACKETS + CLOSING_BRACKETS;
    /** Characters inside a closing bracket: at least a name's two, at most a credit of a few names and roles. */
    private static final int MIN_BRACKET_CHARS = 2;
    private static final int MAX_BRACKET_CHARS = 40;
    /** The characters that end a line for a regex's dot: no line's text before its closing bracket holds one. */
    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";
    /**
     * A note pointing the reader to a page closing the text: （相关报道见第七版）, （详见第5版）; or the tail of one the
     * column wrapped onto the line (…见第十 / 二版）).
     */
    private static final Pattern PAGE_POINTER = Pattern.compile("(?:见|^)\\s*" + Markers.PAGE + "[）)]$");
    /**
     * An outlet a reporter writes for: an agency, a paper, a station or channel, a site or a news app (…社, …报, …台,
     * …视, …网, …新闻, …在线, …客户端).
     */
    private static final String OUTLET = "\\p{IsHan}{1,4}(?:社|报|台|网|视|新闻|在线|客户端)";
    /** A county or district whose converged newsroom a reporter writes for (某某县融媒体记者): the county's name. */
    private static final String COUNTY = "\\p{IsHan}{1,5}[县区市旗](?=融媒)";
    /**
     * Who a reporter writes for: this paper, or an outlet — or an outlet joined by a dot, dash or slash to its own site
     * or app, whatever that is called, crediting one newsroom (某某报·某某在线记者, 某某报-某某新闻记者, 某某晚报/某某新闻记者).
     */
    private static final String SOURCE = "(?:本报|" + OUTLET + "(?:[·•\\-－—/／]\\p{IsHan}{2,6}?)?|" + COUNTY + ")";
    /** An outlet and the slash joining it to its own app or site, at the start of a byline line (某某晚报/某某新闻记者). */
    private static final Pattern SLASH_JOINED_OUTLET = Pattern.compile("^" + OUTLET + "[/／](?=\\p{IsHan})");
    /** A reporter's rank or standing, printed before the role (首席记者, 高级记者, 见习记者). */
    private static final String RANK = "特约|特派|见习|实习|首席|高级|主任|资深";
    /**
     * What qualifies a reporter's role, up to two of them (本报全媒体首席记者): special or trainee reporters, and the
     * all-media and converged-media desks most city dailies now credit their reporters to.
     */
    private static final String QUALIFIERS = "(?:" + RANK + "|全媒体|融媒体|融媒|新媒体){0,2}";
    /**
     * A county's media centre, which credits its staff by the centre's name in place of a role (某某县融媒体中心 张三,
     * （某某区融媒体中心 李四）): the county's converged newsroom, whatever the county is called. Not where 据 opens
     * it (（据某某区融媒体中心 记者 李四）): a source the text was taken from.
     */
    private static final String MEDIA_CENTRE = "(?!据)\\p{IsHan}{1,8}?融媒体中心";
    /** First characters of the role words, one of which a line naming a role holds near its start. */
    private static final String ROLE_FIRSTS = "记讯撰评实文融";
    /** Where a paper's reporter is stationed (本报驻京记者, 驻武汉记者). */
    private static final String STATIONED = "(?:驻\\p{IsHan}{1,4})?";
    /** Marks a byline line may open with: a summary's or sub-heading's marks, and ◎. */
    private static final String LINE_DEVICE = "[" + Headlines.DEVICE_MARKS + "◎]";
    private static final Pattern LEADING_DEVICE = Pattern.compile("^" + LINE_DEVICE);
    /** Names alone after an author's mark, to the line's end (□ 周文, ■ 张三 李四). */
    private static final String NAMES_AFTER_MARK = "[\\s\\u3000]*(\\p{IsHan}[\\p{IsHan}·\\s\\u3000]{1,24})$";
    /** The hollow marks an author's name may follow: square, circles, diamond. */
    private static final String HOLLOW_MARKS = "□◎○◇";
    /**
     * An author named alone after a hollow mark (□ 周文, ◎ 张三 李四, ○ 陈静), as commentaries and columns credit
     * theirs. The solid marks (■, ●) open summaries and sub-headings as well, whose short words may read as a name.
     */
    private static final Pattern MARKED_NAMES = Pattern.compile("^[" + HOLLOW_MARKS + "]" + NAMES_AFTER_MARK);
    /**
     * An author named alone after a solid mark (■ 李晓梅, ● 张三 李四): a summary's or a sub-heading's short words may
     * read the same, so only a line standing where an author's does, under a headline and over its text, credits.
     */
    private static final Pattern SOLID_MARKED_NAMES = Pattern.compile("^[■●◆▲★]" + NAMES_AFTER_MARK);
    /**
     * Longest name a line credits with no role before it (□ 周文, 张三 文/摄): a surname of two characters and a given
     * name of two.
     */
    private static final int MAX_AUTHOR_NAME = 4;
    /**
     * Characters one of which every byline line holds: a role's first (记者, 通讯员, 撰稿, 评论员, 实习生), the writer's
     * 文, an author's hollow mark.
     */
    private static final String BYLINE_CHARS = "记讯撰评实文" + HOLLOW_MARKS;
    /** Characters of a title a byline line is set beside: a short headline's at least, a long one's at most. */
    private static final int MIN_TITLE_BESIDE = 4;
    private static final int MAX_TITLE_BESIDE = 30;
    /** What an essay's closing note says of its author: what they are, or where they work. */
    private static final Pattern AUTHOR_NOTE = Pattern.compile("^[（(]作者(?:为|系|是|单位[:：]|简介[:：])");
    /** The author's note as a line of its own, with no bracket: 作者单位：…, 作者简介：…. */
    private static final Pattern UNBRACKETED_AUTHOR_NOTE = Pattern.compile("^作者(?:单位|简介)[:：]");
    /** A note naming the author and then what they are: （作者：某某，系某某党校副教授）. */
    private static final Pattern NAMING_AUTHOR_NOTE = Pattern.compile("^[（(]作者[:：]\\s*(\\p{IsHan}{2,4})[，,\\s]");
    /** Characters at most of an author's note beside a name. */
    private static final int MAX_AUTHOR_NOTE = 40;
    /** Longest line of names alone: two names of two characters spread wide, and the spaces between them. */
    private static final int MAX_SPREAD_LINE = 14;
    /**
     * A reporter of an outlet whose name shows no outlet's ending (某某周末记者, 某某财经记者, 21世纪某某报道记者), set
     * apart from the names after it by a space, as a byline line is and a sentence never is; the names follow. A name
     * holds no particle or preposition a phrase before 记者 would (参加活动的记者, 据现场记者).
     */
    private static final Pattern OUTLET_REPORTER = Pattern.compile(
            "^[0-9A-Za-z]{0,4}(?:(?![的了在和与是对据向被])\\p{IsHan}){2,6}?(?:" + RANK + ")?记者[\\s\\u3000]+(\\S.*)$");
    /** Roles that may be written straight before a name (记者张三). */
    private static final Pattern ROLE_PREFIX = Pattern.compile(
            "^(?:" + SOURCE + "?" + QUALIFIERS + STATIONED
                    + "(?:记者|通讯员|撰稿人|撰稿|评论员|实习生)|" + MEDIA_CENTRE + "|撰文|摄影|编译|整理|读者|作者|网友|指导老师|指导教师)[:：]?");
    /** A class after its school, set apart by a space or not: 高二（3）班, 初二(5)班. */
    private static final String SCHOOL_CLASS = "[\\s\\u3000]*\\p{IsHan}{1,4}[（(]?[0-9０-９]{1,2}[）)]?班";
    /** Who is writing as a reader: 学生, 居民, 市民, 村民, 职工, 教师, 退休教师 …. */
    private static final String READER_KIND = "(?:退休)?(?:学生|居民|市民|村民|职工|教师|干部|工人)";
    /**
     * What a reader signs a letter with before their name: where they live or study (a place's or a school's
     * ending), what they are after where they are (某某厂退休职工), or 读者 after either or alone. A kind of person
     * alone (（市民 X）) quotes someone.
     */
    private static final Pattern LETTER_SIGNER = Pattern.compile("^(?:\\p{IsHan}{1,14}"
            + "(?:省|市|区|县|镇|乡|村|街道|社区|小区|学院|大学|中学|小学|学校)(?:[\\s\\u3000]*" + READER_KIND + "|"
            + SCHOOL_CLASS + ")?|\\p{IsHan}{2,12}" + READER_KIND + ")(?:[\\s\\u3000]*读者)?$|^读者$");
    /** The characters {@link #LETTER_SIGNER} closes with: each ending's and each kind of reader's last. */
    private static final String LETTER_SIGNER_LAST = "省市区县镇乡村道院学校生民工师部人者班";
    /** Longest letter's signature: a place of a few words, 读者 and a name. */
    private static final int MAX_LETTER_SIGNATURE = 24;
    /** A school, maybe a class in it, and a pupil's name set apart: 某某中学高二（3）班 张三. */
    private static final Pattern STUDENT_AUTHOR = Pattern.compile("\\p{IsHan}{2,16}(?:中学|小学|学校|大学|学院|幼儿园)"
            + "(?:" + SCHOOL_CLASS + ")?[\\s\\u3000]+(\\p{IsHan}{2,4})");
    /**
     * {@link #writerWithOccupation}: the name, what they do (a word for a person at work closes it: 护理师, 教员, 学生,
     * 渔民), where they live.
     */
    private static final Pattern WRITER_WITH_OCCUPATION = Pattern.compile(
            "(\\p{IsHan}{2,4})／(\\p{IsHan}{1,9}[师员生长者家工民手医士农商官授])(?:[（(]\\p{IsHan}{1,10}[）)])?");
    /** Characters at most of a pupil's line: a school's name, a class and a name. */
    private static final int MAX_STUDENT_LINE = 30;
    /** Who wrote the text, or wrote it and took the pictures: 文, 图文, 文图, 文·图. */
    private static final String WRITER = "(?:图文|文图|文[·・]图|图[·・]文|文)";
    /** What sets a writer's role apart from the name after it: a slash, a colon or a vertical bar (文｜张三). */
    private static final String WRITER_MARK = "[/／:：|｜]";
    /** A line of its own that credits reporters: it starts with a role of reporting (本报记者, 记者, 通讯员…). */
    private static final Pattern ROLE_LINE = Pattern.compile(
            "^" + LINE_DEVICE + "?\\s*(?:" + SOURCE + "?" + QUALIFIERS + STATIONED
                    + "(?:记者|通讯员|撰稿人|撰稿|撰文|评论员|实习生)|" + MEDIA_CENTRE + "(?=[\\s\\u3000])|" + WRITER
                    + "\\s*" + WRITER_MARK + ")");
    /** A role set apart from the names by a space or colon, as bylines print it and sentences never do. */
    private static final Pattern SPACED_ROLE = Pattern.compile(
            "^(?:" + SOURCE + "?" + QUALIFIERS + STATIONED + "(?:记者|通讯员|撰稿人|评论员|实习生)|" + MEDIA_CENTRE
                    + ")(?:[\\s\\u3000]+|[:：])");
    /** A role that opens the reporters' names right after a dateline (记者, 本报通讯员, 全媒体记者, 实习生). */
    private static final String INLINE_ROLE = SOURCE + "?" + QUALIFIERS + "(?:记者|通讯员|实习生)";
    /**
     * Reporters named right after the dateline with no bracket, up to what they did (本报讯 记者 张三 通讯员 李四
     * 报道：): a role opens it and 报道 closes it, as no sentence opening with a role does. The paper's own reporters
     * may come first with no role, the dateline saying whose they are, before a role of others (本报讯 张三、特约记者
     * 李四报道：): group 2 holds them.
     */
    private static final Pattern INLINE = Pattern.compile(
            "((\\p{IsHan}{2,4}、)?" + INLINE_ROLE + "[^，。；,;（(]{1,30}?)[\\s\\u3000]*报道(?:[:：】\\s\\u3000]|$)");
    /**
     * Reporters named right after the dateline with no bracket and no 报道, each name after its role, and the text
     * after a space (本报讯 记者张三 通讯员李四 昨日，…): what follows the last name is set apart by a space, and each
     * name must open with a surname, since nothing else closes the credit.
     */
    private static final Pattern INLINE_SPACED = Pattern.compile(
            "(" + INLINE_ROLE + "[:：]?[\\s\\u3000]*\\p{IsHan}{2,4}(?:[\\s\\u3000、]+(?:" + INLINE_ROLE
                    + "[:：]?[\\s\\u3000]*)?\\p{IsHan}{2,4})*)[\\s\\u3000]+(?=\\S)");
    /**
     * The paper's own reporters named right after the dateline with neither role nor bracket, up to 报道 and a colon
     * (本报讯 张三、李四报道：): the dateline says whose they are, and no sentence opens by naming people before 报道：.
     */
    private static final Pattern NAMES_REPORTED = Pattern.compile(
            "(\\p{IsHan}{2,4}(?:[、\\s\\u3000]+\\p{IsHan}{2,4}){0,3})[\\s\\u3000]*报道[:：]");
    /**
     * Words a byline line may close with: what the reporters did (报道, 整理, 采写 …, 文并摄: wrote it and took the
     * pictures) or where they filed from (发自上海).
     */
    private static final Pattern LINE_VERB = Pattern.compile(
            "[\\s\\u3000]*(?:报道|报导|整理|采写|撰文|文并[摄图]|发自\\p{IsHan}{1,6})$");
    /**
     * Where the pictures came from, set apart after a byline's names: 图/厂家提供, 图片/受访者提供, 图/资料图片 — a source
     * that is no person.
     */
    private static final Pattern PICTURE_SOURCE_TAIL = Pattern.compile(
            "[\\s\\u3000]+图片?[/／:：]\\p{IsHan}{0,8}(?:提供|供图|资料图片|资料图|资料照片)$");
    /** What a picture credit ends with: the line credits a photographer or illustrator, not a reporter. */
    private static final Pattern CREDIT_END = Pattern.compile("(?:摄|绘|摄影|制图|供图|作)(?:[（(][^）)]*[）)])?$");
    /**
     * A credit that names who wrote the text as well as who took the pictures (本报记者 周明 文/摄, 张三 文/图,
     * 本报记者 张三/文 李四/摄, 记者 张三 文 李四 摄, 张三 文 李四 图, 李四 图 张三 文, 文 张三 图 李四, 图/李四 文/张三): a
     * byline, not a picture's credit. Each role stands as a word of its own between names.
     */
    private static final Pattern TEXT_AND_PICTURES = Pattern.compile(
            "文[\\s\\u3000]*[/／][\\s\\u3000]*[摄图]$|图[\\s\\u3000]*[/／][\\s\\u3000]*文$|文并[摄图]$"
                    + "|[/／][\\s\\u3000]*文[\\s\\u3000]"
                    + "|\\p{IsHan}[\\s\\u3000]+文[\\s\\u3000]+(?:\\p{IsHan}[\\s\\u3000]?){2,4}[摄图]$"
                    + "|\\p{IsHan}[\\s\\u3000]+[摄图][\\s\\u3000]+(?:\\p{IsHan}[\\s\\u3000]?){2,4}文$"
                    + "|^文[\\s\\u3000]+(?:\\p{IsHan}[\\s\\u3000]?){2,4}[\\s\\u3000]+[摄图][\\s\\u3000]+\\p{IsHan}"
                    + "|^[图摄][\\s\\u3000]*[/／][^/／]{2,12}[\\s\\u3000]文[\\s\\u3000]*[/／]"
                    + "|^(?:\\p{IsHan}[\\s\\u3000]?){2,4}[/／][\\s\\u3000]*文$");
    /**
     * Who took the pictures and who wrote the text, each a name spread wide with the role glued to its last character
     * (勾  犇图  石  羚文): the spread names say where each name ends.
     */
    private static final Pattern SPREAD_ROLES = Pattern.compile(
            "^(\\p{IsHan})[\\s\\u3000]+(\\p{IsHan})([文图摄])[\\s\\u3000]+(\\p{IsHan})[\\s\\u3000]+(\\p{IsHan})([文图摄])$");
    /** The last word of an expert's professional title. */
    private static final String TITLE_WORDS = "医师|药师|护师|教授|研究员|农艺师|畜牧师|兽医师|工程师|律师|会计师|经济师|讲师|教师|编审";
    /** An expert's professional title, with its rank: 副主任医师, 高级农艺师, 教授, 研究员, 律师. */
    private static final Pattern PROFESSIONAL_TITLE = Pattern.compile("\\p{IsHan}{0,4}(?:" + TITLE_WORDS + ")");
    /** Where an expert works: a hospital and its department, an institute, a centre, a bureau, a school, a firm. */
    private static final Pattern WORKPLACE = Pattern.compile(
            "\\p{IsHan}{2,20}(?:医院|科|所|中心|局|站|院|大学|学院|学校|公司|协会|学会|委员会)");
    /** An expert's workplace with the professional title run on (某某农业科学院植保所研究员, 某某医院心内科主任医师). */
    private static final Pattern EXPERT_HEAD = Pattern.compile(WORKPLACE.pattern() + PROFESSIONAL_TITLE.pattern());
    /** A professional title closing an expert's workplace (某某医院神经内科主任医师). */
    private static final Pattern PROFESSIONAL_TITLE_END = Pattern.compile("(?:" + TITLE_WORDS + ")$");
    /** Characters at most of an expert's workplace, department and title after the name. */
    private static final int MAX_EXPERT_AFFILIATION = 30;
    /** Parts of an expert's signature at most: workplace, department, title and name. */
    private static final int MAX_SIGNATURE_PARTS = 4;
    /** Characters a byline line's role ends within: a source, a qualifier and the role. */
    private static final int ROLE_SEARCH_CHARS = 14;
    /** The words of reporting roles a byline line holds, one of them in its first {@link #ROLE_SEARCH_CHARS}. */
    private static final List<String> ROLE_WORDS = List.of("记者", "通讯员", "撰稿", "撰文", "评论员", "实习生", "融媒体中心",
            "文/", "文／",
            "文 /", "文 ／", "文：", "文:", "文|", "文｜", "图/", "图／", "图：", "图:", "图|", "图｜");
    /**
     * Who wrote the text (文/张三), or wrote it and took the pictures (图文/张三, 文图/张三, 文·图/张三), once its slash
     * or bar is a space, or with its colon.
     */
    private static final String TEXT_ROLE = "^" + WRITER + "[\\s:：]";
    /** Slashes and bars, which set roles and names apart in a byline line. */
    private static final Pattern WRITER_MARKS = Pattern.compile("[/／|｜]");
    /** A name with the next credit's role glued after it, and perhaps that credit's name (周明记者, 周明记者吴刚). */
    private static final Pattern GLUED_ROLE = Pattern.compile(
            "^(\\p{IsHan}{2,4}?)(?:" + RANK + ")?(?:记者|通讯员|实习生)(\\p{IsHan}*)$");
    /** Longest byline line: a role and a handful of names. */
    private static final int MAX_LINE_CHARS = 40;
    /** One-character roles, which only count as a separate word (文/张三, 张三 摄), never inside a name (周文文). */
    private static final Pattern ROLE_WORD = Pattern.compile("^(?:文|图|摄|据)[:：]?$");
    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；\\s\\u3000\\u00a0/／|｜]+");
    /** More names than this in a bracket is a list in the text, not a byline. */
    private static final int MAX_NAMES = 8;
    /** A note naming where the article's data or pictures come from (数据来源：…, 资料来源：…). */
    static final Pattern SOURCE_NOTE = Pattern.compile("^(?:[\\p{IsHan}]{0,6}(?:和|及))?(?:资料|数据|信息)?来源[:：]");
    /** 报道 (reported), closing a byline: glued to a name (张三报道) or to a place (北京报道). */
    private static final String REPORTED = "报道";
    /** 报导, as Taiwan's papers write 报道 (記者X／台北報導). */
    private static final String REPORTED_TW = "报导";
    /**
     * Names, then after a space or a slash the place the report was filed from (记者 张三 北京报道, 记者张三／台北报导).
     */
    private static final Pattern FILED_FROM = Pattern.compile(
            "^(.*\\S)(?:[\\s\\u3000]+|[／/])\\p{IsHan}{2,6}报[道导]$");
    /** What reporters did, written after their names (张三 摄影报道, 李四 综合报道): no name. */
    private static final Pattern REPORTING_VERB = Pattern.compile("^(?:摄影|综合)?(?:报道|报导|整理|采写|撰文|执笔)$");
    /** What a reporter did, glued to the name (张三报道, 李四采写; 何 勇执笔 where the name is spread). */
    private static final Pattern GLUED_VERB = Pattern.compile("^(\\p{IsHan}{1,4}?)(?:报道|采写|撰文|执笔)$");
    /** Closing a bracket of names: they compiled what others said or wrote, a note rather than a byline. */
    private static final String COMPILED = "整理";
    /** Closing a bracket of names: they took part in the reporting (张三参与采写), a note under the byline's. */
    private static final Pattern TOOK_PART = Pattern.compile("参与(?:采写|报道|采访|调研)$");
    /**
     * A source credited in a bracket, not a person (（新华社）, （据人民网）, （本报综合）, （央视新闻）): the bracket
     * closes the article as a source note does.
     */
    private static final Pattern SOURCE_WORD = Pattern.compile("^(?:据|本报|综合)|(?:社|网|台|新闻)$");
    /**
     * Words that show a bracket explains the text rather than crediting it, among them the notes a caption closes with
     * on where its picture came from (（资料图片）, （网络图片）, （受访者供图）). 见 alone is none of them: it stands
     * in given names (柯见山), and a note pointing to a page names the page (版).
     */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "[含即等及版：:]|专班|兆瓦|千瓦|公里|平方|草案|试行|暂行|修订|简称|全称|以下|详见|来源|提供|供图|制图|截图|节选|全文|摘要|续完"
                    + "|图片|照片|资料");

    /**
     * Words for a kind of person, which a bracket may put before a name it quotes (（市民 王芳）, （村民 李华）): no name
     * themselves, and such a bracket credits no reporter.
     */
    private static final Set<String> PERSON_NOUNS = Set.of("市民", "居民", "村民", "游客", "学生",
            "老师", "教师", "医生", "专家", "律师", "嘉宾", "群众", "代表", "委员", "网民", "乘客", "家长", "患者");

    private Bylines() {
    }

    /** A line's trailing byline: the text before it and the names, when the line ends with one. */
    record Trailing(String rest, List<String> names) {
    }

    static Optional<Trailing> trailing(String line) {
        return trailing(line, false);
    }

    /**
     * The same, on a line of an attribution (——某某在会上说 （张三）): the paragraph names who spoke the quote above
     * it and has no full stop of its own, so the byline may follow its last words.
     */
    static Optional<Trailing> trailing(String line, boolean attribution) {
        return attribution ? readTrailing(line, true)
                : LineMemo.answer(LineMemo.Question.TRAILING_BYLINE, line, l -> readTrailing(l, false));
    }

    private static Optional<Trailing> readTrailing(String line, boolean attribution) {
        // the pattern needs a closing bracket at the end: most lines are ruled out without it (and without a copy)
        char last = Text.lastChar(line);
        if (!Text.isClosingBracket(last) && last != '】') {
            return Optional.empty();
        }
        String s = line.strip();
        int open = closingBracket(s);
        if (open < 0) {
            return Optional.empty();
        }
        String rest = s.substring(0, open).strip();
        String credit = s.substring(open + 1, s.length() - 1);
        // a byline follows a finished sentence, a source note or a pointer to a page (or stands alone); mid-sentence
        // brackets explain
        if (!rest.isEmpty() && !attribution && !endsBeforeCredit(rest) || !mayCredit(s, credit.strip())) {
            return Optional.empty();
        }
        List<String> names = bracketNames(credit, rest);
        // after ？ or ！ a bracket closes a headline as often as a report: a column's name (说道) is no byline; after
        // an attribution's words, only people are credited
        boolean persons = isQuestionOrExclamation(rest) || attribution && !rest.isEmpty();
        if (names.isEmpty() || persons && !names.stream().allMatch(Bylines::isPersonName)) {
            return Optional.empty();
        }
        return Optional.of(new Trailing(rest, names));
    }

    /**
     * Where the bracket closing the stripped line s opens, or -1: its closing bracket ends the line, and between the
     * two stand {@value #MIN_BRACKET_CHARS} to {@value #MAX_BRACKET_CHARS} characters and no bracket. The text before
     * it is on one line.
     */
    private static int closingBracket(String s) {
        int close = s.length() - 1;
        if (close < 0 || CLOSING_BRACKETS.indexOf(s.charAt(close)) < 0) {
            return -1;
        }
        int open = close - 1;
        while (open >= 0 && close - open <= MAX_BRACKET_CHARS + 1 && BRACKETS.indexOf(s.charAt(open)) < 0) {
            open--;
        }
        int inside = close - open - 1;
        boolean bracket = open >= 0 && OPENING_BRACKETS.indexOf(s.charAt(open)) >= 0 && inside >= MIN_BRACKET_CHARS
                && inside <= MAX_BRACKET_CHARS;
        return bracket && isOneLine(s, open) ? open : -1;
    }

    /** The text before the bracket opening at {@code open}, spaces before it aside, holds no line terminator. */
    private static boolean isOneLine(String s, int open) {
        int text = open;
        while (text > 0 && (Markers.isRegexSpace(s.charAt(text - 1)) || s.charAt(text - 1) == '\u3000')) {
            text--;
        }
        for (int k = 0; k < text; k++) {
            if (LINE_TERMINATORS.indexOf(s.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names a closing bracket credits after {@code rest}: an expert's or a letter's signer, or its names. A reader
     * signing a question put to a column is answered below it, and credits no text.
     */
    private static List<String> bracketNames(String credit, String rest) {
        List<String> signer = expertSignature(credit);
        if (signer == null && !isQuestionOrExclamation(rest)) {
            signer = letterSignature(credit);
        }
        return signer != null ? signer : names(credit);
    }

    /**
     * A reader signing a letter with where they live or what they are before their name (某某区某某小区 读者 张三,
     * 某某县 张三, 某某学院学生 张三, （某某市某某区 张三）): the name, else null. The place or the kind of reader
     * is what makes the line a signature; a name alone after a place is no sentence's.
     */
    static List<String> letterSignature(String line) {
        String s = line.strip();
        int space = Text.lastSpace(s);
        if (space <= 0 || s.length() > MAX_LETTER_SIGNATURE) {
            return null;
        }
        String name = s.substring(space + 1);
        String signer = s.substring(0, space).strip();
        // the signer closes with a place's, a school's or a kind of reader's last character: most are ruled out here
        if (LETTER_SIGNER_LAST.indexOf(Text.lastChar(signer)) < 0) {
            return null;
        }
        return LETTER_SIGNER.matcher(signer).matches() && name.codePoints().allMatch(Text::isCjk) && isPersonName(name)
                ? List.of(name) : null;
    }

    /**
     * The author of an expert's article signing it with their workplace and professional title before their name
     * (（某某医院儿科 副主任医师 张明）, （某某农业技术推广中心 高级农艺师 李华）): the name, else null. A title is
     * what makes the bracket a signature; the words before it name a unit.
     */
    static List<String> expertSignature(String credit) {
        // a title holds one of these (医师, 教授, 研究员, 编审): most brackets are ruled out before they are cut up
        if (!Text.containsAny(credit, "师授员审")) {
            return null;
        }
        String[] parts = credit.strip().split("[\\s\\u3000]+");
        if (parts.length < 2 || parts.length > MAX_SIGNATURE_PARTS || !isPersonName(parts[parts.length - 1])
                || !PROFESSIONAL_TITLE.matcher(parts[parts.length - 2]).matches()) {
            return null;
        }
        for (int k = 0; k < parts.length - 2; k++) {
            if (!WORKPLACE.matcher(parts[k]).matches()) {
                return null;
            }
        }
        return List.of(parts[parts.length - 1]);
    }

    /** The text before a bracket ends as a byline may follow it: a finished sentence, a source note, a page pointer. */
    private static boolean endsBeforeCredit(String rest) {
        return Text.endsSentence(rest) || endsWithSourceNote(rest) || endsWithPagePointer(rest);
    }

    /**
     * The bracket closing {@code line}, holding {@code credit}, may credit the text's reporters. Not （本报记者 王五 摄）,
     * which closes a caption: who took the picture, not who wrote the article; not （本报记者 张三整理）, which closes
     * what others said or wrote, nor （李四参与采写）, which names who helped: the article's last notes. Black brackets
     * hold a box's label as often (【相关链接】): they credit only where a role opens them.
     */
    private static boolean mayCredit(String line, String credit) {
        if (isPictureCredit(credit) || credit.endsWith(COMPILED) || TOOK_PART.matcher(credit).find()) {
            return false;
        }
        return !line.endsWith("】") || ROLE_LINE.matcher(credit).lookingAt();
    }

    /**
     * A bracket standing alone on its line (（权威发布）) under a line that finishes no sentence is that line's own, wrapped
     * onto the next: a column's name or a note, no byline, which follows a finished sentence.
     */
    static boolean isBracketOfLineAbove(String above, String line) {
        // a bracket alone opens its line: most lines are ruled out here
        String s = line.strip();
        if (s.isEmpty() || s.charAt(0) != '（' && s.charAt(0) != '(' || above.isBlank()) {
            return false;
        }
        return trailing(s).filter(b -> b.rest().isEmpty()
                && !b.names().stream().allMatch(Bylines::isPersonName)).isPresent()
                && trailing(above.strip() + s).isEmpty();
    }

    /** The line closes with a bracket of people's names (…文（张三）): a credit, not a column's name. */
    static boolean closesWithPeople(String line) {
        return trailing(line, true).isPresent();
    }

    /**
     * A bracket of its own that credits people beyond doubt: a role of reporting, or names that each open with a
     * surname. (A middle-dot word alone may be a column's name, 讲述·总书记的关心事, as well as a foreign name.)
     */
    static boolean isCredit(String line) {
        Optional<Trailing> byline = trailing(line);
        if (byline.isEmpty() || !byline.get().rest().isEmpty()) {
            return false;
        }
        // a role glued to a word that opens with no surname is a column's name (评论员观察), not a credit
        String inner = line.strip().substring(1);
        boolean people = byline.get().names().stream().allMatch(Surnames::startsName);
        return people || ROLE_LINE.matcher(inner).lookingAt() && SPACED_ROLE.matcher(inner).lookingAt();
    }

    /** Credits a picture (王五 摄, 李四绘), not a reporter who also took it (王五 文/摄). */
    static boolean isPictureCredit(String credit) {
        return CREDIT_END.matcher(credit).find() && !namesWriter(credit);
    }

    /** The credit names who wrote the text too (…文/摄, 张三/文 李四/摄): a byline. */
    static boolean namesWriter(String credit) {
        // the patterns are tried only where 文 stands: most credits name none
        return credit.indexOf('文') >= 0
                && (TEXT_AND_PICTURES.matcher(credit).find() || SPREAD_ROLES.matcher(credit.strip()).matches());
    }

    /** The text closes with a source note after its last sentence (…。数据来源：市统计局): the article's last words. */
    private static boolean endsWithSourceNote(String text) {
        int from = text.lastIndexOf("来源");
        if (from < 0) {
            return false;
        }
        int start = from;
        while (start > 0 && Text.FULL_STOPS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return SOURCE_NOTE.matcher(text.substring(start).strip()).lookingAt();
    }

    /** The text closes with a note pointing to another page (…。（相关报道见第七版）), maybe wrapped onto this line. */
    static boolean endsWithPagePointer(String text) {
        // a pointer closes with 版 and its bracket: most texts are ruled out without the pattern
        int n = text.length();
        return n > 2 && text.charAt(n - 2) == '版' && PAGE_POINTER.matcher(text).find();
    }

    private static boolean isQuestionOrExclamation(String text) {
        char c = Text.lastMeaningful(text);
        return c == '？' || c == '！' || c == '?' || c == '!';
    }

    /** Reads as a person's name: it starts with a surname, or is a foreign name written with a middle dot. */
    static boolean isPersonName(String name) {
        return name.contains("·") || Surnames.isName(name);
    }

    /**
     * The names of a line that is a byline of its own (本报记者  王  珏  李四), else null; an empty list for a role
     * without names (本报评论员).
     */
    static List<String> line(String line) {
        return LineMemo.answer(LineMemo.Question.BYLINE_LINE, line, Bylines::readLine);
    }

    private static List<String> readLine(String line) {
        String s = line.strip();
        List<String> names = readCredits(s);
        if (names == null && s.indexOf('图') > 0) {
            // the pictures' source beside the writer's credit names no one (文/本报记者 张三  图/厂家提供)
            Matcher source = PICTURE_SOURCE_TAIL.matcher(s);
            names = source.find() ? readCredits(s.substring(0, source.start())) : null;
        }
        if (names == null && s.indexOf('／') > 0) {
            names = writerWithOccupation(s);
        }
        if (names == null) {
            names = studentAuthor(s);
        }
        return names != null ? names : expertAuthor(s);
    }

    /**
     * An expert's line under the title of their article: the workplace with the professional title run on, then the
     * name (某某农业科学院植保所研究员 张三, 某某医院心内科主任医师 李四). The name, else null: the title makes it a
     * signature, as in an expert's bracket ({@link #expertSignature}).
     */
    private static List<String> expertAuthor(String s) {
        // a title holds one of these (医师, 教授, 研究员, 编审) and a space sets the name apart: most lines end here
        if (s.length() > MAX_LINE_CHARS || !Text.containsAny(s, "师授员审") || !Text.containsAny(s, " \u3000")) {
            return null;
        }
        String[] parts = s.split("[\\s\\u3000]+");
        if (parts.length != 2 || !isPersonName(parts[1])) {
            return null;
        }
        return EXPERT_HEAD.matcher(parts[0]).matches() ? List.of(parts[1]) : null;
    }

    /**
     * A reader's or writer's line under the title of their letter: the name, a full-width slash, what they do, and
     * maybe where they live in brackets (张三／护理师（某某市）), as readers' forums print it. The name, else null;
     * two names set apart by the slash are no such line.
     */
    private static List<String> writerWithOccupation(String s) {
        Matcher m = s.length() <= MAX_STUDENT_LINE ? WRITER_WITH_OCCUPATION.matcher(s) : null;
        return m != null && m.matches() && isPersonName(m.group(1)) && !isPersonName(m.group(2))
                ? List.of(m.group(1)) : null;
    }

    /**
     * A pupil's or student's line under the title of their writing: the school, maybe the class, and the name
     * (某某中学高二（3）班 张三, 某某小学 李四). The name, else null.
     */
    private static List<String> studentAuthor(String s) {
        // a space before the name, and a school's or a class's last character: most lines are ruled out here
        if (s.length() > MAX_STUDENT_LINE || !Text.containsAny(s, " \u3000") || !Text.containsAny(s, "班学校园")) {
            return null;
        }
        Matcher m = STUDENT_AUTHOR.matcher(s);
        return m.matches() && isPersonName(m.group(1)) ? List.of(m.group(1)) : null;
    }

    private static List<String> readCredits(String s) {
        if (!mayNameRole(s)) {
            List<String> marked = markedNames(s);
            return marked != null ? marked : writerNames(s);
        }
        if (s.length() > MAX_LINE_CHARS || isPictureCredit(s)) {
            return null;
        }
        if (!ROLE_LINE.matcher(s).lookingAt()) {
            List<String> outlets = outletReporters(s);
            return outlets != null ? outlets : writerNames(s);
        }
        String credit = withoutJoinedOutlet(withoutPlaceFiledFrom(LEADING_DEVICE.matcher(s).replaceFirst("")));
        String content = LINE_VERB.matcher(credit).replaceFirst("");
        List<String> names = names(WRITER_MARKS.matcher(content).replaceAll(" ").replaceAll(TEXT_ROLE, " "));
        if (!names.isEmpty()) {
            // a line of its own claims a whole line for names: each must read as one (记者了解到 is body text), unless
            // the role stands apart from them (本报记者 欧阳晨), as no sentence is written
            boolean apart = SPACED_ROLE.matcher(content).lookingAt();
            return apart || names.stream().allMatch(Bylines::isPersonName) ? names : null;
        }
        // a role alone credits no one by name (本报评论员): still a byline line
        return ROLE_PREFIX.matcher(content).replaceFirst("").isBlank() ? List.of() : null;
    }

    /**
     * Where a byline line set beside a headline on the same line starts (老街焕新颜  本报记者 王芳), else -1: a layout
     * may print the reporters' line to the right of the title, and extraction then joins the two at a space. The part
     * before is a headline line of {@link #MIN_TITLE_BESIDE} characters or more and no byline line (so a byline line
     * alone is not cut: 本报记者 王芳 李明), the part after a byline line naming people. Neither part is a piece of a
     * bracket, as a closing note's lines are (（新华社北京1月9日电 记者…）, wrapped: …上海10月14日电 记者甲、乙）).
     */
    static int besideHeadline(String line) {
        // a space and a character every byline line holds (a role's, a writer's, an author's mark): most lines end here
        int first = line.indexOf(' ');
        if (first < 0 || line.length() > MAX_LINE_CHARS + MAX_TITLE_BESIDE || !Text.containsAny(line, BYLINE_CHARS)) {
            return -1;
        }
        for (int i = first; i > 0 && i <= MAX_TITLE_BESIDE; i = line.indexOf(' ', i + 1)) {
            String head = line.substring(0, i);
            if (Text.contentLength(head) < MIN_TITLE_BESIDE) {
                continue;
            }
            String tail = line.substring(i + 1);
            List<String> names = line(tail);
            // a headline line is no byline line (isHeadlineLine asks): 本报记者 王芳 李明 is not cut
            if (names != null && !names.isEmpty() && Text.closesItsBrackets(head) && !Text.closesUnopened(tail)
                    && Headlines.isHeadlineLine(head, true)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The names after an outlet's reporter's role set apart from them (某某周末记者 张三 李四), each a person's; else null. */
    private static List<String> outletReporters(String s) {
        // the role stands apart from the names: most lines holding 记者 run on with words (记者从…) and end here
        int role = s.indexOf("记者");
        if (role < 2 || role + 2 >= s.length() || !Text.isSpace(s.charAt(role + 2))) {
            return null;
        }
        Matcher m = OUTLET_REPORTER.matcher(s);
        if (!m.matches()) {
            return null;
        }
        return persons(names(withoutVerb(m.group(1))));
    }

    /** The names of a line holding nothing but names ({@link #namesAlone}), each a person's; else null. */
    static List<String> personsAlone(String line) {
        List<String> names = namesAlone(line);
        return names == null ? null : persons(names);
    }

    /** The names when there are some and each is a person's name, else null. */
    private static List<String> persons(List<String> names) {
        return !names.isEmpty() && names.stream().allMatch(Bylines::isPersonName) ? names : null;
    }

    /**
     * The names of a line crediting who wrote the text and who took the pictures, with no role before them (张三 文/摄,
     * 张三 文并摄, 张三/文 李四/摄, 张三 文 李四 摄), each a person's name; else null.
     */
    private static List<String> writerNames(String s) {
        if (s.length() > MAX_LINE_CHARS || !namesWriter(s)) {
            return null;
        }
        Matcher spread = SPREAD_ROLES.matcher(s);
        if (spread.matches()) {
            // one of the two wrote the text, the other took the pictures
            boolean roles = spread.group(3).equals("文") != spread.group(6).equals("文");
            List<String> names = List.of(spread.group(1) + spread.group(2), spread.group(4) + spread.group(5));
            return roles ? authors(names, Surnames::startsName) : null;
        }
        return authors(names(withoutVerb(s)), Surnames::startsName);
    }

    /** Names without what the reporters did or where they filed from after them (张三 上海报道, 张三 文并摄). */
    private static String withoutVerb(String names) {
        return LINE_VERB.matcher(withoutPlaceFiledFrom(names)).replaceFirst("");
    }

    /**
     * The names of a line holding a solid mark and names alone (■ 李晓梅), each a person's name; else null. Ask only of
     * a line under a headline ({@link #SOLID_MARKED_NAMES}).
     */
    static List<String> solidMarkedNames(String line) {
        return namesAfterMark(SOLID_MARKED_NAMES, line.strip());
    }

    /** The names of an author's line opening with a hollow mark (□ 周文), each a person's name; else null. */
    private static List<String> markedNames(String s) {
        if (!opensWithHollowMark(s)) {
            return null;
        }
        List<String> names = namesAfterMark(MARKED_NAMES, s);
        if (names == null && s.endsWith("）") && s.indexOf('（') > 1) {
            // the author's workplace or title in brackets after the name (□ 张三（某某学院副教授）)
            names = namesAfterMark(MARKED_NAMES, s.substring(0, s.indexOf('（')));
        }
        // an expert's workplace and title before the name (□某某推广站 高级农艺师 张三), or after it
        if (names == null) {
            names = expertSignature(s.substring(1));
        }
        return names != null ? names : expertNameFirst(s.substring(1));
    }

    /**
     * An expert's name first, then the workplace and the professional title it closes with (张三 某某医院神经内科主任医师,
     * 张三 某某大学 教授): the name, else null. The title makes the line a signature.
     */
    private static List<String> expertNameFirst(String s) {
        String[] parts = s.strip().split("[\\s\\u3000]+");
        if (parts.length < 2 || parts.length > MAX_SIGNATURE_PARTS || !isPersonName(parts[0])
                || !parts[0].codePoints().allMatch(Text::isCjk)) {
            return null;
        }
        String rest = String.join("", List.of(parts).subList(1, parts.length));
        return rest.length() <= MAX_EXPERT_AFFILIATION && rest.codePoints().allMatch(Text::isCjk)
                && PROFESSIONAL_TITLE_END.matcher(rest).find() ? List.of(parts[0]) : null;
    }

    /** The line opens with the hollow mark an author's line opens with (□, ○, ◇, ◎). */
    static boolean opensWithHollowMark(String s) {
        return !s.isEmpty() && HOLLOW_MARKS.indexOf(s.charAt(0)) >= 0;
    }

    /** The names of a line an author's mark opens, as {@code marked} reads it, each a person's name; else null. */
    private static List<String> namesAfterMark(Pattern marked, String s) {
        if (s.length() > MAX_LINE_CHARS) {
            return null;
        }
        Matcher m = marked.matcher(s);
        return m.matches() ? authors(names(m.group(1)), Bylines::isPersonName) : null;
    }

    /**
     * The names of a line holding nothing but names, at least one spread wide (张 明, 李  拯  王小芳), as a
     * commentary's author is printed under its title: typesetters spread a two-character name to the width of three,
     * as no sentence does. Each must open with a surname. Else null. Section labels are spread too (要 闻, 国 际): only
     * where the line stands tells an author from one.
     */
    static List<String> spreadNames(String line) {
        String s = line.strip();
        if (s.length() > MAX_SPREAD_LINE || !Text.containsAny(s, " \u3000")) {
            return null;
        }
        boolean spread = false;
        for (String token : s.split("[\\s\\u3000]+")) {
            if (token.length() == 1) {
                spread = true;
            } else if (token.length() > MAX_AUTHOR_NAME) {
                return null;
            }
        }
        return spread ? authors(names(s), Surnames::startsName) : null;
    }

    /**
     * The names of a line holding nothing but names, each opening with a surname (张  明  赵小强), else null: the
     * names a byline line ran out of room for, on the line under it.
     */
    static List<String> namesAlone(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_LINE_CHARS || !s.codePoints().allMatch(c -> Text.isCjk(c)
                || Character.isWhitespace(c) || c == '、')) {
            return null;
        }
        return authors(names(s), Surnames::startsName);
    }

    /**
     * The author's name a line under an essay's last sentence gives with a note of who the author is: the note naming
     * them (（作者：某某，系…）) or the name beside the note (某某 （作者单位：…）). Else null.
     */
    static List<String> authorBesideNote(String line) {
        String s = line.strip();
        // the note's 作者 stands in the line: most lines are ruled out here
        int note = s.indexOf("作者");
        if (note < 0 || s.length() > MAX_LINE_CHARS + MAX_AUTHOR_NOTE) {
            return null;
        }
        Matcher named = NAMING_AUTHOR_NOTE.matcher(s);
        if (named.lookingAt()) {
            return persons(List.of(named.group(1)));
        }
        return note > 2 && isAuthorNoteLine(s.substring(note - 1)) ? personsAlone(s.substring(0, note - 1)) : null;
    }

    /**
     * A line saying who an essay's author is, in brackets or not: （作者为…）, （作者单位：…）, 作者单位：…, 作者简介：….
     */
    static boolean isAuthorNoteLine(String line) {
        String s = line.strip();
        return s.startsWith("作者") ? UNBRACKETED_AUTHOR_NOTE.matcher(s).lookingAt() : isAuthorNote(s);
    }

    /** A note closing an essay with who its author is: （作者为…）, （作者系…）, （作者单位：…）. */
    static boolean isAuthorNote(String paragraph) {
        String s = paragraph.strip();
        return s.length() > 4 && "（(".indexOf(s.charAt(0)) >= 0 && s.startsWith("作者", 1)
                && AUTHOR_NOTE.matcher(s).lookingAt();
    }

    /** The names when there are some and each is a person's name no longer than a name, else null. */
    private static List<String> authors(List<String> names, Predicate<String> person) {
        return !names.isEmpty() && names.stream().allMatch(n -> person.test(n) && n.length() <= MAX_AUTHOR_NAME)
                ? names : null;
    }

    /**
     * The names in a bracket right after the dateline at the start of {@code paragraph}
     * (本报讯（记者 张三）…), else an empty list.
     */
    static List<String> inDateline(String paragraph, String dateline) {
        int i = dateline.length();
        while (i < paragraph.length() && (Character.isWhitespace(paragraph.charAt(i)) || paragraph.charAt(i) == '\u3000'
                || paragraph.charAt(i) == '\u00a0')) {
            i++;
        }
        if (i >= paragraph.length()) {
            return List.of();
        }
        if (paragraph.charAt(i) != '（' && paragraph.charAt(i) != '(') {
            return unbracketed(paragraph, i);
        }
        int close = -1;
        for (int j = i + 1; j < Math.min(paragraph.length(), i + MAX_LINE_CHARS * 2); j++) {
            char c = paragraph.charAt(j);
            if (Text.isClosingBracket(c)) {
                close = j;
                break;
            }
        }
        // the bracket credits reporters whatever it holds: a run too long for one name is two whose space a column's
        // line break took when the lines were joined (（张三 / 李四五） → 张三李四五)
        return close < 0 ? List.of() : names(paragraph.substring(i + 1, close), true);
    }

    /**
     * Reporters credited at the very start of a text up to 报道, with no dateline before them (本报记者 黄磊 报道：…,
     * 记者周敏报道 昨天…): the credit a dateline's would be, and like a dateline it opens the article. Their names, each
     * a person's, else null.
     */
    static List<String> runInCredit(String paragraph) {
        String s = paragraph.strip();
        // a role (记者, 通讯员, 实习生) opens it and 报道 closes it within a line's characters: most lines end here
        if (!Text.containsAny(s, "记讯实", ROLE_SEARCH_CHARS) || !Text.containsAny(s, "道", MAX_LINE_CHARS)
                || !mayNameRole(s)) {
            return null;
        }
        Matcher inline = INLINE.matcher(s).region(0, Math.min(s.length(), MAX_LINE_CHARS));
        return inline.lookingAt() ? persons(names(inline.group(1))) : null;
    }

    /** The names right after a dateline at {@code i} with no bracket around them: up to 报道, or up to a space. */
    private static List<String> unbracketed(String paragraph, int i) {
        int end = Math.min(paragraph.length(), i + MAX_LINE_CHARS);
        Matcher inline = INLINE.matcher(paragraph).region(i, end);
        if (inline.lookingAt()) {
            List<String> names = names(inline.group(1));
            // a name with no role before it is one where it opens with a surname
            return inline.group(2) == null || names.stream().allMatch(Surnames::startsName) ? names : List.of();
        }
        Matcher credit = INLINE_SPACED.matcher(paragraph).region(i, end);
        if (!credit.lookingAt()) {
            credit = NAMES_REPORTED.matcher(paragraph).region(i, end);
            if (!credit.lookingAt()) {
                return List.of();
            }
        }
        // each name must open with a surname, since no role says the words are names
        List<String> names = names(credit.group(1));
        return names.stream().allMatch(Surnames::startsName) ? names : List.of();
    }

    /** Every role of reporting holds 记, 讯 (通讯员), 撰, 评, 实 or 文: most lines are ruled out without a regex. */
    static boolean mayNameRole(String s) {
        if (!Text.containsAny(s, ROLE_FIRSTS, ROLE_SEARCH_CHARS)) {
            return false;
        }
        // the word itself, not its first character (书记, 文化, 实现): the role's pattern is tried on few lines
        for (String role : ROLE_WORDS) {
            // searched back from the last place it may start: the rest of a long line is never read
            if (s.lastIndexOf(role, ROLE_SEARCH_CHARS - 1) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The names a bracket credits, or empty when it is no byline. */
    static List<String> names(String content) {
        return names(content, false);
    }

    /**
     * {@link #names(String)}; {@code credited}: the bracket is known to credit people, so any run too long for one
     * name may be two whose space was lost, not only one after a role.
     */
    private static List<String> names(String content, boolean credited) {
        String s = content.strip();
        if (s.isEmpty() || s.chars().anyMatch(c -> Character.isDigit(c) || (c < 128 && Character.isLetter(c)))) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        for (String raw : SEPARATORS.split(withoutJoinedOutlet(withoutPlaceFiledFrom(s)))) {
            addNames(raw, tokens, credited);
        }
        List<String> names = pairSpread(tokens);
        return names != null && names.size() <= MAX_NAMES && names.stream().allMatch(Bylines::isNameLike)
                ? names : List.of();
    }

    /** Without an outlet joined to its app by a slash at the start: they name one newsroom, the slash no name apart. */
    private static String withoutJoinedOutlet(String credit) {
        int slash = Math.max(credit.indexOf('/'), credit.indexOf('／'));
        return slash > 0 ? SLASH_JOINED_OUTLET.matcher(credit).replaceFirst("") : credit;
    }

    /** The names of one run between separators, after those read so far: without its roles and what was done. */
    private static void addNames(String raw, List<String> tokens, boolean credited) {
        String token = ROLE_PREFIX.matcher(raw).replaceFirst("");
        Matcher verb = GLUED_VERB.matcher(token);
        if (verb.matches()) {
            // what was done glued to a reporter's name (记者张三报道, 本报记者 李四采写)
            token = verb.group(1);
        }
        Matcher glued = mayGlueRole(token) ? GLUED_ROLE.matcher(token) : null;
        if (glued != null && glued.matches()) {
            // the next role glued to a name, where a column's line break fell between them (周明 / 记者 吴刚)
            tokens.add(glued.group(1));
            tokens.addAll(glued.group(2).isEmpty() ? List.of() : Surnames.splitRun(glued.group(2)));
        } else if (!token.isEmpty() && !REPORTING_VERB.matcher(token).matches()) {
            // after a role (记者), a run too long for one name may be two whose space was lost
            tokens.addAll(token.length() < raw.length() || credited ? Surnames.splitRun(token) : List.of(token));
        }
    }

    /** A role's word stands after a name's length in the token: only then is it tried for a glued role. */
    private static boolean mayGlueRole(String token) {
        return token.length() > 3 && (token.indexOf("记者", 2) > 0 || token.indexOf("通讯员", 2) > 0
                || token.indexOf("实习生", 2) > 0);
    }

    /**
     * The credit without the place its report was filed from, set apart by a space after the names (记者 张三 北京报道
     * → 记者 张三); as it was when no name stands before it.
     */
    private static String withoutPlaceFiledFrom(String s) {
        if (!s.endsWith(REPORTED) && !s.endsWith(REPORTED_TW)) {
            return s;
        }
        Matcher place = FILED_FROM.matcher(s);
        boolean named = place.matches() && !ROLE_PREFIX.matcher(place.group(1).strip()).replaceFirst("").isBlank();
        return named ? place.group(1) : s;
    }

    /** The tokens with single characters paired (王 珏 → 王珏: a name spread wide); null if one is left over. */
    private static List<String> pairSpread(List<String> tokens) {
        List<String> names = new ArrayList<>();
        String single = null;
        for (String token : tokens) {
            boolean half = token.codePointCount(0, token.length()) == 1 && Text.isCjk(token.codePointAt(0));
            if (single == null && ROLE_WORD.matcher(token).matches()) {
                // a role of one character (文, 摄) stands alone, unless it is the second half of a spread name (谢 文)
                continue;
            }
            if (half && single == null) {
                single = token;
            } else if (half) {
                names.add(single + token);
                single = null;
            } else if (single != null) {
                return null;
            } else {
                names.add(token);
            }
        }
        return single == null ? names : null;
    }

    /** 2 to 4 Han characters, or a middle-dot foreign name, and no word that explains rather than credits. */
    private static boolean isNameLike(String token) {
        String core = token.replace("·", "").replace("•", "");
        int n = core.codePointCount(0, core.length());
        if (n < 2 || n > (token.contains("·") ? 10 : 4)) {
            return false;
        }
        if (!core.codePoints().allMatch(Text::isCjk)) {
            return false;
        }
        return !PERSON_NOUNS.contains(token) && !NOT_A_NAME.matcher(token).find() && !SOURCE_WORD.matcher(token).find();
    }
}
