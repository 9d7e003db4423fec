package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.newsflow.enrich.split.HeadlineAssigner.Candidate;
import dev.newsflow.enrich.split.HeadlineAssigner.ZoneLine;

/**
 * Splits the text of one newspaper page into articles the way an editor reads the page.
 *
 * <ol>
 *   <li>{@link PageLayout}: lines are grouped into blocks at blank lines and where a line shows something new
 *       begins; the layout is "columns" (hard breaks every dozen or so characters) or "flowing" (a paragraph per
 *       line); furniture (imprints, edition lines, editors' and picture credits, legal notices) is set aside.</li>
 *   <li>{@link PageReader}: the rest is read in order into drafts of articles and zones of headline lines.</li>
 *   <li>{@link Boundaries}: heading lines that stood inside a running article are a sub-heading of it or the
 *       headline of a new one, on the evidence of the text around them.</li>
 *   <li>{@link HeadlineAssigner} gives the zones' headlines to their articles, before or after them.</li>
 *   <li>Text left with no headline and no dateline of its own goes on with the article above it: a package's next
 *       item (see {@code goesOnAbove}).</li>
 *   <li>{@link InsetTitles}: on a page that sets its headlines apart between blank lines, heading lines run on in a
 *       column's text are a title inside the article above.</li>
 *   <li>Text left with no headline opens the article after it where that article's headline follows its text
 *       (see {@code joinHeadlinesBelow}).</li>
 * </ol>
 * Pure: the same text always splits the same way.
 */
public final class PageSplitter {

    private static final int LEAD_CHARS = 300;
    private static final Pattern OBITUARY = Pattern.compile("逝世|病逝|辞世|讣告|与世长辞");
    /** A character of each word of {@link #OBITUARY}. */
    private static final String OBITUARY_CHARS = "逝辞讣";
    private static final Pattern OBITUARY_BODY = Pattern.compile("享年|遗体|告别仪式|火化|追悼会");
    /**
     * A notice's headline names what it is, last (遗失声明, 招聘启事, 交通管制公告, 关于…的通知): a news headline may
     * name a notice on the way (春季招聘会下周举行, 外交部就…发表声明), and runs longer.
     */
    private static final Pattern NOTICE = Pattern.compile(
            "^(?:\\p{IsHan}{0,8}(?:公告|启事|通告|声明|招聘|招标|通知|更正)|关于.{2,40}的(?:通知|公告|通告))$");
    /** Spaces a headline is read without for {@link #NOTICE}: between its parts, or spreading its characters. */
    private static final Pattern HEADLINE_SPACE = Pattern.compile("[\\s\\u3000]");
    /** Shorter bodies are briefs. */
    static final int BRIEF_CHARS = 200;
    /** Characters of a column's label over its briefs at most (简讯, 城事速递, 本周社区简讯). */
    private static final int MAX_COLUMN_LABEL_CHARS = 8;
    /** Longer bodies without a dateline are features. */
    private static final int FEATURE_CHARS = 1200;

    private final SplitModel model;

    public PageSplitter() {
        this(SplitModel.FITTED);
    }

    /** A splitter deciding by other weights: for fitting and measuring them. */
    PageSplitter(SplitModel model) {
        this.model = model;
    }

    public SplitPage split(String pageText) {
        return LineMemo.during(() -> {
            if (TraditionalScript.isTraditional(pageText)) {
                // read through a simplified copy, whose texts are put back as the page printed them
                String copy = TraditionalScript.simplified(pageText);
                return TraditionalScript.restore(splitPage(copy), pageText, copy);
            }
            return splitPage(pageText);
        });
    }

    private SplitPage splitPage(String pageText) {
        PageLayout.Laid laid = PageLayout.lay(pageText);
        Drafted drafted = draft(laid);
        Boundaries.Resolved resolved = new Boundaries(drafted.drafts(), drafted.zones(), model.boundaries()).resolve();
        return articles(resolved, drafted, laid.flowing());
    }

