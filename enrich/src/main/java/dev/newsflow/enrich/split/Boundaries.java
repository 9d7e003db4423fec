package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.newsflow.enrich.split.HeadlineAssigner.ZoneLine;

/**
 * Decides, for heading lines that stood inside a running article, whether they head a new article or are a
 * sub-heading of the running one.
 *
 * <p>Only where the page shows no mark: an article above with no byline or continuation closing it, and text below
 * with no dateline or byline line opening it. Then the evidence is how the text reads across the heading lines — a
 * feature's sections share its people, places and words (character bigrams rare on the page), two articles share
 * little — and how the lines look: a sub-heading is one short line, often with a device of its own (■, 一、), a
 * headline often has several parts (kicker, title, subtitle). Some headings are decided by what they are alone:
 * the label of a box about the article (a sub-heading), heading lines over a picture's credit and heading lines set
 * across columns (headlines), and heading lines under a column's label or between two briefs of a column (a
 * sub-heading divides a longer text).
 */
final class Boundaries {

    private final List<Draft> drafts;
    private final List<List<ZoneLine>> zones;
    private final BoundaryWeights weights;

    Boundaries(List<Draft> drafts, List<List<ZoneLine>> zones, BoundaryWeights weights) {
        this.drafts = drafts;
        this.zones = zones;
        this.weights = weights;
    }

    /**
     * The drafts with each sub-heading's zone merged into the article it stands in; zones to match; and how many
     * decisions were close calls (the model's score within {@link #CLOSE_CALL} of even).
     */
    record Resolved(List<Draft> drafts, List<List<ZoneLine>> zones, int closeCalls, List<Bigrams> bodyGrams) {
    }

    /**
     * Labels of a box about the article it stands in — the reporter's notes, further reading, background, tips, the
     * editor's or an expert's word on it (记者手记, 延伸阅读, 相关链接, 小贴士, 编后, 专家点评): the same words in every
     * paper; on a letters page, what the reporter or the department answered (记者追访, 部门回复). Inside a running
     * article such a label is its sub-heading, whatever the texts on either side share.
     */
    private static final Set<String> APPENDIX_LABELS = Set.of("记者手记", "采访手记", "记者札记", "记者观察", "延伸阅读",
            "相关链接", "新闻链接", "背景链接", "知识链接", "链接", "小贴士", "温馨提示", "背景资料", "编后", "编后语", "编后记",
            "记者点评", "专家点评", "专家解读", "记者追访", "部门回复", "编辑回复");

    /** Marks ending a sentence, in a heading line: a quote or a lead, not a title. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");

    /** What a notice calls itself, closing its title (征集启事, 停电公告, 义诊预告). */
    private static final List<String> NOTICE_WORDS = List.of("启事", "公告", "通告", "公示", "预告");

    /** A decision whose log-odds lie this close to 0 (odds of about 2:1 either way) was a close call. */
    static final double CLOSE_CALL = 0.7;

