package dev.newsflow.enrich.split;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture: what a page prints that is no article — mastheads, editor lists, hotlines and
 * addresses, copyright notices, prices, page headers. Recognised by the vocabulary of newspaper
 * imprints, which is the same across papers, never by the text of one page.
 */
final class Furniture {

    /** The words of an imprint: labels, phone numbers, addresses, prices, registration numbers, credits. */
    private static final List<String> IMPRINT_WORD_LIST = List.of(
            "热线", "电话", "传真", "邮编", "邮政编码", "地址:", "地址：", "投稿", "零售价", "定价", "每份", "订阅", "发行",
            "社址", "出版物号", "刊号", "邮发代号", "国际标准", "值班编委", "总编辑", "社长", "主编", "责编", "美编", "校对",
            "编辑:", "编辑：", "主办", "主管", "承印", "印刷", "广告经营", "广告许可", "广告热线", "广告部", "广告中心",
            "Email", "E-mail", "www.", "http://", "https://", "ISSN",
            "微信公众号", "客户端", "扫码", "二维码", "新媒体矩阵", "版权所有");
    private static final Vocabulary IMPRINT_WORDS = new Vocabulary(IMPRINT_WORD_LIST.toArray(String[]::new));
    /**
     * Imprint words that news also uses (信用债发行, 热线今起开通, 主办方): on a short line they make an imprint's only as
     * its labels, a colon or a number after them (发行：…, 热线 96068), or as its last word (某某集团主办). Not closing a
     * sentence: a column's last line of an article may end with one (…扫描二维码投稿。), as an imprint's notice does
     * (欢迎读者投稿。), which its block's labelled lines make furniture.
     */
    private static final List<String> NEWS_IMPRINT_WORDS = List.of("热线", "电话", "传真", "投稿", "定价", "每份", "订阅",
            "发行", "国际标准", "总编辑", "社长", "主编", "主办", "主管", "印刷", "客户端", "扫码", "二维码", "微信公众号");
    /** A word of {@link #NEWS_IMPRINT_WORDS} as a label or as its line's last word. */
    private static final Pattern NEWS_WORD_AS_LABEL = Pattern.compile(
            "(?:" + String.join("|", NEWS_IMPRINT_WORDS) + ")(?:[\\s\\u3000]*[:：0-9０-９]|$)");
    /** The imprint words no news uses: every other word of {@link #IMPRINT_WORD_LIST}, counted wherever they stand. */
    private static final Vocabulary LABEL_WORDS = new Vocabulary(IMPRINT_WORD_LIST.stream()
            .filter(w -> !NEWS_IMPRINT_WORDS.contains(w)).toArray(String[]::new));
    /** The bidding that opens a hint to a printed code: scan it, or press on it in a phone's picture. */
    private static final Pattern CODE_HINT = Pattern.compile("扫码|扫一扫|扫描\\p{IsHan}{0,4}二维码|长按\\p{IsHan}{0,4}二维码");
    /** A range of temperatures, as a forecast gives it: 26℃～34℃, 13-22℃. */
    private static final Pattern TEMPERATURE_RANGE = Pattern.compile("-?\\d{1,2}℃?[～~—\\-至]-?\\d{1,2}℃");
    /**
     * A wind's force, as a forecast gives it beside the temperatures when it prints them on a line of their own under
     * its label (9℃～16℃ 东南风3级, 北风3～4级).
     */
    private static final Pattern WIND_FORCE = Pattern.compile("风\\d{1,2}(?:[～~\\-至到]\\d{1,2})?级");
    /** A wind's direction and force opening a forecast's line (东北风3～4级): a headline about a gale opens otherwise. */
    private static final Pattern WIND_LINE = Pattern.compile("[东南西北偏]{1,3}" + WIND_FORCE.pattern());
    /** A forecast's label on a line of its own, over the forecast's lines (今日天气). */
    private static final Pattern FORECAST_LABEL_ALONE = Pattern.compile("(?:今日|明日|今天|明天|今明)天气(?:预报)?");
    /** The label a forecast's first line opens with, the place and the sky after it (今日天气 省城 多云转小雨). */
    private static final Pattern FORECAST_LABEL = Pattern.compile("(?:今日|明日|今天|明天|今明)?天气(?:预报)?(?:[\\s\\u3000]|[:：])");
    /** The air's quality by its grade alone, as a forecast's cell gives it (空气质量　良): a sentence says more. */
    private static final Pattern AIR_QUALITY = Pattern.compile(
            "空气质量[\\s\\u3000:：]*(?:优|良|轻度污染|中度污染|重度污染|严重污染)(?:[\\s\\u3000]+\\S{1,12})?");
    /** Characters naming the sky: sunny, overcast, cloudy, rain, snow, fog, haze. */
    private static final String WEATHER_CHARS = "晴阴云雨雪雾霾";
    /** An e-mail address under its label, which opens the line or stands apart by a space. */
    private static final Pattern MAILBOX = Pattern.compile("(?:^|[\\s\\u3000])\\p{IsHan}{1,8}[:：][\\s\\u3000]*"
            + "[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}(?:$|[\\s\\u3000])");
    /** What an imprint prints that is no fixed word: an e-mail domain, a CN serial number. */
    private static final Pattern IMPRINT_PATTERN = Pattern.compile("@[A-Za-z0-9.-]+\\.[a-z]{2,}|CN\\s?\\d{2}-\\d{4}");
    /** The label over an advertisement, alone on its line, set off by rules or brackets or not: 广告, —— 广告 ——. */
    private static final Pattern AD_LABEL = Pattern.compile(
            "^[-—－–【\\[（(\\s\\u3000]*(?:分类|公益)?广[\\s\\u3000]*告[-—－–】\\]）)\\s\\u3000]*$");
    /**
     * A line giving the paper's own numbers: what the number is for (新闻, 广告, 订阅, 发行, 刊登, 订购, 报料, 读者) and
     * 热线 or 电话, an advertisement's label before or not (分类广告 刊登热线：…, 新闻热线：96068), or a page's hotline
     * for its readers (健康热线：…, 社区热线：…). An article's service number (咨询电话：…, 服务热线：…) names no such
     * purpose, and stays in its text.
     */
    private static final Pattern PAPER_HOTLINE = Pattern.compile(
            "^(?:(?:(?:分类|公益)?广告[\\s\\u3000]*)?(?:新闻|广告|订阅|发行|刊登|订购|报料|读者)(?:热线|电话)|\\p{IsHan}{0,8}(?<!服务|咨询)热线)"
            + "[\\s\\u3000]*[:：]?[\\s\\u3000]*[0-9０-９][0-9０-９\\s\\u3000()（）、/-]{3,}$");
    /** Legal notices, at any length. */
    private static final Pattern NOTICE = Pattern.compile(
            "未经.{0,8}(?:授权|许可).{0,20}(?:不得|禁止)|不得(?:转载|摘编|复制)|本报.{0,6}版权|版权(?:声明|合作)|依法追究.{0,8}法律责任");
    /**
     * Words every legal notice has one of (each alternative of {@link #NOTICE} holds one): most blocks need no regex.
     * Not 本报, which opens most reports: its alternative holds 版权 too.
     */
    private static final Vocabulary NOTICE_WORDS = new Vocabulary("未经", "不得", "版权", "依法追究");
    /** A date with its year, as an edition line prints it (2024年6月7日). */
    private static final String FULL_DATE = "\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日";
    /** A page header: date and weekday, or the page number and section. */
    private static final Pattern PAGE_HEADER = Pattern.compile(
            "^" + FULL_DATE + "\\s*(?:星期|周)[一二三四五六日天]|^第\\s*\\d{1,3}\\s*版");
    /** The roles an editor's credit names: editors, a page's chief editor, designers, proofreaders, who is on duty. */
    private static final String EDITOR_ROLE =
            "(?:责任编辑|责编|编辑|主编|美编|校对|组版|版式设计|版式|版面设计|美术编辑|图片编辑|视觉设计|制版|值班编辑|值班主任"
            + "|审核|审校)";
    /** The characters an editor's role (or 本版, 本期 before it) opens with: only there is a credit with no colon. */
    private static final String EDITOR_ROLE_FIRSTS = "责编主美校组版图视制值审本";
    /** An editor's credit line closing an article or a page. */
    private static final Pattern EDITOR_LINE = Pattern.compile("^[（(【\\[]?(?:本版|本期)?" + EDITOR_ROLE + "\\s*[:：]");
    /**
     * An editor's credit without a colon: roles each set apart from their names by a space, and nothing but names
     * (责任编辑 张伟  美术编辑 李娜).
     */
    private static final Pattern EDITOR_LINE_SPACED = Pattern.compile("^(?:本版|本期)?" + EDITOR_ROLE
            + "(?:[\\s\\u3000]+(?:" + EDITOR_ROLE + "|\\p{IsHan}{1,4}))+$");
    /** A date with its year written in Han numerals, as some mastheads print it (二〇二四年六月七日). */
    private static final String HAN_DATE = "[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日";
    /** The letters a page's code opens with, ASCII or full width. */
    private static final String PAGE_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ";
    /** A section's name: a word, or two words joined by a middle dot (要闻, 国内新闻, 新车·市场). */
    private static final String SECTION_WORDS = "\\p{IsHan}{2,4}(?:[·・•]\\p{IsHan}{2,4})?";
    /** A page's number with its section's letter (A03, B8), as city dailies print it. */
    private static final String PAGE_CODE = "[A-ZＡ-Ｚ][0-9０-９]{1,2}";
    /** What stands between the digits of a date written with numbers only (2024.06.07, 2024-06-07, 2024/06/07). */
    private static final String DIGIT_SEPARATORS = ".-/";
    /** Signs of an edition line a line holds ({@link #editionSigns}), one bit each. */
    private static final int PAGE = 1;
    private static final int YEAR = 2;
    private static final int MONTH = 4;
    private static final int DAY = 8;
    /** 周, as in 周五. */
    private static final int WEEK = 16;
    /** 星期. */
    private static final int WEEKDAY = 32;
    /** A digit followed by a dot, dash or slash, as in 2024.06.07. */
    private static final int DIGIT_SEPARATOR = 64;
    /** The line holds 。 or ，: a sentence's, no edition line. */
    private static final int SENTENCE = -1;
    /** Signs each of which alone may make a line an edition line; the dates' 年, 月 and 日 count together. */
    private static final int SIGNS_ALONE = PAGE | WEEK | WEEKDAY | DIGIT_SEPARATOR;

