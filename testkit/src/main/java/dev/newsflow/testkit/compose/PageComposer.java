package dev.newsflow.testkit.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.newsflow.testkit.compose.Conventions.BylineStyle;
import dev.newsflow.testkit.compose.Conventions.Placement;

/**
 * Lays stories out as the text PDF extraction gives of a printed page, with the answers a reader would give: which
 * articles the page holds, their headlines and bylines, and what is furniture. The page is printed by the
 * {@link Conventions} given: a paper's habits (headlines before or after, bylines on a line of their own, in the
 * dateline or closing the body; edition lines, 责任编辑 lines, picture credits; ■ summaries, 编者按, briefs,
 * continuations) and the extraction's (column width, blank lines at column breaks inside sentences).
 *
 * <p>The conventions are documented in docs/split-conventions.md. Deterministic for a given random source.
 */
public final class PageComposer {

    /** Where an article stands in a stack of headlines printed after several articles. */
    private static final int MAX_STACK = 3;
    private static final int FIRST_CHARS = 24;
    private static final int LAST_CHARS = 16;
    private static final String WEEKDAYS = "一二三四五六日";
    /** Paragraphs an article needs for a part of it to be continued to or from another page. */
    private static final int CONTINUED_PARAGRAPHS = 4;
    /** On a page of mixed byline styles, the share of articles in its main style. */
    private static final double MAIN_STYLE_SHARE = 0.7;

    private final Conventions conventions;
    private final Random random;
    private final Names names;
    private final PageEdition edition;
    private final ColumnPrinter printer;
    private final List<GoldArticle> gold = new ArrayList<>();
    private final List<String> boilerplate = new ArrayList<>();
    /** On a page of mixed byline styles, the one most of its articles follow. */
    private BylineStyle mainStyle;

    /** The edition a page belongs to, printed in its edition line and datelines. */
    public record PageEdition(String paper, LocalDate date, int page) {
    }

    public PageComposer(Conventions conventions, PageEdition edition, Random random) {
        this.conventions = conventions;
        this.edition = edition;
        this.random = random;
        this.names = new Names(random);
        this.printer = new ColumnPrinter(conventions, random);
    }

    /** The page text and its answers. A composer lays out one page. */
    public ComposedPage compose(List<Story> stories) {
        List<Printed> articles = prepare(stories);
        boolean editionAtTop = random.nextDouble() < 0.75;
        if (conventions.extras().editionLine() && editionAtTop) {
            editionLines();
        }
        if (conventions.placement() == Placement.STACKED_AFTER) {
            printStacked(articles);
        } else {
            for (Printed a : articles) {
                printArticle(a, conventions.placement() == Placement.BEFORE);
            }
        }
        if (conventions.extras().editorLine()) {
            furniture(editorLine());
        }
        if (conventions.extras().editionLine() && !editionAtTop) {
            editionLines();
        }
        return new ComposedPage(printer.text(), gold, boilerplate, conventions.tags());
    }

    // ---- what each article prints ----

    /** An article as it will be printed: body paragraphs with dateline and trailing byline, credited names. */
    private record Printed(Story story, List<String> body, String bylineLine, List<String> byline, String kind,
                           boolean endMarked, String trailing, Integer continuedFrom) {
    }