    /** The page read into drafts and zones (n+1 zones for n drafts), and its furniture. */
    record Drafted(List<Draft> drafts, List<List<ZoneLine>> zones, List<String> furniture,
                   List<String> unplacedBylines) {
    }

    static Drafted draft(PageLayout.Laid laid) {
        PageReader reader = new PageReader(laid.blocks(), laid.flowing());
        reader.read();
        // a draft with no text (a lone opener) is no article; its zone merges into the next
        List<Draft> drafts = new ArrayList<>();
        List<List<ZoneLine>> zones = new ArrayList<>();
        zones.add(new ArrayList<>(reader.zones.get(0)));
        for (int i = 0; i < reader.drafts.size(); i++) {
            Draft d = reader.drafts.get(i);
            if (d.paragraphs.isEmpty()) {
                zones.get(zones.size() - 1).addAll(reader.zones.get(i + 1));
                continue;
            }
            drafts.add(d);
            zones.add(new ArrayList<>(reader.zones.get(i + 1)));
        }
        List<String> furniture = new ArrayList<>(reader.furniture);
        for (int i = 0; i + 1 < zones.size(); i++) {
            List<String> label = cutColumnLabel(zones.get(i), zones.get(i + 1));
            if (label.isEmpty() && i < drafts.size() && opensWithColumnLabel(zones.get(i))) {
                label = List.of(zones.get(i).remove(0).text());
            }
            furniture.addAll(label);
            if (!label.isEmpty() && i < drafts.size()) {
                markColumnItems(drafts, zones, i);
            }
        }
        return new Drafted(drafts, zones, furniture, reader.unplacedBylines);
    }

    /**
     * Draft i is the first item of a column under its label, and so is each draft after it whose title opens with the
     * mark the first item's title opens with (■ 标题一 … ■ 标题二 …): a column titles its items alike, and its label
     * heads them all.
     */
    private static void markColumnItems(List<Draft> drafts, List<List<ZoneLine>> zones, int i) {
        drafts.get(i).underColumnLabel = true;
        List<ZoneLine> zone = zones.get(i);
        char mark = zone.isEmpty() ? 0 : Text.firstChar(zone.get(0).text());
        if (!Headlines.isDeviceMark(mark)) {
            return;
        }
        for (int j = i + 1; j < drafts.size() && !zones.get(j).isEmpty()
                && Text.firstChar(zones.get(j).get(0).text()) == mark; j++) {
            drafts.get(j).underColumnLabel = true;
        }
    }

    /**
     * A column of briefs prints its label once over the briefs, each titled after the same mark (简讯 / ■ 标题一 …
     * / ■ 标题二 …): lines of the zone above a block opening with the mark the next zone opens with too, none of them
     * marked and no longer than a label, are the column's label, no part of the first brief's headline. Cut from the
     * zone and returned.
     */
    static List<String> cutColumnLabel(List<ZoneLine> zone, List<ZoneLine> next) {
        if (zone.size() < 2 || next.isEmpty()) {
            return List.of();
        }
        int titled = zone.size() - 1;
        while (titled > 0 && !zone.get(titled).newBlock()) {
            titled--;
        }
        if (titled == 0) {
            return List.of();
        }
        char mark = Text.firstChar(zone.get(titled).text());
        if (!Headlines.isDeviceMark(mark) || Text.firstChar(next.get(0).text()) != mark) {
            return List.of();
        }
        List<ZoneLine> label = zone.subList(0, titled);
        int chars = label.stream().mapToInt(l -> Text.contentLength(l.text())).sum();
        if (chars > MAX_COLUMN_LABEL_CHARS || label.stream().anyMatch(l -> Text.firstChar(l.text()) == mark)) {
            return List.of();
        }
        List<String> cut = label.stream().map(ZoneLine::text).toList();
        label.clear();
        return cut;
    }