    /**
     * An edition line: the edition's date with its weekday, a dotted or dashed date, the page number (第N版), or the
     * date with a section's page code (A03 要闻 2024年6月7日), in a line with no sentence in it (人民日报 2024年6月7日
     * 星期五 第5版 要闻), or with the number, as weeklies print it (某某周刊 2024年6月7日 第36期); a date in the
     * years of the Republic, as Taiwan's papers print it (中华民国112年10月24日).
     */
    private static final Pattern EDITION_MARK = Pattern.compile(
            FULL_DATE + "\\s*(?:星期|周)[一二三四五六日天]"
                    + "|(?:^|\\s)\\d{4}[.\\-/]\\d{1,2}[.\\-/]\\d{1,2}(?:\\s|$)"
                    + "|(?:^|\\s)第\\s*[A-ZＡ-Ｚ]?\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*版(?:\\s|[:：]|$)"
                    + "|(?:^|\\s)[A-ZＡ-Ｚ]\\s*[0-9０-９]{1,2}\\s*版(?:\\s|[:：]|$)"
                    + "|^(?:星期|周)[一二三四五六日天]$"
                    + "|" + HAN_DATE + "[\\s\\u3000]*(?:星期|周)[一二三四五六日天]|^" + HAN_DATE + "$"
                    + "|^" + PAGE_CODE + "\\s(?:.*\\s)?" + FULL_DATE + "(?:\\s|$)"
                    + "|(?:^|\\s)" + FULL_DATE + "\\s(?:.*\\s)?" + PAGE_CODE + "$"
                    + "|(?:^|\\s)" + FULL_DATE + "\\s(?:.*\\s)?总?第\\s*[0-9０-９]{1,6}\\s*期$"
                    + "|^" + FULL_DATE + "$"
                    + "|(?:^|\\s)(?:中华)?民国\\s*[0-9０-９]{2,3}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    /**
     * What a masthead prints on lines of its own besides the date: the date of the lunar calendar with its year's stem
     * and branch (农历甲辰年四月廿四), the number (第27692期) and the number of pages (今日20版).
     */
    private static final Pattern MASTHEAD_MARK = Pattern.compile(
            "(?:^|\\s)(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[\\s\\u3000]*\\p{IsHan}{1,3}月"
                    + "[初十廿卅一二三四五六七八九]{1,3}日?(?:\\s|$)"
                    + "|(?:^|\\s)总?第[\\s\\u3000]*[0-9０-９]{3,6}[\\s\\u3000]*期(?:\\s|$)"
                    + "|(?:^|\\s)(?:今日|本期|今天)[\\s\\u3000]*共?[\\s\\u3000]*[0-9０-９]{1,2}[\\s\\u3000]*版(?:\\s|$)");
    /** A character each of a masthead's marks holds: a year's stem, 期 of an issue, 今 or 本 of a page count. */
    private static final String MASTHEAD_SIGNS = "甲乙丙丁戊己庚辛壬癸期今本";
    /**
     * An entry of a front page's index: the page's code and section, a bar, the headline (A05 民生｜标题), a mark
     * before them maybe (▶A04 城事｜标题).
     */
    private static final Pattern INDEX_ENTRY = Pattern.compile("^(?:[▶►→☞◆●■★☆▲△][\\s\\u3000]*)?" + PAGE_CODE
            + "[\\s\\u3000]*\\p{IsHan}{2,4}[\\s\\u3000]*[｜|][\\s\\u3000]*\\S.{1,30}$");
    /**
     * A pointer to a page inside: a mark opening it (the page set apart after the headline, maybe after 见), or 详见 or
     * a mark ({@code ▶}, {@code >>}) before the page, which has a section letter or 版.
     */
    private static final Pattern POINTER = Pattern.compile(
            "^(?:[▶►→☞◆●■★☆▲△][\\s\\u3000]*\\S.*?[\\s\\u3000]+(?:详?见)?|[^，。,]*?(?:详见|[▶►→☞]|>>)[\\s\\u3000]*)"
            + "(?:[A-ZＡ-Ｚ][\\s\\u3000]*[0-9０-９]{1,2}版?|第?[\\s\\u3000]*[0-9０-９]{1,2}[\\s\\u3000]*版)$");
    /**
     * A pointer that names the page first, after its mark, then the headline (▲第三版 深化改革看基层, ▶A5版：…): the
     * page in figures or in Han numerals, as the pages are numbered.
     */
    private static final Pattern PAGE_FIRST_POINTER = Pattern.compile(
            "^[▶►→☞◆●★☆▲△][\\s\\u3000]*第?[\\s\\u3000]*[A-ZＡ-Ｚ]?[\\s\\u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
            + "[\\s\\u3000]*版[\\s\\u3000:：]*[^\\s\\u3000，。,].*$");
    /** What every pointer holds one of: a mark, 详见, or >>. */
    private static final String POINTER_SIGNS = "▶►→☞◆●■★☆▲△详>";
    /** The marks a pointer naming its page first opens with. */
    private static final String POINTER_MARKS = "▶►→☞◆●★☆▲△";
    /** {@link #isPageNotice}: the page's own name, then within a clause what it disclaims or asks. */
    private static final Pattern PAGE_NOTICE = Pattern.compile(
            "(?:本版|本栏|本刊|本专刊)[^。]{0,24}?(?:仅供参考|仅代表作者|不代表本[报刊网]|不构成\\p{IsHan}{0,4}建议|园地公开"
                    + "|除署名外)|(?:来稿|投稿)请(?:附|注明|写明)");
    /** Longest page notice: two or three sentences of a page's foot. */
    private static final int MAX_NOTICE_LINE = 80;
    /** The label over a front page's pointers. */
    private static final Pattern POINTER_LABEL = Pattern.compile("^(?:今日|本期|要闻|新闻)?导读$");
    /** Longest pointer line: a mark, a headline and its page. */
    private static final int MAX_POINTER_LINE = 40;
    /** Longest edition line: paper, date, weekday, page and section. */
    private static final int MAX_EDITION_LINE = 48;
    /** What closes a picture credit: 摄 (photographed), 绘 (drawn), 制图 …, and a series in brackets. */
    private static final Pattern CREDIT_END = Pattern.compile(
            "[\\s\\u3000]*(?:摄影报道|摄影|摄|绘|制图|供图)(?:[（(][^）)]{1,12}[）)])?$");
    /** A picture an agency or paper sent, its photographer in brackets: 新华社发（王五摄）, 某某日报发（李四 摄）. */
    private static final Pattern SENT_BY = Pattern.compile(
            "^\\p{IsHan}{1,8}发[\\s\\u3000]*[（(]([^（）()]{2,20}?)[\\s\\u3000]*(?:摄|绘|供图)[）)]$");
    /**
     * A picture an agency sent, with no photographer named, under its caption: 新华社发, or a picture agency's name
     * alone (some of them are called 某某视觉).
     */
    private static final Pattern SENT_ALONE = Pattern.compile("^\\p{IsHan}{1,4}社发$|^\\p{IsHan}{2}视觉$");
    /** The agency or paper a credit names before its photographer, set apart by a space (新华社发 王五摄). */
    private static final Pattern SENT_FROM = Pattern.compile("^\\p{IsHan}{1,6}(?:社|网|台|报)发?[\\s\\u3000]+");
    /**
     * A credit by label: 制图：张三, 本报制图：李四, 图片来源：新华社, 图表制作：某某部; or what a page's title picture shows
     * (题图：某地秋色), printed with the page's credits.
     */
    private static final Pattern CREDIT_LABEL = Pattern.compile("^(?:本版|本期|本报)?(?:制图|图片|供图|漫画|插图|图表|题图|头图"
            + "|图表制作|(?:特约)?摄影|设计|图|图片来源)[\\s\\u3000]*[:：/／].{1,30}$");
    /** What a chart's or a table's title ends with: the kind of graphic it is (示意图, 走势图, 一览表, 统计表). */
    private static final Pattern CHART_TITLE = Pattern.compile("(?:示意|走势|分布|统计|线路|流程)图$|(?:一览|统计)表$|图[表解]$");
    /** The words a chart's or a table's credit opens or closes with, where a photograph's closes with 摄. */
    private static final Pattern CHART_CREDIT = Pattern.compile("^(?:本版|本期|本报)?(?:制图|制表|图表)|制图$");
    /** A note of where a page's pictures come from: 本版图片均由受访者提供, 图片由某某公司提供. */
    private static final Pattern PICTURES_SOURCE = Pattern.compile(
            "^(?:本版|本期|本组|文中|以上)?(?:图片|照片|插图|配图)均?(?:由|为|来自|系)?\\p{IsHan}{1,16}?(?:提供|供图)$");
    /** Who supplied the picture, whoever that is (某某视觉供图, 受访者供图, CFP供图): only a picture is 供图. */
    private static final Pattern SUPPLIED = Pattern.compile("^[\\p{IsHan}A-Za-z·]{1,12}供图$");
    /** A picture from the paper's or an agency's files: 资料图片, 本报资料照片. */
    private static final Pattern FILE_PICTURE = Pattern.compile("^(?:本报|\\p{IsHan}{1,4}社)?资料(?:图片|图|照片|片)$");
    /** A credit's label set apart from the names by a space, not a colon: 制图 张三, 漫画 李四, 特约摄影 王五. */
    private static final Pattern SPACED_LABEL = Pattern.compile(
            "^(?:制图|漫画|插图|(?:特约)?摄影|图片)[\\s\\u3000]+(\\S.{0,20})$");
    /** A drawing's title, then its maker closed by what they did: 文不加点 邵其峰/作, 春归 李华 绘. */
    private static final Pattern TITLED_WORK = Pattern.compile(
            "^\\S{1,12}[\\s\\u3000]+(\\p{IsHan}{2,4})[\\s\\u3000]*(?:[/／](?:作|绘|画)|作|绘|画)$");
    /** The characters a spaced label opens with. */
    private static final String SPACED_LABEL_FIRSTS = "制漫插摄图特";
    /** The digits a page's number is written in, ASCII or full width. */
    private static final String DIGITS = "0123456789０１２３４５６７８９";
    /** Characters of a page number's line at most: a section's name or letter, three digits, dashes and spaces. */
    private static final int MAX_PAGE_NUMBER_LINE = 9;
    /**
     * A page's number alone on a line, dashes around it or not, after its section's letter or not, 版 after it or not
     * (3, - 3 -, A2, 3 版).
     */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—－–\\s]*[A-ZＡ-Ｚ]?[0-9０-９]{1,3}[\\s\\u3000]*版?[-—－–\\s]*$");
    /**
     * A page's section and number, side by side, a space or a middle dot between (要闻 A2, 3 国内新闻, 要闻·A3), the
     * section's name of two words maybe (15 新车·市场).
     */
    private static final Pattern SECTION_PAGE = Pattern.compile(
            "^" + SECTION_WORDS + "[\\s\\u3000·・•]+[A-ZＡ-Ｚ]?[0-9０-９]{1,3}$"
            + "|^[A-ZＡ-Ｚ]?[0-9０-９]{1,3}[\\s\\u3000·・•]+" + SECTION_WORDS + "$");
    /**
     * A page's number with its section's letter and the section's name, a space or a middle dot between (B02 金融·市场周刊,
     * 文体新闻 A07): the letter tells a page from a headline opening with a figure (3 项措施出台).
     */
    private static final Pattern CODED_SECTION_PAGE = Pattern.compile(
            "^" + PAGE_CODE + "[\\s\\u3000·・•]+\\p{IsHan}[\\p{IsHan}·・•]{1,9}$"
            + "|^\\p{IsHan}[\\p{IsHan}·・•]{1,9}[\\s\\u3000·・•]+" + PAGE_CODE + "$");
    /**
     * A page header's part: a page's code (A07, B2), a page number padded with a zero (05), the page in words (第3版),
     * a word in Latin capitals (DAILY), or a short name (a paper's, a section's: 青岚日报, 城事·民生).
     */
    private static final Pattern HEADER_PART = Pattern.compile(
            PAGE_CODE + "|0[1-9]|第[0-9０-９一二三四五六七八九十]{1,3}版|[A-Z][A-Z.&'’-]+|\\p{IsHan}[\\p{IsHan}·・•]{1,9}");
    /** What marks a page header among its parts: a page number padded with a zero, or 第N版. */
    private static final Pattern HEADER_NUMBER = Pattern.compile("0[1-9]|第.{1,3}版");
    /** A page's code (A07), which marks a header of three parts: two (G20 峰会开幕) may be a headline. */
    private static final Pattern HEADER_CODE = Pattern.compile(PAGE_CODE);
    /** A word in Latin capitals, of which a paper's Latin name has two at least. */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Z][A-Z.&'’-]{3,}");
    /** Parts of a header marked by its page's code alone: paper, page and section. */
    private static final int CODED_HEADER_PARTS = 3;
    /** What sets a page header's parts apart. */
    private static final Pattern HEADER_SPACES = Pattern.compile("[\\s\\u3000]+");
    /** Parts a page header holds at most: paper, page, section, Latin name of three words. */
    private static final int MAX_HEADER_PARTS = 6;
    /** Characters of a coded section's page line at most: the code, a space and a section's name of ten. */
    private static final int MAX_CODED_SECTION_LINE = 14;
    /**
     * A paper's name and its name in Latin capitals on one line (西岭商报 XILING BUSINESS NEWS): a masthead. The name
     * ends as a paper's does (…报, …刊, 新闻, 消息), and two words of capitals at least follow it, so that a headline
     * naming things in Latin letters (聚焦 ESG AI) is none.
     */
    private static final Pattern PAPER_NAME_LATIN = Pattern.compile(
            "^\\p{IsHan}{1,7}[报刊闻息][\\s\\u3000]+[A-Z][A-Z.&'’-]*(?:[\\s\\u3000]+[A-Z][A-Z.&'’-]*)+$");
    /** The last characters a picture credit may close with. */
    private static final String CREDIT_LAST = "摄绘图影道）)发觉";
    /** Longest editor's credit line: a role or two and their names. */
    private static final int MAX_EDITOR_LINE = 30;
    /** Longest picture credit: a role, a few names and a series. */
    private static final int MAX_CREDIT_LINE = 40;
    private static final int MIN_PHONE_DIGITS = 7;
    private static final Pattern PHONE_NUMBERS = Pattern.compile("[0-9()（）\\s、,，-]{7,}");

    /** Rows of figures a table has at least: one row alone may be a headline's line holding figures. */
    private static final int MIN_TABLE_ROWS = 2;
    /**
     * Rows a table set solid with the text has at least: two lines of a headline's parts set apart by a space may each
     * hold a figure; three such lines in a row under a finished sentence are a table's.
     */
    private static final int MIN_SOLID_TABLE_ROWS = 3;
    /** Characters of a cell of a two-cell row at most: a day or a currency, a forecast or a rate. */
    private static final int MAX_CELL_CHARS = 12;
    /** Lines over a table's rows that are no row: its title and a note under it (（截至1月5日）, （单位：元/公斤）). */
    private static final int MAX_TABLE_HEAD = 2;
    /** Characters of a column's name in a table's header row at most. */
    private static final int MAX_HEADER_CELL = 6;
    /** A note under a table's rows: where its figures come from, when they were counted. */
    private static final Pattern TABLE_NOTE = Pattern.compile("^[（(]?(?:数据来源|资料来源|统计时间|统计日期)[:：]");
    /** Characters of a table's title at most. */
    private static final int MAX_TABLE_LABEL = 20;
    /** Punctuation of a clause or a sentence, which no row of a table holds. */
    private static final String CLAUSE_MARKS = "，。；！？、";
    /** Quotes and titles' marks, which no row of figures holds. */
    private static final String QUOTES = "“”《》";
    /** Brackets, which a table's first row does not open with a unit in, as a dateline's line may hold them. */
    private static final String BRACKETS = "（(";
    /** A title's colon between its parts (某某：某某), which a two-cell row of figures does not hold. */
    private static final String TITLE_COLONS = "：:";
    /** A date with its year: an edition's or a masthead's line, not a table's row. */
    private static final Pattern YEAR_DATE = Pattern.compile(FULL_DATE);
    /** A date and nothing else: a notice's or a letter's, under its signer, as well as an edition's. */
    private static final Pattern DATE_ALONE = Pattern.compile(FULL_DATE + "|" + HAN_DATE);
    /** Cells a row of a table has at least: a label and two figures, or two labels and figures. */
    private static final int MIN_ROW_CELLS = 3;
    /** A match's score between its two sides, as a results row prints it (江城队 3∶2 海港队). */
    private static final Pattern SCORE = Pattern.compile("[0-9０-９]{1,3}[∶:：比][0-9０-９]{1,3}");
    /** Characters of an imprint's line (主办…, 地址…, 邮编…) at most, unless its terms run together. */
    private static final int IMPRINT_LINE_CHARS = 40;
    /** What a paper's sponsor, publisher or printer does, closing its part of an imprint's row. */
    private static final Pattern PUBLISHER_ROLE = Pattern.compile("\\p{IsHan}(?:主办|主管|出版|承办|印刷|发行)$");
    /** A section's name: a word or two, maybe after the paper's or the section's own name and a dot (某某·副刊). */
    private static final Pattern SECTION_NAME = Pattern.compile(
            "^(?:\\p{IsHan}{2,6}[·•・])?\\p{IsHan}{0,4}(?:周刊|副刊|专刊|特刊|专版)$");
    /** Characters of a section's name at most: the paper's name, a dot and the section's. */
    private static final int MAX_SECTION_NAME = 13;
    /** The last characters of {@link #PUBLISHER_ROLE}'s words. */
    private static final String PUBLISHER_LAST = "办管版刷行";
    /** Imprint terms a line set solid with the text holds at least, to be an imprint's row. */
    private static final int MIN_IMPRINT_ROW_TERMS = 2;
    /** Tenths of a block's lines that must be imprint lines for the block to be an imprint. */
    private static final int IMPRINT_SHARE_TENTHS = 4;

    private Furniture() {
    }

    /** A block (lines between blank lines) that is furniture in itself. */
    static boolean isFurnitureBlock(List<String> lines) {
        String all = String.join("", lines);
        if (NOTICE_WORDS.foundIn(all) && NOTICE.matcher(all).find()) {
            return true;
        }
        for (String line : lines) {
            if (isBodyLine(line)) {
                // a paragraph of text is no imprint's: an imprint line set right under it is cut off as one of its own
                return false;
            }
        }
        if (isTable(lines)) {
            return true;
        }
        // four lines in ten of an imprint make the block one: stop reading once the rest could not make them up. An
        // editor's credit closing a page's last column says nothing of the lines above it: the cutter sets it apart
        int needed = (lines.size() * IMPRINT_SHARE_TENTHS + 9) / 10;
        int imprint = 0;
        for (int i = 0; i < lines.size() && imprint < needed && imprint + lines.size() - i >= needed; i++) {
            imprint += isImprintLine(lines.get(i)) && !isEditorLine(lines.get(i)) ? 1 : 0;
        }
        return imprint > 0 && imprint >= needed;
    }

    /**
     * A table of figures: service information a page prints between its articles (weather, lottery draws, prices,
     * results). Two lines at least, half of them or more rows of figures, none holding a sentence's comma or full stop.
     */
    private static boolean isTable(List<String> lines) {
        if (lines.size() < MIN_TABLE_ROWS) {
            return false;
        }
        int rows = 0;
        for (String line : lines) {
            if (line.indexOf('，') >= 0 || line.indexOf('。') >= 0) {
                return false;
            }
            rows += isRowOfFigures(line) ? 1 : 0;
        }
        return rows >= MIN_TABLE_ROWS && rows * 2 >= lines.size();
    }

    /**
     * Where a table set solid with the text from line i ends, else i: rows of figures (a forecast's days, a rate's
     * currencies, a round's results, a standings' places: {@link #isSolidTableRow}), {@link #MIN_SOLID_TABLE_ROWS} at
     * least, under the table's title, a note and the names of its columns maybe, with a group's label between them,
     * and notes of where and when the figures come from under them (天气预报 / 8日 多云 / 12℃～21℃ 南风2级 …, 积分榜
     * （前四） / 排名 球队 积分 / 1.某某队 28分 … / 数据来源：…): a box of figures no article's text is. A paragraph's
     * lines run on with the punctuation of its clauses.
     */
    static int tableEnd(List<String> lines, int i) {
        // a table opens with its columns' names or a row, two cells at least, or with its title over them: most
        // lines are ruled out here
        String head = lines.get(i);
        if (!Cells.hasTwo(head) && !(cellsFollow(lines, i) && isTableLabel(head))) {
            return i;
        }
        int first = tableHeadEnd(lines, i);
        // a table opens with a row, right there or under its title, its note and its columns' names
        if (first >= lines.size() || !isSolidTableRow(lines.get(first))) {
            return i;
        }
        int end = tableRowsEnd(lines, first);
        while (end > first && end < lines.size() && TABLE_NOTE.matcher(lines.get(end).strip()).lookingAt()) {
            end++;
        }
        return end > first ? end : i;
    }

    /**
     * A line of two cells at least stands within the lines a table's title and note may take from line i, and its
     * columns' names under them: where its first row or its names may be.
     */
    private static boolean cellsFollow(List<String> lines, int i) {
        for (int k = i + 1; k < lines.size() && k <= i + MAX_TABLE_HEAD; k++) {
            if (Cells.hasTwo(lines.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Where the lines over a table's rows from line i end: its title, a note under it, its columns' names. */
    private static int tableHeadEnd(List<String> lines, int i) {
        int first = i;
        while (first < lines.size() && first - i < MAX_TABLE_HEAD && isTableLabel(lines.get(first))) {
            first++;
        }
        return first < lines.size() && isHeaderRow(lines.get(first)) ? first + 1 : first;
    }

    /**
     * Where a table's rows from line {@code first} end, a group's label between them, or {@code first} when they are
     * fewer than {@link #MIN_SOLID_TABLE_ROWS}.
     */
    private static int tableRowsEnd(List<String> lines, int first) {
        int rows = 0;
        int end = first;
        while (end < lines.size()) {
            if (end == first ? isSolidTableRow(lines.get(end)) : isFurtherTableRow(lines.get(end))) {
                rows++;
                end++;
            } else if (end + 1 < lines.size() && isTableLabel(lines.get(end)) && isSolidTableRow(lines.get(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        return rows >= MIN_SOLID_TABLE_ROWS ? end : first;
    }

    /**
     * A row naming a table's columns: two short words or more set apart by spaces, no figure (排名 球队 胜 负, 进/失球).
     */
    private static boolean isHeaderRow(String line) {
        if (!Text.containsAny(line, " \u3000") || Text.containsAny(line, DIGITS)) {
            return false;
        }
        String s = line.strip();
        Cells cells = Cells.of(s);
        return cells.count >= 2 && cells.longest <= MAX_HEADER_CELL
                && s.codePoints().allMatch(c -> Cells.isCellSpace(c) || Text.isCjk(c) || c == '/');
    }

    /**
     * A table's row set solid with the text: a row of figures ({@link #isRowOfFigures}), or two short cells set apart
     * by a space, one holding a figure (8日 多云转小雨, 1美元 7.1536元人民币, 1.某某队 28分); no clause's punctuation,
     * brackets or quotes, and no edition line, masthead's date or dateline, which hold figures and spaces too; a
     * two-cell row no title's colon (某某EV7：续航扎实  智驾仍需打磨 is a headline's).
     */
    private static boolean isSolidTableRow(String line) {
        return !Text.containsAny(line, BRACKETS) && isFurtherTableRow(line);
    }

    /**
     * A row of a table under its first ({@link #isSolidTableRow}), which may name a unit in brackets (成交额（亿元）
     * 8763): the rows above show the lines are a table's, where a first line in brackets may be a dateline's.
     */
    private static boolean isFurtherTableRow(String line) {
        if (!hasSpacedFigure(line) || Text.containsAny(line, CLAUSE_MARKS) || Text.containsAny(line, QUOTES)) {
            return false;
        }
        // the row's cells first, then what else holds figures and spaces: few lines are asked that
        boolean row = isRowOfFigures(line) || isTwoCellRow(line);
        return row && !isEditionLine(line.strip()) && !YEAR_DATE.matcher(line).find() && !Markers.opensArticle(line);
    }

    /** Two short cells set apart by a space, one holding a figure, and no title's colon between a title's parts. */
    private static boolean isTwoCellRow(String line) {
        Cells cells = Cells.of(line);
        return cells.count == 2 && cells.longest <= MAX_CELL_CHARS && !Text.containsAny(line, TITLE_COLONS);
    }

    /** The line holds a figure and a space, as a row of a table does: one pass over it. */
    private static boolean hasSpacedFigure(String line) {
        boolean digit = false;
        boolean space = false;
        for (int k = 0; k < line.length() && !(digit && space); k++) {
            char c = line.charAt(k);
            digit |= Text.isDigit(c);
            space |= c == ' ' || c == '\u3000';
        }
        return digit && space;
    }

    /** A table's title or a group's label: a short line of no clause, no row itself. */
    private static boolean isTableLabel(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= MAX_TABLE_LABEL && !Text.containsAny(s, CLAUSE_MARKS)
                && !Text.containsAny(s, " \u3000");
    }

    /**
     * A row of a table: three cells at least, set apart by spaces, half of them or more holding a figure (红球 03 07
     * 12, 今天 多云 12℃ 东风3级), or a match's result: two sides and the score between them (江城队 3∶2 海港队).
     */
    private static boolean isRowOfFigures(String line) {
        // a row has figures and spaces between its cells: a headline's line is ruled out before it is cut up
        if (!Text.containsAny(line, DIGITS) || !Text.containsAny(line, " \u3000")) {
            return false;
        }
        Cells cells = Cells.of(line);
        if (cells.count < MIN_ROW_CELLS) {
            return false;
        }
        return cells.figures * 2 >= cells.count
                || cells.count == MIN_ROW_CELLS && SCORE.matcher(line.strip().split("[\\s\\u3000]+")[1]).matches();
    }

    /** A line's cells set apart by spaces, counted in one pass: how many, how many hold a figure, the longest. */
    private static final class Cells {
        /** The characters a bar chart set as text draws its bars with. */
        private static final String BAR_CHARS = "■█▇▆▅▄▃▂▁▉▊▋▌▍▎▏━";
        /** The first and last code of the Unicode blocks {@link #BAR_CHARS} stand in (box drawing to shapes). */
        private static final char BAR_FIRST = '\u2500';
        private static final char BAR_LAST = '\u25ff';
        int count;
        int figures;
        int longest;

        static Cells of(String line) {
            Cells cells = new Cells();
            int length = 0;
            boolean figure = false;
            boolean bar = true;
            for (int k = 0; k <= line.length(); k++) {
                char c = k < line.length() ? line.charAt(k) : ' ';
                if (isCellSpace(c)) {
                    if (length > 0) {
                        // a bar drawn after a row's label is the row's figure drawn (光伏 ■■■■ 912)
                        cells.figures += figure || bar && cells.count > 0 ? 1 : 0;
                        cells.count++;
                        cells.longest = Math.max(cells.longest, length);
                    }
                    length = 0;
                    figure = false;
                    bar = true;
                } else {
                    length++;
                    figure |= Text.isDigit(c);
                    // bars are drawn in the blocks of box drawing and shapes: other characters end the test at once
                    bar &= c >= BAR_FIRST && c <= BAR_LAST && BAR_CHARS.indexOf(c) >= 0;
                }
            }
            return cells;
        }

        /**
         * The line holds two cells or more: a space between two of its characters that are none, without counting
         * them as {@link #of} does.
         */
        static boolean hasTwo(String line) {
            int a = 0;
            int b = line.length() - 1;
            while (a <= b && isCellSpace(line.charAt(a))) {
                a++;
            }
            while (b > a && isCellSpace(line.charAt(b))) {
                b--;
            }
            for (int k = a + 1; k < b; k++) {
                if (isCellSpace(line.charAt(k))) {
                    return true;
                }
            }
            return false;
        }

        /** What {@code [\\s\\u3000]} matches: a space, an ideographic space, a tab or a line's end. */
        static boolean isCellSpace(int c) {
            return c == ' ' || c == '\u3000' || c >= '\t' && c <= '\r';
        }
    }

    /**
     * A line of running text: longer than any imprint line and ending a sentence in it, or a sentence closed by a
     * reporter's byline (…出席并讲话。（王明）), however short.
     */
    private static boolean isBodyLine(String line) {
        if (line.indexOf('。') < 0) {
            return false;
        }
        return line.length() > IMPRINT_LINE_CHARS || isProse(line.strip())
                || Bylines.trailing(line).filter(b -> !b.rest().isEmpty()).isPresent();
    }

    /**
     * A sentence of prose, however short: it ends a sentence and has no label (no colon), no e-mail address or serial
     * number, and no imprint word as its last word. An imprint prints labels and values; its few sentences are
     * notices that end with what they offer (欢迎投稿。, 全国各地邮局均可订阅。). An article's sentence may name an
     * imprint's word on the way (…副总编辑某某出席并讲话。, …打电话祝贺。).
     */
    private static boolean isProse(String s) {
        if (!Text.endsSentence(s) || s.indexOf('：') >= 0 || s.indexOf(':') >= 0 || imprintPatternCount(s) > 0) {
            return false;
        }
        // the sentence's last word stands before its full stop (or ellipsis) and any closing quote
        return !IMPRINT_WORDS.endsAt(s, Text.lastMeaningfulIndex(s));
    }

    /**
     * A line of an imprint: short, with imprint vocabulary or a page header; or longer but dense with imprint
     * vocabulary (an imprint whose lines the extraction ran together: 主办…刊号…邮发代号…值班编委…).
     */
    static boolean isImprintLine(String line) {
        String s = line.strip();
        if (s.length() <= IMPRINT_LINE_CHARS) {
            if (!isProse(s) && hasImprintTerm(s)) {
                return true;
            }
            return mayOpenPageHeader(s) && PAGE_HEADER.matcher(s).lookingAt() || isPhoneNumbers(s) || isEditionLine(s)
                    || isPageNumber(s) || isAdLabel(s);
        }
        long terms = imprintTermCount(s);
        return terms >= 3 && terms * 40 >= s.length() && !s.contains("。");
    }

    private static boolean isAdLabel(String s) {
        return s.indexOf('告') > 0 && AD_LABEL.matcher(s).matches();
    }

    private static boolean isPageNumber(String s) {
        if (s.length() > MAX_CODED_SECTION_LINE || !Text.containsAny(s, DIGITS)) {
            return false;
        }
        return s.length() <= MAX_PAGE_NUMBER_LINE
                && (PAGE_NUMBER.matcher(s).matches() || SECTION_PAGE.matcher(s).matches())
                || CODED_SECTION_PAGE.matcher(s).matches();
    }

    private static boolean hasImprintTerm(String s) {
        if (imprintPatternCount(s) > 0) {
            return true;
        }
        // most lines hold no imprint word at all: one pass over the line rules them out
        if (!IMPRINT_WORDS.foundIn(s)) {
            return false;
        }
        return LABEL_WORDS.foundIn(s) || NEWS_WORD_AS_LABEL.matcher(s.strip()).find();
    }

    /** Imprint words and patterns in s, counted as successive finds of one alternation would count them. */
    private static long imprintTermCount(String s) {
        return IMPRINT_WORDS.count(s) + imprintPatternCount(s);
    }

    private static long imprintPatternCount(String s) {
        // the patterns need an @ or a CN: most lines have neither
        return s.indexOf('@') >= 0 || s.contains("CN") ? IMPRINT_PATTERN.matcher(s).results().count() : 0;
    }

    /**
     * A line that is furniture wherever it stands, whatever stands around it: an edition line, an editor's credit or
     * a picture credit. None reads as a sentence, and each names its kind with its own words.
     */
    static boolean isFurnitureLine(String line) {
        return isFurnitureLine(line, isLabelledLine(line));
    }

    /** {@link #isFurnitureLine(String)}, {@code labelled} what {@link #isLabelledLine} answered for the line. */
    static boolean isFurnitureLine(String line, boolean labelled) {
        return labelled || isCreditLine(line.strip());
    }

    /**
     * An edition line or an editor's credit: each says what it is by its own form (a date with its weekday, 第N版,
     * 责任编辑：), so it is furniture even where it runs on from a line above.
     */
    static boolean isLabelledLine(String line) {
        String s = line.strip();
        if (isPageNotice(s)) {
            return true;
        }
        if (s.isEmpty() || Text.endsSentence(s) && !s.endsWith("）") && !s.endsWith(")")) {
            return false;
        }
        return isEditorLine(s) || isEditionLine(s) || isPointer(s) || isPapersOwnLine(s);
    }

    /**
     * A note about the page's own copy, as a page's foot prints it in sentences: what its data or articles do not stand
     * for (本版数据仅供参考，不构成投资建议。, 本版文章仅代表作者观点，不代表本报立场), where its pictures come from (本版图片除
     * 署名外均为新华社发), what the page takes from readers (本版园地公开，欢迎读者投书…, 来稿请附真实姓名…). The page names
     * itself first; no article's sentence opens so.
     */
    static boolean isPageNotice(String s) {
        // a notice opens with the page's own name or the copy sent to it: most lines are ruled out here
        return s.length() <= MAX_NOTICE_LINE && (s.startsWith("本") || s.startsWith("来稿") || s.startsWith("投稿"))
                && PAGE_NOTICE.matcher(s).lookingAt();
    }

    /**
     * A line about the paper itself: its name in Latin letters, its hotlines, a page's header, an imprint's row, an
     * address to write to, the masthead's weather forecast.
     */
    private static boolean isPapersOwnLine(String s) {
        return isPaperNameInLatin(s) || isPaperHotline(s) || isPageHeader(s) || isImprintRow(s) || isMailbox(s)
                || isForecastLine(s);
    }

    /**
     * A weather forecast's line as a masthead prints it: cells set apart by spaces, one a range of temperatures
     * (今日天气 多云 26℃～34℃ 东南风3级), no clause's punctuation. A sentence about the heat runs on with commas. A box
     * may print a cell a line: the temperatures alone, the wind alone, the air's quality by its grade.
     */
    private static boolean isForecastLine(String s) {
        if (Text.containsAny(s, CLAUSE_MARKS)) {
            return false;
        }
        if (s.indexOf('℃') > 0) {
            return isTemperatureCell(s);
        }
        if (s.indexOf('级') > 0) {
            // the wind on a line of its own under the temperatures, alone or beside another cell (东北风3～4级 空气质量良)
            Matcher wind = WIND_LINE.matcher(s);
            return wind.lookingAt() && (wind.end() == s.length() || Cells.of(s).count >= 2);
        }
        if (s.startsWith("空气质量")) {
            return AIR_QUALITY.matcher(s).matches();
        }
        // a forecast's label names the weather: most lines are ruled out before the pattern runs
        return s.contains("天气") && (FORECAST_LABEL.matcher(s).lookingAt() && Cells.of(s).count >= 2
                && Text.containsAny(s, WEATHER_CHARS) || FORECAST_LABEL_ALONE.matcher(s).matches());
    }

    /** A forecast's temperatures alone on their line (14℃～19℃), or beside other cells of the forecast. */
    private static boolean isTemperatureCell(String s) {
        Matcher range = TEMPERATURE_RANGE.matcher(s);
        if (!range.find()) {
            return false;
        }
        int cells = Cells.of(s).count;
        return range.start() == 0 && range.end() == s.length() || cells >= MIN_ROW_CELLS || WIND_FORCE.matcher(s).find()
                || cells >= 2 && Text.containsAny(s, WEATHER_CHARS);
    }

    /**
     * A line giving an e-mail address under its label (投稿邮箱：…@…, 本版来信地址：… 电子邮箱：…@…), the label opening
     * the line or set apart by a space, and no clause's punctuation: where to send letters and copy. A sentence naming
     * an address goes on past it.
     */
    private static boolean isMailbox(String s) {
        return s.indexOf('@') > 0 && !Text.containsAny(s, "。，；") && MAILBOX.matcher(s).find();
    }

    /**
     * A row of an imprint set solid with the text around it, its parts set apart by spaces and no clause's punctuation
     * in it (an imprint prints labels and values, a list of books its publishers in sentences: …；某某出版社出版。):
     * two imprint terms or more, one of them a word no news uses (社址：… 订阅电话：…), or parts that each name who
     * sponsors, publishes or prints the paper (中共某某县委主办 某某报社出版). A headline names one such word at most.
     */
    static boolean isImprintRow(String s) {
        if (s.length() > MAX_EDITION_LINE || !Text.containsAny(s, " \u3000")) {
            return false;
        }
        // a row closing with who publishes the paper, or holding an imprint's words: most lines are ruled out here
        boolean publisher = PUBLISHER_LAST.indexOf(Text.lastChar(s)) >= 0;
        boolean terms = IMPRINT_WORDS.foundIn(s);
        if (!publisher && !terms || Text.containsAny(s, "，；。")) {
            return false;
        }
        if (terms && LABEL_WORDS.foundIn(s) && imprintTermCount(s) >= MIN_IMPRINT_ROW_TERMS) {
            return true;
        }
        String[] parts = HEADER_SPACES.split(s);
        return publisher && parts.length >= MIN_IMPRINT_ROW_TERMS
                && Arrays.stream(parts).allMatch(p -> PUBLISHER_ROLE.matcher(p).find());
    }

    /**
     * A page's header line: parts set apart by spaces, each a page's code or number, a word in Latin capitals or a
     * short name, marked as a header by a padded page number or 第N版, by a Latin name of two words or more, or by a
     * page's code among three parts (05 经济新闻 QINGLAN DAILY, 三农·产业 HEFENG FARMERS NEWS, 某某日报 A03 城事). Two
     * words alone (城事 要闻) are no header, nor a headline opening with a figure or a code (3 项措施出台, G20 峰会开幕),
     * nor one naming something in Latin letters (APEC 会议开幕).
     */
    static boolean isPageHeader(String s) {
        // a header's parts are set apart by spaces, and each of its marks holds a capital, a 0 or 版: most lines are
        // ruled out before they are cut into parts
        if (s.length() > MAX_EDITION_LINE || !Text.containsAny(s, " \u3000") || !mayMarkHeader(s)) {
            return false;
        }
        String[] parts = HEADER_SPACES.split(s.strip());
        if (parts.length < 2 || parts.length > MAX_HEADER_PARTS) {
            return false;
        }
        boolean numbered = false;
        boolean coded = false;
        int latin = 0;
        for (String part : parts) {
            if (!HEADER_PART.matcher(part).matches()) {
                return false;
            }
            numbered |= HEADER_NUMBER.matcher(part).matches();
            coded |= HEADER_CODE.matcher(part).matches();
            latin += LATIN_WORD.matcher(part).matches() ? 1 : 0;
        }
        return numbered || latin >= 2 || coded && parts.length >= CODED_HEADER_PARTS;
    }

    /** The line holds a Latin capital, a 0 or 版, and no comma or full stop. */
    private static boolean mayMarkHeader(String s) {
        boolean mark = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '，' || c == '。' || c == ',') {
                return false;
            }
            mark |= c >= 'A' && c <= 'Z' || c == '0' || c == '版';
        }
        return mark;
    }

    /**
     * The name of a section of the paper printed over the page's first headline or over a column (文化周刊, 某某·副刊,
     * 某某晚报·健康周刊): a weekly's, a literary supplement's or a special section's name, which no headline's kicker
     * is.
     */
    static boolean isSectionName(String s) {
        String t = s.strip();
        return t.length() <= MAX_SECTION_NAME && (t.endsWith("刊") || t.endsWith("版"))
                && SECTION_NAME.matcher(t).matches();
    }

    /**
     * A page's number or code beside its section's name (A04 本地新闻, 要闻 A2): furniture by its form alone where it
     * stands in a block of its own, and next to an edition line wherever it stands.
     */
    static boolean isSectionPage(String s) {
        // the page's number or code stands at one end of the line: most lines are ruled out before stripping
        if (s.length() > 2 * MAX_CODED_SECTION_LINE) {
            return false;
        }
        String t = s.strip();
        if (t.isEmpty() || t.length() > MAX_CODED_SECTION_LINE) {
            return false;
        }
        char first = t.charAt(0);
        boolean codeFirst = Character.isDigit(first) || PAGE_LETTERS.indexOf(first) >= 0;
        return (codeFirst || Character.isDigit(t.charAt(t.length() - 1))) && isPageNumber(t);
    }

    /** A hotline of the paper's own: a line of nothing but its purpose and numbers. */
    static boolean isPaperHotline(String s) {
        // the line closes with a figure and names a 热线 or 电话: most lines are ruled out here
        return Character.isDigit(Text.lastChar(s)) && (s.indexOf("热线") >= 0 || s.indexOf("电话") >= 0)
                && PAPER_HOTLINE.matcher(s).matches();
    }

    /** A masthead's line: the paper's name and its name in Latin capitals. */
    static boolean isPaperNameInLatin(String s) {
        // the line closes with a capital letter: most lines are ruled out here
        char last = Text.lastChar(s);
        return last >= 'A' && last <= 'Z' && PAPER_NAME_LATIN.matcher(s).matches();
    }

    /**
     * A front page's pointer to an article inside, and the label over a list of them: a mark or 详见 and the page it
     * is on (▶ 城东花市周末开张  A3, 春季招聘会下周举行 详见A6版, 今日导读). It heads no article here.
     */
    static boolean isPointer(String s) {
        char last = Text.lastChar(s);
        // a pointer closes with its page (A3, 第3版) or names it right after its mark, and its label closes with 导读:
        // most lines are ruled out here
        if (last == '读') {
            return POINTER_LABEL.matcher(s).matches();
        }
        if (s.length() > MAX_POINTER_LINE) {
            return false;
        }
        char first = Text.firstChar(s);
        boolean entryStart = PAGE_LETTERS.indexOf(first) >= 0 || POINTER_MARKS.indexOf(first) >= 0 || first == '■';
        if (entryStart && (s.indexOf('｜') > 0 || s.indexOf('|') > 0) && INDEX_ENTRY.matcher(s).matches()) {
            // the page's code and section before a bar, the headline after it
            return true;
        }
        if (last == '版' || Character.isDigit(last)) {
            return Text.containsAny(s, POINTER_SIGNS) && POINTER.matcher(s).matches();
        }
        // or it names the page right after its mark
        return POINTER_MARKS.indexOf(Text.firstChar(s)) >= 0 && s.indexOf('版') > 0
                && PAGE_FIRST_POINTER.matcher(s).matches();
    }

    /** The line is a date and nothing else (2024年6月7日, 二〇二四年六月七日). */
    static boolean isDateAlone(String line) {
        return DATE_ALONE.matcher(line.strip()).matches();
    }

    /**
     * The edition's date and weekday, a page number, and no sentence (2024年6月7日 星期五, 第5版 要闻); city dailies
     * number pages by section (第A03版, B2版). Or a masthead's lunar date, issue number or page count.
     */
    static boolean isEditionLine(String s) {
        if (s.length() > MAX_EDITION_LINE) {
            return false;
        }
        int signs = editionSigns(s);
        if (signs == SENTENCE || !mayMarkEdition(signs, s)) {
            return false;
        }
        return mayHoldEditionMark(signs) && EDITION_MARK.matcher(s).find()
                || Text.containsAny(s, MASTHEAD_SIGNS) && MASTHEAD_MARK.matcher(s).find();
    }

    /** The signs of an edition line in s, in one pass: {@link #PAGE} to {@link #DIGIT_SEPARATOR}, or SENTENCE. */
    private static int editionSigns(String s) {
        int signs = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '。', '，' -> {
                    return SENTENCE;
                }
                case '版' -> signs |= PAGE;
                case '年' -> signs |= YEAR;
                case '月' -> signs |= MONTH;
                case '日' -> signs |= DAY;
                case '周' -> signs |= WEEK;
                case '星' -> signs |= i + 1 < s.length() && s.charAt(i + 1) == '期' ? WEEKDAY : 0;
                default -> signs |= i > 0 && DIGIT_SEPARATORS.indexOf(c) >= 0 && Character.isDigit(s.charAt(i - 1))
                        ? DIGIT_SEPARATOR : 0;
            }
        }
        return signs;
    }

    /**
     * What each form of {@link #EDITION_MARK} holds: a page (版), a weekday (周, 星期), a full date (年, 月 and 日) or a
     * date with dots, dashes or slashes. A line with a year and a month but no day (2024年6月, in a sentence) is
     * ruled out here without the pattern, which is tried at every place of the line.
     */
    private static boolean mayHoldEditionMark(int signs) {
        return (signs & SIGNS_ALONE) != 0 || has(signs, YEAR | MONTH | DAY);
    }

    private static boolean has(int signs, int all) {
        return (signs & all) == all;
    }

    /**
     * Every edition mark has a page (第…版, A3版), a full date (年 and 月), a weekday (星期, 周) or a date with dots,
     * dashes or slashes between its digits: most lines are ruled out here.
     */
    private static boolean mayMarkEdition(int signs, String s) {
        return (signs & SIGNS_ALONE) != 0 || has(signs, YEAR | MONTH) || s.endsWith("期");
    }

    /** The line ends naming a kind of chart or table (…规划示意图, …一览表): a graphic's title. */
    static boolean namesChart(String line) {
        return CHART_TITLE.matcher(line.strip()).find();
    }

    /** A chart's or a table's credit: who drew it (制图：张三, 本报制图：李四, 制表 王五, 张三制图). */
    static boolean isChartCredit(String line) {
        String s = line.strip();
        return CHART_CREDIT.matcher(s).find() && isCreditLine(s);
    }

    /** A picture credit (新华社记者 王五摄, 李四绘, 制图：张三, 新华社发（王五摄）), also in brackets of its own. */
    static boolean isCreditLine(String s) {
        if (isBracketedCredit(s)) {
            return true;
        }
        if (s.length() > MAX_CREDIT_LINE || s.indexOf('。') >= 0 || s.indexOf('，') >= 0) {
            return false;
        }
        if (isSourceCredit(s) || isCodeHint(s)) {
            return true;
        }
        // a credit closes with what was done (摄, 绘, 制图, 摄影报道) or with its series in brackets; one naming who
        // wrote the text too is the article's byline
        if (!mayCloseCredit(s) || Bylines.namesWriter(s)) {
            return false;
        }
        Matcher sent = SENT_BY.matcher(s);
        if (sent.matches()) {
            // the agency's form says a photographer stands in the brackets: a name of any people's language
            return !Bylines.names(sent.group(1)).isEmpty();
        }
        Matcher end = CREDIT_END.matcher(s);
        return end.find() && isNames(SENT_FROM.matcher(s.substring(0, end.start())).replaceFirst(""));
    }

    /**
     * A hint to the code printed beside a picture or an article, bidding the reader scan it (扫码看视频, 扫描二维码观看
     * 更多, 长按识别二维码): it opens with the bidding and is no sentence, as a caption's credit is none.
     */
    private static boolean isCodeHint(String s) {
        char first = Text.firstChar(s);
        return (first == '扫' || first == '长') && CODE_HINT.matcher(s).lookingAt();
    }

    /**
     * A credit by its label, or a note of where pictures come from: 制图：张三, 制图 张三, 本版图片均由受访者提供,
     * 受访者供图, 资料图片, 新华社发.
     */
    private static boolean isSourceCredit(String s) {
        if (Text.containsAny(s, "：:/／") && CREDIT_LABEL.matcher(s).matches()) {
            // one naming who wrote the text too is the article's byline (图/李四 文/张三)
            return !Bylines.namesWriter(s);
        }
        if (s.endsWith("提供") || s.endsWith("供图")) {
            return PICTURES_SOURCE.matcher(s).matches() || SUPPLIED.matcher(s).matches();
        }
        if (s.indexOf("资料") >= 0) {
            return FILE_PICTURE.matcher(s).matches();
        }
        // a spaced label opens the line with one of its first characters: most lines are ruled out here
        if (!s.isEmpty() && SPACED_LABEL_FIRSTS.indexOf(s.charAt(0)) >= 0) {
            Matcher spaced = SPACED_LABEL.matcher(s);
            if (spaced.matches()) {
                return isNames(spaced.group(1)) || isTitledWork(spaced.group(1));
            }
        }
        return (s.endsWith("社发") || s.endsWith("视觉")) && isAgencyAlone(s);
    }

    /** An agency's or picture agency's name alone, sending a picture: 新华社发, 某某视觉. */
    private static boolean isAgencyAlone(String s) {
        return SENT_ALONE.matcher(s).matches();
    }

    /** A picture credit in brackets of its own: （新华社记者 王五 摄）, （资料图片）. */
    private static boolean isBracketedCredit(String s) {
        if (s.length() <= 2 || "（(".indexOf(s.charAt(0)) < 0 || "）)".indexOf(s.charAt(s.length() - 1)) < 0) {
            return false;
        }
        String inner = s.substring(1, s.length() - 1).strip();
        return inner.indexOf('（') < 0 && inner.indexOf('(') < 0 && isCreditLine(inner);
    }

    /** The line closes with a character a picture credit may close with: most lines do not. */
    static boolean mayCloseCredit(String line) {
        return CREDIT_LAST.indexOf(Text.lastChar(line)) >= 0;
    }

    /**
     * Where a picture credit closing a finished sentence on the same line starts (图为新修的街巷。 本报记者 王五 摄,
     * …。（新华社记者 王五 摄）, …。 新华社发), else -1: a caption printed in the text column keeps its picture's credit on its
     * last line, and the credit is furniture as it is on a line of its own.
     */
    static int creditAfterSentence(String line) {
        return creditRunningOn(line, "");
    }

    /**
     * Where a picture credit set apart by a space after a caption's words on the same line starts (新修的街巷 本报记者
     * 王五 摄, 某某作品《某某》（局部） 某某美术馆供图), else -1: a caption naming what the picture shows, with no
     * sentence to finish, keeps its picture's credit on its line too. Not a line that is a credit whole (新华社记者 王五
     * 摄: its role is no caption) or a byline naming the writer with the photographer (本报记者 张三/文 李四/摄), nor
     * one whose words before the space break off a clause (…他说， 张三 摄).
     */
    static int creditAfterCaption(String line) {
        // most lines close with a sentence's end or mid-clause, not with a credit's last character
        if (!mayCloseCredit(line) || line.indexOf(' ') < 0 || isCreditLine(line) || Bylines.namesWriter(line)) {
            return -1;
        }
        int from = Math.max(0, line.length() - 1 - MAX_CREDIT_LINE);
        for (int space = line.indexOf(' ', from); space > 0; space = line.indexOf(' ', space + 1)) {
            String caption = line.substring(0, space);
            if (isCreditLine(line.substring(space + 1))) {
                return Text.endsClause(caption) || Text.endsSentence(caption) ? -1 : space + 1;
            }
        }
        return -1;
    }

    /**
     * Where, in {@code before}, a picture credit begins after its last finished sentence that {@code line} completes
     * (图为新修的街巷。（本报记者 王 / 五 摄）): a column's line break may fall inside the credit. Else -1.
     */
    static int creditRunningOn(String before, String line) {
        // most lines close with a sentence's end, not with a credit's last character
        if (!mayCloseCredit(line.isEmpty() ? before : line)) {
            return -1;
        }
        // the sentence's end stands within a credit's length of the line's end
        int stop = Math.max(-1, before.length() - 1 - MAX_CREDIT_LINE);
        int end = before.length() - 1;
        while (end > stop && Text.FULL_STOPS.indexOf(before.charAt(end)) < 0) {
            end--;
        }
        if (end <= stop || before.substring(end + 1).isBlank()) {
            return -1;
        }
        String credit = before.substring(end + 1) + line;
        // an agency's name alone (新华社发) runs on from a sentence only across a space: a column's line break may
        // fall after the same words in a sentence (新华社发 / 布的数据)
        boolean spaced = Text.isSpace(credit.charAt(0));
        String strip = credit.strip();
        return isCreditLine(strip) && (spaced || !isAgencyAlone(strip)) ? end + 1 : -1;
    }

    /**
     * A drawing's title and who made it, after the drawing's label (漫画 文不加点 邵其峰/作, 插图 春归 李华 绘): the names
     * last, what they did closing them.
     */
    private static boolean isTitledWork(String credited) {
        Matcher m = TITLED_WORK.matcher(credited);
        return m.matches() && isNames(m.group(1));
    }

    /** A role and names, each a name (在当地拍摄 closes no name: body text). */
    private static boolean isNames(String credited) {
        List<String> names = Bylines.names(credited);
        return !names.isEmpty() && names.stream().allMatch(Bylines::isPersonName);
    }

    /** A line of an article that credits its editors, kept out of the body. */
    static boolean isEditorLine(String line) {
        // an editor's credit names its role with a colon, or opens with its role and sets the names apart by a space:
        // most lines are ruled out without a regex
        boolean colon = line.indexOf('：') >= 0 || line.indexOf(':') >= 0;
        if (!colon && EDITOR_ROLE_FIRSTS.indexOf(Text.firstChar(line)) < 0) {
            return false;
        }
        String s = line.strip();
        if (s.length() > MAX_EDITOR_LINE) {
            return false;
        }
        return colon ? EDITOR_LINE.matcher(s).find()
                : Text.containsAny(s, " \u3000") && EDITOR_LINE_SPACED.matcher(s).matches();
    }

    /** A page header opens with a year's digits or with 第. */
    private static boolean mayOpenPageHeader(String s) {
        return !s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '第');
    }

    private static boolean isPhoneNumbers(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            digits += Text.isDigit(s.charAt(i)) ? 1 : 0;
        }
        // a line of numbers has seven digits at least: most lines are ruled out without the regex
        return digits >= MIN_PHONE_DIGITS && PHONE_NUMBERS.matcher(s).matches();
    }
}