    private List<Printed> prepare(List<Story> stories) {
        List<Story> list = new ArrayList<>(stories);
        Conventions.Extras extras = conventions.extras();
        if (extras.briefs() && list.size() >= 3) {
            list = withBriefs(list);
        }
        List<Printed> printed = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Story s = withDevices(list.get(i), i, list.size());
            Integer from = null;
            if (extras.continuations() && i == 0 && s.paragraphs().size() >= CONTINUED_PARAGRAPHS) {
                s = s.withParagraphs(s.paragraphs().subList(s.paragraphs().size() / 2, s.paragraphs().size()));
                from = 1 + random.nextInt(Math.max(1, edition.page() - 1));
                s = s.withDateline(null);
            }
            Printed p = print(s, styleOf(s), from);
            boolean last = i == list.size() - 1 && i > 0;
            if (extras.continuations() && last && s.paragraphs().size() >= CONTINUED_PARAGRAPHS) {
                p = continuedTo(p);
            }
            printed.add(p);
        }
        return printed;
    }

    /** ■ summaries opening the page's first article, an editor's note opening the one in the middle. */
    private Story withDevices(Story story, int i, int count) {
        Story s = story;
        if (conventions.extras().summaries() && i == 0 && s.paragraphs().size() >= 3) {
            s = withSummaries(s);
        }
        if (conventions.extras().editorsNote() && i == count / 2 && s.kicker() == null) {
            s = s.withParagraphs(prepend(editorsNote(s), s.paragraphs()));
        }
        return s;
    }

    /**
     * The article's byline style: the page's; on a page of mixed styles, a main style for most articles (a paper has
     * its habit: its reports one way, its features another) and any other for the rest.
     */
    private BylineStyle styleOf(Story s) {
        BylineStyle style = conventions.bylines();
        if (style == BylineStyle.MIXED) {
            BylineStyle[] styles = {BylineStyle.LINE_BEFORE, BylineStyle.LINE_WITH_CORRESPONDENT,
                BylineStyle.IN_DATELINE, BylineStyle.TRAILING, BylineStyle.DATELINE_AND_TRAILING, BylineStyle.NONE};
            if (mainStyle == null) {
                mainStyle = styles[random.nextInt(styles.length)];
            }
            style = random.nextDouble() < MAIN_STYLE_SHARE ? mainStyle : styles[random.nextInt(styles.length)];
        }
        return style;
    }

    private Printed print(Story s, BylineStyle style, Integer continuedFrom) {
        List<String> reporters = reportersFor(s, style);
        Credits credits = credits(style, reporters, s.dateline());
        List<String> body = new ArrayList<>(s.paragraphs());
        String first = body.get(0);
        String dateline = credits.dateline();
        if (continuedFrom != null) {
            first = "（上接第" + continuedFrom + "版）" + first;
        } else if (dateline != null) {
            first = dateline + (dateline.endsWith("）") ? "" : spaceAfterDateline()) + first;
        }
        body.set(0, first);
        boolean endMarked = style == BylineStyle.TRAILING || style == BylineStyle.DATELINE_AND_TRAILING;
        boolean startMarked = style != BylineStyle.NONE && style != BylineStyle.TRAILING || dateline != null;
        String kind = continuedFrom != null ? "continuation" : "news";
        // a continued part prints no dateline: reporters credited only there are not on this page
        boolean credited = continuedFrom == null || credits.bylineLine() != null || credits.trailing() != null;
        List<String> printedNames = credited ? credits.names() : List.of();
        return new Printed(s, body, credits.bylineLine(), printedNames, kind, endMarked || startMarked,
                credits.trailing(), continuedFrom);
    }

    /** The story's reporters, or made-up ones where the style credits someone and the story names no one. */
    private List<String> reportersFor(Story s, BylineStyle style) {
        List<String> reporters = s.reporters();
        if (reporters.isEmpty() && style != BylineStyle.NONE) {
            reporters = names.people(random.nextDouble() < 0.6 ? 1 : 2);
        }
        if (style == BylineStyle.LINE_WITH_CORRESPONDENT && reporters.size() < 2) {
            reporters = List.of(reporters.get(0), names.person());
        }
        return reporters;
    }

    /** How an article credits its reporters: a line before the body, its dateline, a bracket closing it. */
    private record Credits(String bylineLine, String dateline, String trailing, List<String> names) {
    }

    private Credits credits(BylineStyle style, List<String> reporters, String dateline) {
        return switch (style) {
            case LINE_BEFORE -> new Credits(lineBefore(reporters, dateline), dateline, null, reporters);
            case LINE_WITH_CORRESPONDENT -> new Credits("记者 " + reporters.get(0) + " 通讯员 "
                    + String.join(" ", reporters.subList(1, reporters.size())), dateline, null, reporters);
            case IN_DATELINE -> new Credits(null, (dateline != null ? dateline : newDateline())
                    + bracket(reporters, true), null, reporters);
            case TRAILING -> new Credits(null, dateline, bracket(reporters, false), reporters);
            case DATELINE_AND_TRAILING -> {
                String opener = dateline != null ? dateline : newDateline();
                yield new Credits(null, opener, bracket(reporters, false), reporters);
            }
            default -> new Credits(null, dateline, null, List.of());
        };
    }

    private Printed continuedTo(Printed p) {
        List<String> body = new ArrayList<>(p.body().subList(0, Math.max(1, p.body().size() / 2)));
        int to = edition.page() + 1 + random.nextInt(4);
        String marker = "（下转第" + to + "版）";
        int last = body.size() - 1;
        body.set(last, body.get(last) + marker);
        // the part on this page ends at the marker: a trailing byline is printed where the article ends
        return new Printed(p.story(), body, p.bylineLine(), p.trailing() == null ? p.byline() : List.of(), p.kind(),
                true, null, p.continuedFrom());
    }

    private String lineBefore(List<String> reporters, String dateline) {
        String role = dateline != null && dateline.contains("新华社") ? "新华社记者" : random.nextDouble() < 0.8 ? "本报记者"
                : "本报特约记者";
        List<String> spread = reporters.stream().map(names::spread).toList();
        String gap = random.nextBoolean() ? "  " : " ";
        return role + gap + String.join(gap, spread);
    }

    /** Names in brackets: after a dateline most often with their role (（记者 X Y）), closing a body most often bare. */
    private String bracket(List<String> reporters, boolean afterDateline) {
        String role = random.nextDouble() < (afterDateline ? 0.7 : 0.3) ? "记者" : "";
        String joined = String.join(random.nextBoolean() ? "、" : " ", reporters);
        boolean fullWidth = random.nextDouble() < 0.85;
        String space = random.nextBoolean() ? " " : "";
        String gap = role.isEmpty() || random.nextBoolean() ? "" : " ";
        return space + (fullWidth ? "（" : "(") + role + gap + joined + (fullWidth ? "）" : ")");
    }

    private String newDateline() {
        double r = random.nextDouble();
        LocalDate day = edition.date().minusDays(1);
        String date = day.getMonthValue() + "月" + day.getDayOfMonth() + "日电";
        if (r < 0.35) {
            return "本报讯";
        }
        if (r < 0.7) {
            return "本报" + names.city() + date;
        }
        if (r < 0.85) {
            return "新华社" + names.city() + date;
        }
        return edition.paper().replaceAll("(日报|晚报|时报|导报|商报|都市报)$", "") + "讯";
    }

    private String spaceAfterDateline() {
        double r = random.nextDouble();
        return r < 0.4 ? " " : r < 0.7 ? "　" : r < 0.85 ? "\u00a0\u00a0" : "";
    }

    // ---- extras ----

    private List<Story> withBriefs(List<Story> stories) {
        List<Story> out = new ArrayList<>(stories);
        int start = random.nextInt(out.size() - 2);
        for (int i = start; i < start + 3; i++) {
            Story s = out.get(i);
            String two = firstSentences(s.paragraphs(), 2);
            out.set(i, new Story(null, s.title(), null, random.nextBoolean() ? s.dateline() : null, List.of(two),
                    s.reporters(), List.of()));
        }
        return out;
    }

    private Story withSummaries(Story s) {
        List<String> body = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            body.add("■" + firstSentences(List.of(s.paragraphs().get(i + 1)), 1));
        }
        body.addAll(s.paragraphs());
        return s.withParagraphs(body);
    }

    private static String editorsNote(Story s) {
        return "编者按：" + "围绕“" + s.title().replaceAll("[（(].*", "") + "”，本报记者深入基层一线采访，"
                + "记录各地的新做法、新变化。今起推出系列报道，敬请关注。";
    }

    static String firstSentences(List<String> paragraphs, int count) {
        String text = String.join("", paragraphs);
        int end = 0;
        for (int n = 0; n < count; n++) {
            int next = nextSentenceEnd(text, end);
            if (next < 0) {
                return text;
            }
            end = next;
        }
        return text.substring(0, end);
    }

    private static int nextSentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if ("。！？".indexOf(text.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < text.length() && "”’」".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                return end;
            }
        }
        return -1;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    // ---- printing ----

    private void printArticle(Printed a, boolean headlineBefore) {
        if (headlineBefore) {
            headline(a.story());
            credits(a);
        }
        body(a);
        if (!headlineBefore) {
            headline(a.story());
            credits(a);
        }
        answer(a);
    }

    /** Bodies of up to three articles, then their headlines in order; an article whose start and end are unmarked
     * would run into its neighbour for any reader, so it is printed with its headline after it instead. */
    private void printStacked(List<Printed> articles) {
        List<Printed> stack = new ArrayList<>();
        for (Printed a : articles) {
            if (!a.endMarked()) {
                flush(stack);
                printArticle(a, false);
                continue;
            }
            body(a);
            answer(a);
            stack.add(a);
            if (stack.size() == MAX_STACK || random.nextDouble() < 0.3) {
                flush(stack);
            }
        }
        flush(stack);
    }

    private void flush(List<Printed> stack) {
        for (Printed a : stack) {
            headline(a.story());
        }
        for (Printed a : stack) {
            credits(a);
        }
        stack.clear();
    }

    private void headline(Story s) {
        List<String> parts = s.headlineParts();
        printer.blank(conventions.blankAroundHeadline());
        switch (conventions.headlineLines()) {
            case ONE_LINE -> printer.line(String.join(random.nextBoolean() ? " " : "  ", parts));
            case PART_PER_LINE -> parts.forEach(printer::line);
            case WRAPPED -> parts.forEach(p -> printer.wrapped(p, conventions.headlineWidth()));
            default -> throw new IllegalStateException();
        }
        printer.blank(conventions.blankAroundHeadline());
    }

    private void body(Printed a) {
        if (a.bylineLine() != null) {
            printer.blank(0.5);
            printer.line(a.bylineLine());
            printer.blank(0.5);
        }
        List<String> body = a.body();
        for (int i = 0; i < body.size(); i++) {
            printer.paragraph(body.get(i), conventions.indent(), i == trailingAt(body) ? a.trailing() : null);
        }
    }

    /**
     * The paragraph a trailing byline closes: the last, unless the article ends with notes in brackets (its source,
     * its author), which stand after the byline.
     */
    private static int trailingAt(List<String> body) {
        int i = body.size() - 1;
        while (i > 0 && isNote(body.get(i))) {
            i--;
        }
        return i;
    }

    private static boolean isNote(String paragraph) {
        String p = paragraph.strip();
        return (p.startsWith("（") || p.startsWith("(")) && (p.endsWith("）") || p.endsWith(")"));
    }

    private void credits(Printed a) {
        for (String credit : a.story().credits()) {
            furniture(credit);
        }
        if (conventions.extras().pictureCredits() && random.nextDouble() < 0.4) {
            furniture(pictureCredit());
        }
    }

    private void furniture(String line) {
        printer.blank(0.7);
        printer.line(line);
        printer.blank(0.7);
        boilerplate.add(line);
    }

    private String pictureCredit() {
        String name = names.person();
        double r = random.nextDouble();
        if (r < 0.35) {
            return name + "摄";
        }
        if (r < 0.55) {
            return "新华社记者 " + name + "摄";
        }
        if (r < 0.7) {
            return "本报记者  " + names.spread(name) + "  摄";
        }
        if (r < 0.85) {
            return names.spread(name) + "绘";
        }
        return "制图：" + name;
    }

    private String editorLine() {
        double r = random.nextDouble();
        if (r < 0.4) {
            return "责任编辑：" + names.person();
        }
        if (r < 0.6) {
            return "本版责编：" + names.person() + "  " + names.person();
        }
        if (r < 0.8) {
            return "责任编辑：" + names.person() + "  版式设计：" + names.person();
        }
        return "（责任编辑：" + names.person() + "）";
    }

    private void editionLines() {
        LocalDate d = edition.date();
        String date = d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        String weekday = "星期" + WEEKDAYS.charAt(d.getDayOfWeek().getValue() - 1);
        String section = names.section();
        int n = edition.page();
        double r = random.nextDouble();
        List<String> lines;
        if (r < 0.3) {
            lines = List.of(edition.paper() + "  " + date + "  " + weekday + "  第" + n + "版  " + section);
        } else if (r < 0.55) {
            lines = List.of(date + " " + weekday, section + " " + n);
        } else if (r < 0.75) {
            lines = List.of(String.format("%02d", n) + "  " + section + "  " + edition.paper() + "  "
                    + String.format("%d.%02d.%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        } else {
            lines = List.of(edition.paper(), date + " " + weekday, "第" + n + "版 " + section);
        }
        printer.blank(1);
        for (String line : lines) {
            printer.line(line);
            boilerplate.add(line);
        }
        printer.blank(1);
    }

    // ---- answers ----

    private void answer(Printed a) {
        String first = squeeze(a.body().get(0));
        String lastParagraph = squeeze(a.body().get(a.body().size() - 1)).replaceAll("（下转第\\d+版）$", "");
        gold.add(new GoldArticle(head(first, FIRST_CHARS), tail(lastParagraph, LAST_CHARS),
                a.story().headlineParts(), a.byline(), a.kind(), a.continuedFrom()));
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000\\u00a0]+", "");
    }

    private static String head(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    private static String tail(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }
}