    /**
     * The zone opens with a column's label, set off by ornaments (体坛速递 ●●●) or named for news in short (科技快讯), over
     * heading lines: the label is the column's, printed once over its items, no part of the first item's headline.
     */
    private static boolean opensWithColumnLabel(List<ZoneLine> zone) {
        return zone.size() > 1 && (Headlines.isOrnamentedLabel(zone.get(0).text())
                || Headlines.isBriefsColumnLabel(zone.get(0).text()));
    }

    private SplitPage articles(Boundaries.Resolved resolved, Drafted drafted, boolean flowing) {
        List<Draft> kept = resolved.drafts();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Draft d = kept.get(i);
            String body = d.body();
            candidates.add(new Candidate(Markers.withoutOpeners(body), body, d.startMarked,
                    Headlines.innerSubheadings(d.paragraphs), resolved.bodyGrams().get(i)));
        }
        HeadlineAssigner assigner = new HeadlineAssigner(candidates, resolved.zones(), model.assigner());
        HeadlineAssigner.Result assigned = assigner.assign();
        List<Integer> heads = new ArrayList<>();
        List<String> furniture = new ArrayList<>(drafted.furniture());
        for (int i = 0; i < kept.size(); i++) {
            if (heads.isEmpty() || !goesOnAbove(heads.get(heads.size() - 1), i, kept, resolved.zones(), assigned)) {
                heads.add(i);
            } else if (kept.get(i).overCredit) {
                // a picture's caption, set away from its article's text: furniture, as its credit is, and any lines
                // the assigner gave it with it
                furniture.addAll(assigned.subheadings().get(i));
                furniture.addAll(kept.get(i).paragraphs);
            } else {
                kept.get(heads.get(heads.size() - 1)).absorb(assigned.subheadings().get(i), kept.get(i));
            }
        }
        heads = InsetTitles.fold(heads, kept, resolved.zones(), assigned);
        heads = joinHeadlinesBelow(heads, kept, resolved.zones(), assigned);
        List<Article> articles = new ArrayList<>();
        for (int i : heads) {
            articles.add(article(articles.size(), i, kept.get(i), candidates.get(i), assigned, assigner.bodyGrams(i)));
        }
        SplitDoubts doubts = SplitDoubts.of(articles, assigned.orphans(), drafted.unplacedBylines(),
                resolved.closeCalls());
        String layout = flowing ? "flowing" : "columns";
        return new SplitPage(articles, furniture, assigned.orphans(), layout, doubts);
    }

    /**
     * Draft i, headed by nothing, goes on with the article a above it. A page heads each article with a headline or
     * opens it with a dateline: text with neither, after an article a headline of its own heads, is more of that
     * article — a package's next item under its own title; under a byline line, or in a column of items under its
     * label also under a dateline, once its title was read as the text's last paragraph; or under a dateline, when
     * the text above is only the caption of a photograph printed under the headline. Not where the article above
     * took the headline between them (headlines follow their articles there, and the text's own may come after it),
     * nor across a continuation, nor where each text closes with a credit of its own: a package closes with its one
     * credit, so two texts each closed by a byline are two articles. A picture's caption goes on with the article
     * above also across a jump to another page: the photograph is printed under the jump.
     */
    private static boolean goesOnAbove(int a, int i, List<Draft> drafts, List<List<ZoneLine>> zones,
                                       HeadlineAssigner.Result assigned) {
        Draft above = drafts.get(a);
        Draft d = drafts.get(i);
        List<ZoneLine> aboveHeadline = assigned.headlines().get(a);
        if (!assigned.headed(a) || assigned.headed(i)) {
            return false;
        }
        if (d.overCredit) {
            // a picture's caption is no article: it goes with the article printed before it, wherever its headline
            return true;
        }
        if (standApart(above, d) || standsBetween(aboveHeadline, a, i, zones)) {
            // apart by a jump or by credits of their own; or the article above took the headline between them, as
            // where headlines follow their articles
            return false;
        }
        if (!d.startMarked || above.caption) {
            // text with no mark, or the text the caption above was printed with: its photograph sits under the headline
            return true;
        }
        // opened by a mark, under heading lines the text above kept as its last paragraph: an item's title where a
        // byline line alone marks it, or where the article above is a column's items under the column's label
        if (Text.endsSentence(above.lastParagraph())) {
            return false;
        }
        return !Markers.opensArticle(d.firstParagraph()) || aboveHeadline.size() == 1
                && Text.contentLength(aboveHeadline.get(0).text()) <= MAX_COLUMN_LABEL_CHARS;
    }

    /**
     * A text with no headline goes on into the article after it when that article's headline stands after its text
     * and no headline stands between the two: where headlines follow their texts, the headline after heads both, as a
     * headline before heads the untitled text under it ({@link #goesOnAbove}). Not where either text opens with a
     * dateline (each opens an article of its own), nor where each credits reporters of its own, nor across a jump: the
     * first text continued on another page, or the second continued from one.
     */
    static List<Integer> joinHeadlinesBelow(List<Integer> heads, List<Draft> drafts,
                                             List<List<ZoneLine>> zones, HeadlineAssigner.Result assigned) {
        List<Integer> kept = new ArrayList<>(heads);
        for (int k = kept.size() - 2; k >= 0; k--) {
            int i = kept.get(k);
            int j = kept.get(k + 1);
            List<ZoneLine> below = assigned.headlines().get(j);
            if (assigned.headed(i) || !assigned.headed(j) || !zones.get(j + 1).contains(below.get(0))
                    || !untitledBefore(drafts.get(i), drafts.get(j)) || headlineBetween(i, j, zones, assigned)) {
                continue;
            }
            drafts.get(i).absorb(assigned.subheadings().get(j), drafts.get(j));
            assigned.headlines().set(i, below);
            assigned.headlines().set(j, null);
            kept.remove(k + 1);
        }
        return kept;
    }

    /**
     * Untitled text d may open the article of text next, titled after its text: neither opens with a dateline, they
     * do not each credit reporters of their own, and no jump to or from another page stands between them.
     */
    private static boolean untitledBefore(Draft d, Draft next) {
        return d.continuedTo == null && next.continuedFrom == null
                && (d.bylines.isEmpty() || next.bylines.isEmpty())
                && !Markers.opensArticle(d.firstParagraph()) && !Markers.opensArticle(next.firstParagraph());
    }

    /** Some article's headline stands in the zones between draft i and draft j (the zone after j left out). */
    private static boolean headlineBetween(int i, int j, List<List<ZoneLine>> zones, HeadlineAssigner.Result assigned) {
        for (int h = 0; h < assigned.headlines().size(); h++) {
            if (assigned.headed(h) && standsBetween(assigned.headlines().get(h), i, j, zones)) {
                return true;
            }
        }
        return false;
    }

    /** The headline stands in the zones between draft a and draft i (the zone after i left out). */
    private static boolean standsBetween(List<ZoneLine> headline, int a, int i, List<List<ZoneLine>> zones) {
        for (int z = a + 1; z <= i; z++) {
            if (zones.get(z).contains(headline.get(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A continuation stands between the two texts, or each closes with a credit of its own: two articles, whose second
     * headline the reader missed.
     */
    private static boolean standApart(Draft above, Draft d) {
        return d.continuedFrom != null || above.continuedTo != null || closedByOwnCredit(above) && closedByOwnCredit(d);
    }

    /** Closed by a mark of its end (a byline closing its text), and credited. */
    private static boolean closedByOwnCredit(Draft d) {
        return d.endMarked && !d.bylines.isEmpty();
    }

    /**
     * Draft i, with the drafts it took in, as the page's article n: its headline built, the sub-headings given it
     * put first, its kind told.
     */
    private static Article article(int n, int i, Draft d, Candidate candidate, HeadlineAssigner.Result assigned,
                                   Bigrams bodyGrams) {
        List<String> paragraphs = new ArrayList<>(assigned.subheadings().get(i));
        paragraphs.addAll(d.paragraphs);
        List<ZoneLine> lines = assigned.headlines().get(i);
        List<String> bylines = d.bylines;
        if (signedEssay(lines, d)) {
            // the author's line stands last among the heading lines, or opens the text (read as a sub-heading or not)
            List<String> author = lines.size() > 1 ? Bylines.personsAlone(lines.get(lines.size() - 1).text()) : null;
            if (author != null) {
                lines = lines.subList(0, lines.size() - 1);
                bylines = author;
            } else if ((author = Bylines.personsAlone(paragraphs.get(0))) != null) {
                paragraphs.remove(0);
                bylines = author;
            }
        }
        Headline headline = HeadlineBuilder.build(lines, bodyGrams);
        Article article = new Article(n, headline, bylines, paragraphs, ArticleKind.NEWS, d.continuedFrom,
                d.continuedTo);
        // the body's own sub-headings are the candidate's: the assigner's, those left, go before them
        boolean subheadings = paragraphs.size() > d.paragraphs.size() || !candidate.innerSubheadings().isEmpty();
        return article.withKind(kind(article, d.startMarked, subheadings));
    }

    /**
     * An uncredited article under heading lines whose text closes with a note of who the author is (（作者为…）,
     * （作者单位：…）): an essay signed under its title, as theory and commentary pages print them (标题 / 王建平 / text /
     * （作者系…）). Without the note, a title may end on a line that reads as a name, and a text may open with one.
     */
    private static boolean signedEssay(List<ZoneLine> lines, Draft d) {
        return lines != null && !lines.isEmpty() && d.bylines.isEmpty() && d.paragraphCount() > 1
                && Bylines.isAuthorNote(d.lastParagraph());
    }

    // ---- kinds ----

    /** A death announced in the headline or lead, and the funeral's words in the body. */
    private static boolean isObituary(String headline, String body) {
        String lead = body.length() > LEAD_CHARS ? body.substring(0, LEAD_CHARS) : body;
        // each of the words holds one of these characters: most articles are ruled out without the pattern
        if (!Text.containsAny(headline, OBITUARY_CHARS) && !Text.containsAny(lead, OBITUARY_CHARS)) {
            return false;
        }
        return (OBITUARY.matcher(headline).find() || OBITUARY.matcher(lead).find())
                && OBITUARY_BODY.matcher(body).find();
    }

    /** @param hasSubheadings the article prints sub-headings: a feature's mark */
    static ArticleKind kind(Article a, boolean opener, boolean hasSubheadings) {
        String headline = a.headline() == null ? "" : a.headline().text();
        String body = a.text();
        if (a.continuedFrom() != null) {
            return ArticleKind.CONTINUATION;
        }
        if (isObituary(headline, body)) {
            return ArticleKind.OBITUARY;
        }
        if (NOTICE.matcher(HEADLINE_SPACE.matcher(headline).replaceAll("")).matches()) {
            return ArticleKind.NOTICE;
        }
        if (!opener && hasSubheadings) {
            return ArticleKind.FEATURE;
        }
        return byLength(body, opener);
    }

    /** A long text without an opener is a feature, a short one a brief, the rest news. */
    private static ArticleKind byLength(String body, boolean opener) {
        // counted no further than the length that decides: a feature's without an opener, else a brief's
        int chars = Text.contentLength(body, opener ? BRIEF_CHARS : FEATURE_CHARS);
        if (!opener && chars >= FEATURE_CHARS) {
            return ArticleKind.FEATURE;
        }
        return chars < BRIEF_CHARS ? ArticleKind.BRIEF : ArticleKind.NEWS;
    }
}