    Resolved resolve() {
        // every zone is decided on the drafts as read, before any is merged
        PageFacts page = null;
        boolean[] subheading = new boolean[drafts.size()];
        boolean[] weighed = new boolean[drafts.size()];
        double[] scores = new double[drafts.size()];
        int closeCalls = 0;
        for (int i = 0; i < drafts.size(); i++) {
            if (isUndecided(i)) {
                if (page == null) {
                    // the page's facts are read only for a page with a decision to take: most have none
                    page = new PageFacts(drafts, zones);
                }
                Boolean alone = decidedAlone(i);
                int start = articleStart(i - 1, subheading);
                if (alone == null && (creditsOthers(drafts.get(start), drafts.get(i)) || betweenBriefs(start, i))) {
                    // each text credits reporters of its own, or each is a brief: the heading between heads the second
                    alone = false;
                }
                if (alone != null) {
                    subheading[i] = alone;
                    continue;
                }
                double score = weights.score(features(i, page).vector());
                scores[i] = score;
                weighed[i] = true;
                subheading[i] = score > 0;
                closeCalls += Math.abs(score) < CLOSE_CALL ? 1 : 0;
            }
        }
        if (page != null) {
            decideSiblingsAlike(zones, weighed, scores, subheading);
        }
        List<Draft> kept = new ArrayList<>();
        List<List<ZoneLine>> keptZones = new ArrayList<>();
        List<Bigrams> grams = new ArrayList<>();
        keptZones.add(zones.get(0));
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (subheading[i]) {
                kept.get(kept.size() - 1).absorb(subheadings(zones.get(i)), d);
                keptZones.set(keptZones.size() - 1, zones.get(i + 1));
                grams.set(grams.size() - 1, null);
                continue;
            }
            kept.add(d);
            keptZones.add(zones.get(i + 1));
            grams.add(page == null ? null : page.bigrams().of(i));
        }
        return new Resolved(kept, keptZones, closeCalls, grams);
    }

    /**
     * Headings weighed one after another, each right under the text the one before heads and shaped alike (as long,
     * punctuated the same), are printed at one rank: a feature's sections under their sub-headings. Where one of them
     * reads as a section of the text above, so do its siblings: the first section's lead may echo its sub-heading as a
     * headline's lead does, and its text above is only the feature's opening paragraph.
     *
     * @param zones      the heading lines of each zone (zone i before draft i)
     * @param weighed    the zones decided by their evidence's score
     * @param scores     each weighed zone's score, above 0 for a sub-heading
     * @param subheading each zone's decision, changed in place
     */
    static void decideSiblingsAlike(List<List<ZoneLine>> zones, boolean[] weighed, double[] scores,
                                    boolean[] subheading) {
        for (int i = 0; i < weighed.length; ) {
            int end = i + 1;
            while (weighed[i] && end < weighed.length && weighed[end] && alike(zones.get(i), zones.get(end))) {
                end++;
            }
            if (end - i > 1) {
                boolean section = false;
                for (int k = i; k < end; k++) {
                    section |= scores[k] > 0;
                }
                Arrays.fill(subheading, i, end, section);
            }
            i = end;
        }
    }

    /** Two zones' headings printed alike: as many lines, as long, punctuated the same (a box's label over one: not). */
    private static boolean alike(List<ZoneLine> zone, List<ZoneLine> other) {
        return zone.size() == other.size()
                && PageFacts.alike(HeadlineAssigner.text(zone), HeadlineAssigner.text(other));
    }

    /**
     * Zone i decided by what it is alone, or null: the label of a box about the article (a sub-heading); heading
     * lines over a box summing up an article (it stands under its headline, at the article's top), a picture story's
     * label, alone or over the story's title (it heads the story under it, whatever the texts on either side share),
     * heading lines set across columns (a sub-heading stands inside its column) and heading lines over a picture's
     * credit (a picture story's title or an article's headline over its photograph; a sub-heading inside running text
     * carries none), heading lines over a text opening with the source it reports after (据某国媒体报道，…: an
     * agency's or a roundup's lead, where a section goes on from the text above) and a title under the credit closing
     * a picture story ({@link #isUnderClosingCredit}): headlines.
     */
    private Boolean decidedAlone(int i) {
        List<ZoneLine> zone = zones.get(i);
        if (isAppendixLabel(zone)) {
            return true;
        }
        // a picture story's label alone, or over the story's title
        boolean storyLabel = Headlines.isPictureStoryLabel(zone.get(0).text());
        if (isHeadlineOverBox(zone) || storyLabel || drafts.get(i).underAcross || drafts.get(i).underCredit
                || drafts.get(i).underColumnLabel || namesNotice(zone)) {
            return false;
        }
        String first = drafts.get(i).firstParagraph();
        if (Markers.opensWithReportedSource(first) || Markers.opensWithSalutation(first) || isUnderClosingCredit(i)) {
            return false;
        }
        return null;
    }

    /**
     * The text above zone i closed with a picture's credit, or the text below is one paragraph that closes so, and the
     * zone opens with no device of a sub-heading (■, 一、) and no box's label (记者手记): a picture story's credit
     * closes it, and the title under it heads the next; a picture story's title heads its caption.
     */
    private boolean isUnderClosingCredit(int i) {
        String first = zones.get(i).get(0).text();
        boolean story = drafts.get(i - 1).closedByCredit || drafts.get(i).closedByCredit
                && drafts.get(i).paragraphCount() == 1;
        return story && !Headlines.opensWithDevice(first) && !isAppendixLabel(first);
    }

    /**
     * The zone's heading names a notice, last (…征集启事, …公告, …通告, …公示): a notice is printed whole under its own
     * title, never as a section of a report.
     */
    private static boolean namesNotice(List<ZoneLine> zone) {
        String last = zone.get(zone.size() - 1).text().strip();
        return NOTICE_WORDS.stream().anyMatch(last::endsWith);
    }

    /** The zone is one line: the label of a box about the article it stands in. */
    private static boolean isAppendixLabel(List<ZoneLine> zone) {
        return zone.size() == 1 && isAppendixLabel(zone.get(0).text());
    }

    /** The line is the label of a box about the article it follows ({@link #APPENDIX_LABELS}). */
    static boolean isAppendixLabel(String line) {
        return APPENDIX_LABELS.contains(Headlines.labelWords(line));
    }

    /**
     * The zone's last line is the label of a box summing up an article (核心阅读), under heading lines that open with no
     * device of a summary of their own (■…).
     */
    private static boolean isHeadlineOverBox(List<ZoneLine> zone) {
        if (zone.size() < 2 || !PageReader.isLeadBoxLabel(zone.get(zone.size() - 1).text())) {
            return false;
        }
        return zone.subList(0, zone.size() - 1).stream().noneMatch(l -> Headlines.opensWithDevice(l.text()));
    }

    /** The evidence on zone i, between drafts i-1 and i. */
    BoundaryFeatures features(int i, PageFacts page) {
        return BoundaryFeatures.of(zones.get(i), drafts, i, page, isEnclosed(i) ? pairedShare() : 0);
    }

    /**
     * Zone i lies inside the span of one marked article: up through undecided zones the text starts with an opening
     * mark, and down through them it reaches a closing mark before any opening one — marks of one article.
     */
    private boolean isEnclosed(int i) {
        int end = spanEnd(i);
        return end >= 0 && marksOneArticle(spanStart(i - 1), end);
    }

    /** The first draft of the span draft d belongs to: up through undecided zones. */
    private int spanStart(int d) {
        int up = d;
        while (up > 0 && isUndecided(up)) {
            up--;
        }
        return up;
    }

    /** Down from draft d through undecided zones, the draft closed by a mark; -1 if none. */
    private int spanEnd(int d) {
        for (int down = d; down < drafts.size(); down++) {
            if (drafts.get(down).endMarked) {
                return down;
            }
            if (down + 1 < drafts.size() && !isUndecided(down + 1)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The mark opening draft {@code start} and the one closing draft {@code end} can be one article's. Not a text
     * continued from another page and one continued onto another: the first is the rest of an article that began
     * elsewhere, the second the start of one that ends elsewhere, so at least two articles stand between them.
     */
    private boolean marksOneArticle(int start, int end) {
        Draft first = drafts.get(start);
        Draft last = drafts.get(end);
        return first.startMarked && !(first.continuedFrom != null && last.continuedTo != null);
    }

    /** The first draft of the article draft d goes on: up through the zones decided to be its sub-headings. */
    private static int articleStart(int d, boolean[] subheading) {
        int up = d;
        while (up > 0 && subheading[up]) {
            up--;
        }
        return up;
    }

    /**
     * The text {@code last} closes with a bracket on its last line crediting none of the people the article from
     * {@code first} credits already: each text credits its own, so they are two articles (a byline line over the one,
     * （甲） closing the other; two letters each signed by its reader, a reply to the first printed under it). A bracket
     * on a line of its own may be a note of who else reported, and says nothing here.
     */
    private static boolean creditsOthers(Draft first, Draft last) {
        List<String> opening = first.bylines;
        List<String> closing = last.trailingBylines();
        return !opening.isEmpty() && !closing.isEmpty() && closing.stream().noneMatch(opening::contains);
    }

    /**
     * Zone i stands between two briefs of a column: the article above, from draft {@code start} on, opened with no
     * mark (no dateline or byline line: a column's item under its title) and runs shorter than a brief, as does the
     * text below. A sub-heading divides a text long enough to have sections; titled texts of a brief's length one
     * after another are a column of briefs. Not where a box summing up the article opens the text above (a feature's
     * top), nor a zone opening with a summary's device or holding a box's label, nor one punctuated as no title is: a
     * sentence's end (a quote pulled out of the text, a lead set large), an enumeration or more than one comma (a
     * paragraph's lines).
     */
    private boolean betweenBriefs(int start, int i) {
        if (drafts.get(start).startMarked || opensWithBox(start) || !isBrief(drafts.get(i).body())) {
            return false;
        }
        int above = 0;
        for (int d = start; d < i && above < PageSplitter.BRIEF_CHARS; d++) {
            above += Text.contentLength(drafts.get(d).body(), PageSplitter.BRIEF_CHARS - above);
        }
        return above < PageSplitter.BRIEF_CHARS && zones.get(i).stream().map(ZoneLine::text).noneMatch(
                line -> Headlines.opensWithDevice(line) || PageReader.isLeadBoxLabel(line)
                        || !Headlines.isHeadingPunctuated(line, 0) || SENTENCE_END.matcher(line).find());
    }

    /** Draft d opens with a box summing up its article, its label in the zone above or the text's first paragraph. */
    private boolean opensWithBox(int d) {
        List<ZoneLine> zone = zones.get(d);
        return PageReader.isLeadBoxLabel(drafts.get(d).firstParagraph())
                || !zone.isEmpty() && PageReader.isLeadBoxLabel(zone.get(zone.size() - 1).text());
    }

    private static boolean isBrief(String body) {
        return Text.contentLength(body, PageSplitter.BRIEF_CHARS) < PageSplitter.BRIEF_CHARS;
    }

    /** Share of the page's closing marks that close a span an opening mark of the same article began. */
    private double pairedShare() {
        int closing = 0;
        int paired = 0;
        for (int d = 0; d < drafts.size(); d++) {
            if (drafts.get(d).endMarked) {
                closing++;
                paired += marksOneArticle(spanStart(d), d) ? 1 : 0;
            }
        }
        return closing == 0 ? 0 : paired / (double) closing;
    }

    /** Zone i stood inside a running article, and no mark opens the text below it. */
    boolean isUndecided(int i) {
        return i > 0 && drafts.get(i - 1).closedByHeading && !drafts.get(i).startMarked;
    }

    private static List<String> subheadings(List<ZoneLine> zone) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (ZoneLine line : zone) {
            if (line.newBlock() && !current.isEmpty()) {
                out.add(current.toString());
                current.setLength(0);
            }
            Text.appendWrapped(current, line.text());
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

}
