package dev.newsflow.enrich.split;

import java.util.List;

import dev.newsflow.enrich.split.HeadlineAssigner.ZoneLine;

/**
 * What is known of heading lines inside a running article when deciding whether they are a sub-heading of it or the
 * headline of a new article: how the text reads across them, how they look, and what the page's other articles show
 * of its conventions. Each feature is a number in a fixed order ({@link #vector}), weighed by {@link BoundaryWeights}.
 *
 * @param cohesionNear  share of the wording just below found just above (bigrams weighted by rarity on the page);
 *                      weighed on a log scale
 * @param cohesionFar   the same for the whole texts above and below
 * @param inAbove       share of the heading's own wording found in the text above
 * @param inBelowLead   share of the heading's wording found in the lead below (a headline sums up its lead)
 * @param lines         lines of the heading
 * @param groups        printed blocks of the heading (kicker, title and subtitle each one)
 * @param chars         letters and digits of the heading
 * @param device        the heading opens with a sub-heading's device: ■, ●, a numbering (一、 （一） 1.)
 * @param parts         the heading holds parts side by side (title and subtitle on one line, spaced apart)
 * @param siblings      other heading lines inside articles on the page shaped alike (a feature's sub-headings)
 * @param aboveMarked   the text above opened with a mark (a dateline, a byline line)
 * @param markedShare   share of the page's articles that open with a mark: where most do, one that does not is
 *                      rarely an article of its own
 * @param endShare      share of the page's articles closed by a byline or continuation mark
 * @param belowChars    length of the text below, in thousands of characters
 * @param columnTag     a line of the heading (with the lines of its group above it), or a part of a line holding
 *                      parts side by side, closes with a column's name in brackets (…（人民时评）): headlines carry
 *                      them, sub-headings do not
 * @param dashed        a line of the heading opens with a dash (——访…): a subtitle's mark
 * @param question      the heading asks or exclaims (？！), as interview sub-headings do
 * @param enclosed      the heading stands between a mark opening an article (above, with only other undecided
 *                      headings in between) and a mark closing one (below, likewise): inside one marked article, unless
 *                      the marks are a continuation from another page and one onto another —
 *                      weighed by the share of the page's closing marks that close a span an opening mark began, so
 *                      that it counts on pages whose articles open and close with marks
 * @param apart         blank lines stand right above and right below the heading, as they stand around headlines,
 *                      weighed by how seldom the page's paragraphs begin after one (where every paragraph does, a
 *                      blank line sets nothing apart)
 * @param flush         the extraction kept the page's paragraph indents and no line of the heading has one: it is set
 *                      as headlines are, outside the column's paragraphs (a sub-heading printed as a paragraph carries
 *                      the indent)
 */
record BoundaryFeatures(double cohesionNear, double cohesionFar, double inAbove, double inBelowLead, int lines,
                        int groups, int chars, boolean device, boolean parts, int siblings, boolean aboveMarked,
                        double markedShare, double endShare, double belowChars, boolean columnTag, boolean dashed,
                        boolean question, double enclosed, double apart, boolean flush) {

    /** Names of the features in {@link #vector} order. */
    static final List<String> NAMES = List.of("cohesion_near", "cohesion_far", "in_above", "in_below_lead", "lines",
            "groups", "chars", "device", "parts", "siblings", "above_marked", "marked_share", "end_share",
            "below_chars", "column_tag", "dashed", "question", "enclosed", "apart", "flush");

    /** Characters of text read on each side of the heading lines for {@link #cohesionNear}. */
    static final int SIDE_CHARS = 400;
    /** Added to a cohesion before its logarithm: texts sharing nothing are no further apart than sharing this much. */
    private static final double COHESION_FLOOR = 0.005;
    /** Characters of the lead below that a headline sums up. */
    private static final int LEAD_CHARS = 150;

    /** The features of the zone standing before draft {@code below}, after draft {@code below - 1}. */
    static BoundaryFeatures of(List<ZoneLine> zone, List<Draft> drafts, int below, PageFacts page, double enclosed) {
        Draft above = drafts.get(below - 1);
        int groups = 0;
        int chars = 0;
        boolean parts = false;
        boolean columnTag = false;
        boolean dashed = false;
        // a group's lines read as one: its column name may wrap onto the next line (…（人民 / 论坛）)
        StringBuilder group = new StringBuilder();
        for (ZoneLine line : zone) {
            String text = line.text();
            groups += line.newBlock() ? 1 : 0;
            chars += Text.contentLength(text);
            parts |= text.indexOf(' ') > 0;
            if (line.newBlock()) {
                group.setLength(0);
            }
            group.append(text.strip());
            columnTag |= Headlines.closesWithColumnTag(group) || Headlines.closesPartWithColumnTag(text);
            dashed |= text.startsWith("—");
        }
        char last = zone.isEmpty() ? 0 : Text.lastMeaningful(zone.get(zone.size() - 1).text());
        String heading = HeadlineAssigner.text(zone);
        String aboveText = above.body();
        String belowText = drafts.get(below).body();
        Bigrams headingGrams = Bigrams.of(heading);
        PageBigrams grams = page.bigrams();
        return new BoundaryFeatures(
                grams.cohesion(side(aboveText, grams, below - 1, true), side(belowText, grams, below, false)),
                grams.cohesion(grams.of(below - 1), grams.of(below)),
                headingGrams.shareIn(grams.of(below - 1)),
                headingGrams.shareIn(Bigrams.of(head(Markers.withoutOpeners(belowText), LEAD_CHARS))),
                zone.size(), Math.max(1, groups), chars,
                !zone.isEmpty() && Headlines.opensWithDevice(zone.get(0).text()), parts,
                page.siblings(heading), above.startMarked, page.markedShare(), page.endShare(),
                belowText.length() / 1000.0, columnTag, dashed, "？！?!".indexOf(last) >= 0, enclosed,
                PageFacts.isApart(zone, drafts.get(below)) ? 1 - page.paragraphsApart() : 0,
                !zone.isEmpty() && zone.stream().allMatch(ZoneLine::flush));
    }

    double[] vector() {
        return new double[] {logCohesion(cohesionNear), logCohesion(cohesionFar), inAbove, inBelowLead, lines, groups,
            chars, device ? 1 : 0, parts ? 1 : 0, siblings, aboveMarked ? 1 : 0, markedShare, endShare, belowChars,
            columnTag ? 1 : 0, dashed ? 1 : 0, question ? 1 : 0, enclosed, apart, flush ? 1 : 0};
    }

    /**
     * Cohesion on a log scale: what tells two articles from one is whether the texts share a few rare words at all
     * (a share of 0.01 against 0.05), more than how many more they share beyond that.
     */
    private static double logCohesion(double cohesion) {
        return Math.log(cohesion + COHESION_FLOOR);
    }

    /** The bigrams of a draft's last (or first) {@link #SIDE_CHARS}: its own when it is no longer. */
    private static Bigrams side(String text, PageBigrams grams, int draft, boolean tail) {
        if (text.length() <= SIDE_CHARS) {
            return grams.of(draft);
        }
        return Bigrams.of(tail ? tail(text, SIDE_CHARS) : head(text, SIDE_CHARS));
    }

    private static String tail(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }

    private static String head(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
