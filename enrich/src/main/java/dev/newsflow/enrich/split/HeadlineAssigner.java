package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Gives each headline block to its article on evidence, not by one fixed rule of order.
 *
 * <p>The page is a sequence of articles A1..An with a zone of headline lines before, between and after
 * them (zone i lies between Ai and Ai+1). A zone's lines are cut into groups (one headline each: kicker,
 * title, subtitle); each group goes to one article — to the articles just before the zone that have no
 * headline yet (headlines printed after their article, possibly stacked for several), or to the article
 * just after it (headlines printed before) — or, when it is the last thing before an article that has no
 * opener, stays in that article's body as its first sub-heading, or belongs to no article. A dynamic
 * program over the zones picks the assignment that maximises the evidence: how much of the headline's
 * wording the article's lead repeats (character bigrams, weighted down when every article shares them),
 * adjacency, and the page's own convention (before or after), which is chosen by the same score. Headlines stacked
 * before several texts are shared out after the program ({@link #unstack}).
 */
final class HeadlineAssigner {

    /**
     * One headline-like line of a zone; newBlock when it opens a printed block (a blank line, the zone's start or a
     * cut of the layout precedes it), afterBlank when a blank line (or the page's start) does; flush when the
     * extraction kept the page's paragraph indents and the line has none.
     */
    record ZoneLine(String text, boolean newBlock, boolean afterBlank, boolean flush) {
    }

    /**
     * What the assigner knows of an article: its lead (the start of its body's text, without the body's opener), its
     * whole body, whether it opens with a marker.
     */
    record Candidate(String lead, String body, boolean hasOpener, List<String> innerSubheadings, Bigrams bodyGrams) {

        Candidate(String lead, String body, boolean hasOpener, List<String> innerSubheadings) {
            this(lead, body, hasOpener, innerSubheadings, null);
        }
    }

    /** The outcome: per article, its headline lines (or null) and sub-heading lines to put before its body. */
    record Result(List<List<ZoneLine>> headlines, List<List<String>> subheadings, List<String> orphans) {

        /** Article i has headline lines. */
        boolean headed(int i) {
            List<ZoneLine> headline = headlines.get(i);
            return headline != null && !headline.isEmpty();
        }
    }

    /** Headline-less articles a stack of headlines after them may serve at most (stacks of more are not printed). */
    private static final int MAX_RUN = 4;
    /** Zones of more lines are cut at blank lines only: every cut of twelve lines is 2^11 ways already. */
    private static final int MAX_ZONE_LINES = 12;
    /** Characters a label over an article's text runs to at most (核心阅读, 编者按, 阅读提示, 相关链接). */
    private static final int MAX_LABEL_CHARS = 6;
    /**
     * The term of a group that can be no sub-heading (a picture story's label, which heads the story under it): far
     * below what any plan's other terms add up to, so that a plan keeping it as one loses to every plan that does not.
     */
    private static final double NEVER = -1e6;
    /** Characters of an article's start that count as its lead, the part a headline sums up. */
    private static final int LEAD_CHARS = 300;
    /** Printed blocks a headline holds before each further one counts against it: kicker, title, subtitle. */
    private static final int USUAL_UNITS = 3;

    private enum Dir { BEFORE, AFTER }

    private final AssignerWeights w;
    /** What a blank line inside a group costs on this page ({@link #blanksTell}). */
    private final double blankInside;
    private final List<Candidate> articles;
    private final List<List<ZoneLine>> zones;
    private final List<Bigrams> leadGrams = new ArrayList<>();
    private final List<Bigrams> bodyGrams = new ArrayList<>();
    /** Headline text → its weighted bigrams and its overlap with each article (NaN until computed). */
    private final Map<String, HeadlineGrams> headlines = new HashMap<>();
    private final Function<String, HeadlineGrams> weigher = this::weigh;
    /** Where the bigrams of headline lines occur among the articles. */
    private final BigramPlaces places;
    /** Scratch tables of {@link #placeAfter}, reused from call to call (an assigner reads one page, on one thread). */
    private double[][] afterBest = new double[MAX_ZONE_LINES + 1][MAX_RUN + 1];
    private int[][] afterTarget = new int[MAX_ZONE_LINES + 1][MAX_RUN + 1];
    private int[][] afterPrevious = new int[MAX_ZONE_LINES + 1][MAX_RUN + 1];
    /** Zone → every cut of its lines: the same whatever the state and convention it is read in. */
    private final Map<Integer, List<Segmentation>> cuts = new HashMap<>();

    /** @param zones n+1 zones for n articles: zone i lies before article i (0-based), zone n after the last */
    HeadlineAssigner(List<Candidate> articles, List<List<ZoneLine>> zones, AssignerWeights weights) {
        this.w = weights;
        if (zones.size() != articles.size() + 1) {
            throw new IllegalArgumentException("need one zone more than articles");
        }
        this.articles = articles;
        this.zones = zones;
        this.blankInside = blanksTell(zones) ? weights.blankInside() : 0;
        for (Candidate a : articles) {
            String lead = a.lead().length() > LEAD_CHARS ? a.lead().substring(0, LEAD_CHARS) : a.lead();
            leadGrams.add(Bigrams.of(lead));
            // the body's bigrams as the page's boundaries read them, when its text is still the same
            bodyGrams.add(a.bodyGrams() != null ? a.bodyGrams() : Bigrams.of(a.body()));
        }
        places = new BigramPlaces(leadGrams, bodyGrams);
    }

    /** The bigrams of article i's body, as read for the assignment: for the headline builder to reuse. */
    Bigrams bodyGrams(int i) {
        return bodyGrams.get(i);
    }

    Result assign() {
        Plan best = null;
        for (Dir convention : Dir.values()) {
            Plan plan = solve(convention);
            if (best == null || plan.score > best.score) {
                best = plan;
            }
        }
        Result result = best.toResult(articles.size());
        unstack(result);
        return result;
    }

    /**
     * Headlines stacked over side-by-side texts: an extraction that reads a page row by row gives the headlines of
     * two texts printed next to each other first, one under the other, then the texts. Where a text opens with a
     * dateline right under the text of a headed article, with no heading line between them, its headline may be the
     * last lines of the headline above: those lines go to it where the first part repeats enough of the first text's
     * wording to head it, the last part more of the second text's than of the first's (a title of images repeats
     * little of either), and the two parts score more than the whole. The last part, cut from a stack, may be cut again
     * for the text after its own: a stack heads as many texts as it holds headlines.
     */
    private void unstack(Result result) {
        // whether article i's headline was cut from the stack over the article before it: a stack of three or more
        boolean fromStack = false;
        for (int i = 0; i + 1 < articles.size(); i++) {
            List<ZoneLine> lines = result.headlines.get(i);
            boolean before = fromStack || lines != null && !lines.isEmpty() && zones.get(i).contains(lines.get(0));
            fromStack = false;
            if (!before || lines.size() < 2 || result.headed(i + 1) || !zones.get(i + 1).isEmpty()
                    || !articles.get(i + 1).hasOpener()) {
                continue;
            }
            double whole = wording(lines, i);
            int cut = -1;
            double best = whole;
            for (int c = 1; c < lines.size(); c++) {
                List<ZoneLine> above = lines.subList(0, c);
                List<ZoneLine> below = lines.subList(c, lines.size());
                double s = wording(above, i) + wording(below, i + 1);
                if (s > best && repeatsOwn(above, i, i + 1) && repeatsMore(below, i + 1, i)) {
                    best = s;
                    cut = c;
                }
            }
            if (cut > 0) {
                result.headlines.set(i + 1, new ArrayList<>(lines.subList(cut, lines.size())));
                result.headlines.set(i, new ArrayList<>(lines.subList(0, cut)));
                fromStack = true;
            }
        }
    }

    /** The lines repeat enough of article {@code own}'s wording to head it by wording alone, and more than other's. */
    private boolean repeatsOwn(List<ZoneLine> lines, int own, int other) {
        return overlap(text(lines), own) >= w.minOverlap() && repeatsMore(lines, own, other);
    }

    /** The lines repeat more of article {@code own}'s wording than of other's. */
    private boolean repeatsMore(List<ZoneLine> lines, int own, int other) {
        String text = text(lines);
        return overlap(text, own) > overlap(text, other);
    }

    // ---- dynamic program over zones; state = number of headline-less articles just before the zone ----

    private Plan solve(Dir convention) {
        int n = articles.size();
        Map<Integer, Plan> states = new HashMap<>();
        states.put(0, new Plan());
        for (int z = 0; z <= n; z++) {
            Map<Integer, Plan> next = new HashMap<>();
            for (var entry : states.entrySet()) {
                int run = entry.getKey();
                for (ZoneChoice choice : choices(z, run, convention)) {
                    Plan plan = entry.getValue().extend(choice);
                    int state = choice.nextRun;
                    Plan known = next.get(state);
                    if (known == null || plan.score > known.score) {
                        next.put(state, plan);
                    }
                }
            }
            states = next;
        }
        return states.values().stream().max((a, b) -> Double.compare(a.score, b.score)).orElseThrow();
    }

    /**
     * The best way of reading zone z for each run of headline-less articles it leaves, given the run before it:
     * of the ways leading to the same run the dynamic program keeps only the best (the first of equals), so
     * only those are built.
     */
    private List<ZoneChoice> choices(int z, int run, Dir convention) {
        List<ZoneLine> lines = zones.get(z);
        Integer nextArticle = z < articles.size() ? z : null;
        if (lines.isEmpty()) {
            int nextRun = nextArticle == null ? 0 : Math.min(MAX_RUN, run + 1);
            return List.of(new ZoneChoice(0, Map.of(), List.of(), List.of(), nextRun));
        }
        BestWays best = new BestWays(lines.size());
        ensureAfterScratch(lines.size(), run);
        List<List<ZoneLine>> placed = List.of();
        for (Segmentation seg : cuts.computeIfAbsent(z, zone -> segmentations(lines, w, blankInside))) {
            List<List<ZoneLine>> groups = seg.groups;
            int m = groups.size();
            // the table of placing all m groups holds the best ways of placing every first p of them; the rows of
            // the groups this cut shares with the one before stand as they are
            placeAfter(groups, sharedGroups(placed, groups), m, z, run, convention);
            placed = groups;
            Rest rest = rest(seg, nextArticle, convention);
            for (int p = 0; p <= m; p++) {
                int taken = p == 0 ? 0 : bestTaken(p, run);
                double base = -seg.cost + (p == 0 ? 0 : afterBest[p][taken]);
                best.offer(nextRun(nextArticle, false, taken, run), base + rest.unheaded[p], seg, p, false);
                if (nextArticle != null && p < m) {
                    best.offer(nextRun(nextArticle, true, taken, run), base + rest.headed[p], seg, p, true);
                }
            }
        }
        List<ZoneChoice> out = new ArrayList<>();
        for (int nextRun = 0; nextRun <= MAX_RUN; nextRun++) {
            if (best.cut[nextRun] != null) {
                out.add(choice(best, nextRun, z, run, convention, nextArticle));
            }
        }
        return out;
    }

    /**
     * What the groups after the first p of a cut score, for every p: (a) when none of them is a headline (the next
     * article's sub-headings, or orphans), (b) when the first heads the next article. The same whatever run of
     * headline-less articles the zone follows: worked out once per cut and convention.
     */
    private Rest rest(Segmentation seg, Integer nextArticle, Dir convention) {
        Rest known = seg.rest[convention.ordinal()];
        if (known != null) {
            return known;
        }
        List<List<ZoneLine>> groups = seg.groups;
        int m = groups.size();
        double[] openingTerms = seg.restTerms(this, nextArticle, false);
        double[] headedTerms = seg.restTerms(this, nextArticle, true);
        Rest out = new Rest(new double[m + 1], new double[m + 1]);
        for (int p = 0; p <= m; p++) {
            out.unheaded[p] = restScore(openingTerms, m, p, 0) - headless(p < m, nextArticle, convention);
            if (nextArticle != null && p < m) {
                double s = score(groups.get(p), nextArticle, Dir.BEFORE, false, convention);
                out.headed[p] = restScore(headedTerms, m, p + 1, s);
            }
        }
        seg.rest[convention.ordinal()] = out;
        return out;
    }

    /** Per groups given back p: what the rest scores with no headline among it, and with its first as one. */
    private record Rest(double[] unheaded, double[] headed) {
    }

    /** Headline-less articles open after the zone: none once the next article has a headline. */
    private static int nextRun(Integer nextArticle, boolean headed, int taken, int run) {
        if (nextArticle == null || headed) {
            return 0;
        }
        // no open article taken: every group given back went to no article
        return taken == 0 ? Math.min(MAX_RUN, run + 1) : 1;
    }

    /** The plan of the best way to a next run, built for it alone. */
    private ZoneChoice choice(BestWays best, int nextRun, int z, int run, Dir convention, Integer nextArticle) {
        List<List<ZoneLine>> groups = best.cut[nextRun].groups;
        AfterPlan after = afterPlan(groups, best.split[nextRun], z, run, convention);
        BeforePlan before = beforePlan(groups.subList(best.split[nextRun], groups.size()), nextArticle,
                best.headed[nextRun]);
        Map<Integer, List<ZoneLine>> assigned = new HashMap<>(after.assigned);
        if (before.headline != null) {
            assigned.put(nextArticle, before.headline);
        }
        List<String> orphans = new ArrayList<>(after.orphans);
        before.orphans.forEach(group -> orphans.add(textOf(group)));
        List<String> subheadings = before.subheadings.stream().map(this::textOf).toList();
        return new ZoneChoice(best.score[nextRun], assigned, subheadings, orphans, nextRun).forArticle(nextArticle);
    }

    /** Of two cuts, the number of leading groups they share (the same groups: a zone's cuts share theirs). */
    private static int sharedGroups(List<List<ZoneLine>> a, List<List<ZoneLine>> b) {
        int shared = 0;
        while (shared < a.size() && shared < b.size() && a.get(shared) == b.get(shared)) {
            shared++;
        }
        return shared;
    }

    /**
     * Per next run: the best score so far and the parts of the way that reached it (the groups given back are only
     * scored while the ways are tried; their plan is built for the best ways alone). Of equal scores the way first in
     * the cuts' own order wins ({@link Segmentation#order}), whatever order they are tried in.
     */
    private static final class BestWays {
        final double[] score = new double[MAX_RUN + 1];
        final Segmentation[] cut = new Segmentation[MAX_RUN + 1];
        final int[] split = new int[MAX_RUN + 1];
        /** Whether the first group after those given back heads the next article. */
        final boolean[] headed = new boolean[MAX_RUN + 1];
        /** The way's place in the cuts' own order, then groups given back, then headless before headed. */
        private final long[] rank = new long[MAX_RUN + 1];
        private final long waysPerCut;

        BestWays(int lines) {
            this.waysPerCut = 2L * (lines + 1);
        }

        void offer(int nextRun, double s, Segmentation seg, int p, boolean withHeadline) {
            long r = seg.order * waysPerCut + 2L * p + (withHeadline ? 1 : 0);
            if (cut[nextRun] == null || s > score[nextRun] || s == score[nextRun] && r < rank[nextRun]) {
                score[nextRun] = s;
                cut[nextRun] = seg;
                split[nextRun] = p;
                headed[nextRun] = withHeadline;
                rank[nextRun] = r;
            }
        }
    }

    /**
     * Places the first {@code p} groups of a cut: each goes back to one of the headline-less articles before zone z,
     * in order, or to no article; the best ways are left in {@link #afterBest} ({@code afterBest[i][k]}: the first i
     * groups placed, open articles before first+k no longer available). Row i depends on the first i groups alone:
     * the rows up to {@code from} are kept as a cut sharing those groups left them.
     */
    private void placeAfter(List<List<ZoneLine>> groups, int from, int p, int z, int run, Dir convention) {
        if (p == 0) {
            return;
        }
        int first = z - run; // index of the first open article
        ensureAfterScratch(p, run);
        if (from == 0) {
            Arrays.fill(afterBest[0], 0, run + 1, Double.NEGATIVE_INFINITY);
            afterBest[0][0] = 0;
        }
        for (int i = from + 1; i <= p; i++) {
            Arrays.fill(afterBest[i], 0, run + 1, Double.NEGATIVE_INFINITY);
        }
        for (int i = from; i < p; i++) {
            for (int k = 0; k <= run; k++) {
                if (afterBest[i][k] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                relax(i + 1, k, afterBest[i][k] - w.orphan(), -1, k);
                for (int k2 = k; k2 < run; k2++) {
                    int article = first + k2;
                    double s = score(groups.get(i), article, Dir.AFTER, article == z - 1, convention);
                    relax(i + 1, k2 + 1, afterBest[i][k] + s, article, k);
                }
            }
        }
    }

    /** Of the ways {@link #placeAfter} left for the first p groups, how many open articles the best one took up. */
    private int bestTaken(int p, int run) {
        int k = 0;
        for (int k2 = 1; k2 <= run; k2++) {
            if (afterBest[p][k2] > afterBest[p][k]) {
                k = k2;
            }
        }
        return k;
    }

    /** The plan of the best way {@link #placeAfter} finds for the first {@code p} groups. */
    private AfterPlan afterPlan(List<List<ZoneLine>> groups, int p, int z, int run, Dir convention) {
        if (p == 0) {
            return new AfterPlan(0, Map.of(), List.of());
        }
        placeAfter(groups, 0, p, z, run, convention);
        int k = bestTaken(p, run);
        double score = afterBest[p][k];
        Map<Integer, List<ZoneLine>> assigned = new HashMap<>();
        List<String> orphans = new ArrayList<>();
        for (int i = p; i > 0; i--) {
            if (afterTarget[i][k] < 0) {
                orphans.add(0, textOf(groups.get(i - 1)));
            } else {
                assigned.put(afterTarget[i][k], groups.get(i - 1));
            }
            k = afterPrevious[i][k];
        }
        return new AfterPlan(score, assigned, orphans);
    }

    /** Room in the scratch tables of {@link #placeAfter} for {@code groups} groups and a run of {@code run}. */
    private void ensureAfterScratch(int groups, int run) {
        if (afterBest.length <= groups || afterBest[0].length <= run) {
            int rows = Math.max(groups + 1, afterBest.length);
            int columns = Math.max(run + 1, MAX_RUN + 1);
            afterBest = new double[rows][columns];
            afterTarget = new int[rows][columns];
            afterPrevious = new int[rows][columns];
        }
    }

    private void relax(int i, int k, double value, int article, int fromK) {
        if (value > afterBest[i][k]) {
            afterBest[i][k] = value;
            afterTarget[i][k] = article;
            afterPrevious[i][k] = fromK;
        }
    }

    /**
     * What the groups of a cut from {@code from} on score as the next article's sub-headings (when it has no opener)
     * or as orphans, added to {@code score}: worked out for every way tried, without building its plan, from each
     * group's own term ({@link #restTerm}; null terms when the groups are orphans).
     */
    private double restScore(double[] terms, int groups, int from, double score) {
        if (terms == null) {
            return score - w.orphan() * (groups - from);
        }
        double s = score;
        for (int g = from; g < groups; g++) {
            s += terms[g];
        }
        return s;
    }

    /**
     * What a group before article {@code next}, which has no opener, adds as one of its sub-headings. Under the
     * article's headline ({@code underHeadline}), a group shaped like a subtitle costs more as a sub-heading, and
     * somewhat more without one too, right before the article's first paragraph; so does, anywhere, a group closing
     * with a column's name, which closes a headline and no sub-heading (as much as a column's name inside a headline
     * costs). A picture story's label is none: it heads the story under it.
     */
    private double restTerm(List<ZoneLine> group, int next, boolean underHeadline) {
        if (group.size() == 1 && Headlines.isPictureStoryLabel(group.get(0).text())) {
            return NEVER;
        }
        if (looksLikeSubheadings(group, next) && !closesWithColumnTag(group)) {
            return w.sameShape();
        }
        double subtitle = underHeadline ? w.subtitle() : w.openingSubtitle();
        return -(w.subheading() + (isSubtitleShaped(group) ? subtitle : 0)
                + (closesWithColumnTag(group) ? w.tagInside() : 0));
    }

    /**
     * Lines between a headline and its article's first paragraph that are no label over the text (核心阅读, 编者按:
     * a few characters), no summary (opening with ■ or a numbering) and no opening of the text (a dateline) are a part
     * of the headline: its subtitle.
     */
    private static boolean isSubtitleShaped(List<ZoneLine> group) {
        if (group instanceof Group cut) {
            if (cut.subtitleShape == null) {
                cut.subtitleShape = isSubtitleShaped(cut.text());
            }
            return cut.subtitleShape;
        }
        return isSubtitleShaped(text(group));
    }

    /** The group closes with a column's name in brackets. */
    private static boolean closesWithColumnTag(List<ZoneLine> group) {
        if (group instanceof Group cut) {
            if (cut.tagged == null) {
                cut.tagged = Headlines.closesWithColumnTag(cut.text().strip());
            }
            return cut.tagged;
        }
        return Headlines.closesWithColumnTag(text(group).strip());
    }

    private static boolean isSubtitleShaped(String text) {
        String s = text.strip();
        return Text.contentLength(s) > MAX_LABEL_CHARS && !Headlines.opensWithDevice(s) && !Markers.opensArticle(s);
    }

    /**
     * The plan of the groups after those given back, for a way kept: the first is the next article's headline when
     * {@code headed}; the rest its sub-headings if it has no opener, else orphans.
     */
    private BeforePlan beforePlan(List<List<ZoneLine>> groups, Integer next, boolean headed) {
        List<ZoneLine> headline = headed ? groups.get(0) : null;
        List<List<ZoneLine>> rest = headed ? groups.subList(1, groups.size()) : groups;
        return canSubhead(next) ? new BeforePlan(headline, rest, List.of()) : new BeforePlan(headline, List.of(), rest);
    }

    /**
     * What it costs to leave the next article without a headline while the groups before it are kept as its
     * sub-headings ({@code groupsLeft}: there are some): where headlines stand before their articles, the first lines
     * between two articles head the next.
     */
    private double headless(boolean groupsLeft, Integer next, Dir convention) {
        return convention == Dir.BEFORE && groupsLeft && canSubhead(next) ? w.headless() : 0;
    }

    /** Groups before an article are its sub-headings only when it has no opener to start it (else orphans). */
    private boolean canSubhead(Integer next) {
        return next != null && !articles.get(next).hasOpener();
    }

    /** {@link #looksLikeItsSubheadings}, asked of a group of a zone's cuts once: its article is always the same. */
    private boolean looksLikeSubheadings(List<ZoneLine> group, int article) {
        if (group instanceof Group cut) {
            if (cut.subheadingShape == null) {
                cut.subheadingShape = looksLikeItsSubheadings(cut.text(), article);
            }
            return cut.subheadingShape;
        }
        return looksLikeItsSubheadings(text(group), article);
    }

    /** A feature's sub-headings are printed alike: same width, same punctuation. */
    private boolean looksLikeItsSubheadings(String line, int article) {
        for (String inner : articles.get(article).innerSubheadings()) {
            if (Math.abs(Text.width(inner) - Text.width(line)) <= 1.5 && punctuation(inner).equals(punctuation(line))) {
                return true;
            }
        }
        return false;
    }

    private static String punctuation(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private double score(List<ZoneLine> group, int article, Dir dir, boolean adjacent, Dir convention) {
        int units = group instanceof Group cut ? cut.units() : units(group);
        return wording(group, article)
                + (dir == convention ? w.convention() : 0)
                + (adjacent ? w.adjacent() : 0)
                - w.extraUnit() * Math.max(0, units - USUAL_UNITS);
    }

    /** What the group's wording scores as the article's headline: how much of the article it repeats, part by part. */
    private double wording(List<ZoneLine> group, int article) {
        if (group instanceof Group cut) {
            return cut.wording(this, article);
        }
        return wording(group, overlap(text(group), article), article);
    }

    private double wording(List<ZoneLine> group, double overlap, int article) {
        return w.overlap() * overlap - w.partMismatch() * partMisses(group, article)
                - w.mismatch() * shortfall(overlap);
    }

    /**
     * How far the parts of a headline of several parts fall short of repeating the article's wording: for each, as
     * {@code mismatch} counts it for the whole. Each part of one headline sums up the same article, so a part that
     * repeats none of it more likely heads another.
     */
    private double partMisses(List<ZoneLine> group, int article) {
        if (group.size() < 2) {
            return 0;
        }
        if (group instanceof Group cut) {
            return cut.partMisses(this, article);
        }
        return missesOf(parts(group), article);
    }

    /** How far a share of repeated wording falls short of {@code minOverlap}: 0 at or above it, 1 at none. */
    private double shortfall(double overlap) {
        return Math.max(0, w.minOverlap() - overlap) / w.minOverlap();
    }

    private double missesOf(List<HeadlineGrams> parts, int article) {
        if (parts.size() < 2) {
            return 0;
        }
        double misses = 0;
        for (HeadlineGrams part : parts) {
            misses += shortfall(overlap(part, article));
        }
        return misses;
    }

    /**
     * The parts of a group, each a line, or lines bound by grammar ({@link #isBound}, a bracket's wrapped tail); a part
     * too short for a pair of characters tells nothing of the article and is left out.
     */
    private List<HeadlineGrams> parts(List<ZoneLine> group) {
        List<HeadlineGrams> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder(group.get(0).text());
        for (int i = 1; i <= group.size(); i++) {
            if (i < group.size() && isBound(group.get(i - 1).text(), group.get(i).text())) {
                part.append(group.get(i).text());
                continue;
            }
            String text = part.toString();
            if (Text.contentLength(text, 2) >= 2) {
                parts.add(headlines.computeIfAbsent(text, weigher));
            }
            if (i < group.size()) {
                part = new StringBuilder(group.get(i).text());
            }
        }
        return parts;
    }

    /** Printed blocks of the group, but its last, that close with a column's name in brackets. */
    private static int tagsInside(List<ZoneLine> group) {
        int tags = 0;
        for (int i = 1; i < group.size(); i++) {
            if (group.get(i).newBlock() && Headlines.closesWithColumnTag(group.get(i - 1).text().strip())) {
                tags++;
            }
        }
        return tags;
    }

    /** Blank lines inside the group: lines, but its first, that a blank line precedes. */
    private static int blanksInside(List<ZoneLine> group) {
        int blanks = 0;
        for (int i = 1; i < group.size(); i++) {
            blanks += group.get(i).afterBlank() ? 1 : 0;
        }
        return blanks;
    }

    /** Printed blocks a group spans: a block more when it starts inside one. */
    private static int units(List<ZoneLine> group) {
        int units = group.get(0).newBlock() ? 0 : 1;
        for (ZoneLine line : group) {
            units += line.newBlock() ? 1 : 0;
        }
        return units;
    }

    /** Share of the headline's wording found in the article: the lead counts fully, the rest of the body half. */
    double overlap(String headline, int article) {
        return overlap(headlines.computeIfAbsent(headline, weigher), article);
    }

    private double overlap(HeadlineGrams grams, int article) {
        // the dynamic program scores the same group against the same article many times over: compute it once
        if (Double.isNaN(grams.overlaps[article])) {
            grams.overlaps[article] = computeOverlap(grams, article);
        }
        return grams.overlaps[article];
    }

    private double computeOverlap(HeadlineGrams grams, int article) {
        if (grams.indexes.length == 0) {
            return 0;
        }
        double found = 0;
        for (int i = 0; i < grams.indexes.length; i++) {
            byte place = places.where(grams.indexes[i], article);
            if (place == BigramPlaces.IN_LEAD) {
                found += grams.weights[i];
            } else if (place == BigramPlaces.IN_BODY) {
                found += grams.weights[i] / 2;
            }
        }
        return found / grams.total;
    }

    /**
     * A headline's bigrams (where each occurs), each weighted by how rare it is among the article bodies (the same
     * against every article), and its overlap with each article once computed.
     */
    private record HeadlineGrams(int[] indexes, double[] weights, double total, double[] overlaps) {
    }

    private HeadlineGrams weigh(String headline) {
        int[] bigrams = Bigrams.of(headline).toArray();
        int[] indexes = new int[bigrams.length];
        double[] weights = new double[bigrams.length];
        double total = 0;
        for (int i = 0; i < bigrams.length; i++) {
            indexes[i] = places.index(bigrams[i]);
            weights[i] = 1.0 / Math.max(1, places.bodies(indexes[i]));
            total += weights[i];
        }
        double[] overlaps = new double[articles.size()];
        Arrays.fill(overlaps, Double.NaN);
        return new HeadlineGrams(indexes, weights, total, overlaps);
    }

    // ---- cutting a zone's lines into groups ----

    /**
     * A cut of a zone's lines; {@code order} its place in the order of cuts that ties are broken by, {@code rest} what
     * its groups score before the next article, per convention, once worked out.
     */
    static final class Segmentation {
        final List<List<ZoneLine>> groups;
        final double cost;
        final long order;
        final Rest[] rest = new Rest[Dir.values().length];
        /** Each group's {@link #restTerm} before the next article, under its headline or not; null until asked. */
        private final double[][] restTerms = new double[2][];

        Segmentation(List<List<ZoneLine>> groups, double cost, long order) {
            this.groups = groups;
            this.cost = cost;
            this.order = order;
        }

        /** The groups' terms as sub-headings of the next article, or null where they can be none (orphans). */
        double[] restTerms(HeadlineAssigner assigner, Integer next, boolean underHeadline) {
            if (!assigner.canSubhead(next)) {
                return null;
            }
            int k = underHeadline ? 1 : 0;
            if (restTerms[k] == null) {
                restTerms[k] = new double[groups.size()];
                for (int g = 0; g < groups.size(); g++) {
                    restTerms[k][g] = assigner.restTerm(groups.get(g), next, underHeadline);
                }
            }
            return restTerms[k];
        }
    }

    /**
     * Every cut of the lines into consecutive groups; cutting inside a printed block costs unless the line width
     * jumps, and a group costs for each printed block inside it that closes with a column's name and for each blank
     * line inside it.
     */
    static List<Segmentation> segmentations(List<ZoneLine> lines, AssignerWeights w, double blankInside) {
        int n = lines.size();
        boolean[] bound = new boolean[n];
        for (int i = 1; i < n; i++) {
            bound[i] = isBound(lines.get(i - 1).text(), lines.get(i).text());
        }
        // a picture story's label is a headline of its own: always cut before and after it
        boolean[] label = new boolean[n];
        for (int i = 0; i < n; i++) {
            label[i] = Headlines.isPictureStoryLabel(lines.get(i).text());
        }
        boolean[] labelApart = new boolean[n];
        for (int i = 1; i < n; i++) {
            labelApart[i] = !bound[i] && (label[i - 1] || label[i]);
        }
        List<Integer> optional = optionalCuts(lines, bound);
        optional.removeIf(i -> labelApart[i]);
        // what every cut shares, worked out once: which bit of the mask decides a line, what a cut before it costs.
        // The last optional cut is the mask's lowest bit, so that a cut shares its first groups with the one before;
        // its order counts the first optional cut as the lowest bit.
        int[] bit = new int[n];
        Arrays.fill(bit, -1);
        int bits = optional.size();
        for (int b = 0; b < bits; b++) {
            bit[optional.get(b)] = bits - 1 - b;
        }
        double[] cutCost = cutCosts(lines, w);
        List<Segmentation> out = new ArrayList<>();
        // the same run of lines is a group in many cuts: made once, its text, bigrams and units worked out once
        Group[][] made = new Group[n][n + 1];
        for (long mask = 0; mask < (1L << bits); mask++) {
            List<List<ZoneLine>> groups = new ArrayList<>();
            int start = 0;
            double cost = 0;
            long order = Long.reverse(mask) >>> (Long.SIZE - bits);
            for (int i = 1; i < n; i++) {
                boolean chosen = bit[i] >= 0 ? (mask & (1L << bit[i])) != 0 : lines.get(i).newBlock() || labelApart[i];
                if (!bound[i] && chosen) {
                    Group g = group(made, lines, start, i);
                    groups.add(g);
                    start = i;
                    cost += cutCost[i] + inside(g, w, blankInside);
                }
            }
            Group last = group(made, lines, start, n);
            groups.add(last);
            out.add(new Segmentation(groups, cost + inside(last, w, blankInside), order));
        }
        return out;
    }

    /** What a group of a cut costs for what it holds: printed blocks closing with a column's name, blank lines. */
    private static double inside(Group g, AssignerWeights w, double blankInside) {
        return w.tagInside() * g.tagsInside() + blankInside * g.blanksInside();
    }

    /**
     * A blank line tells where one headline ends only on a page that also prints blocks of headline lines right under
     * one another: where a page sets every block apart with blank lines (a title, then its subtitle), they say nothing.
     */
    static boolean blanksTell(List<List<ZoneLine>> zones) {
        for (List<ZoneLine> zone : zones) {
            for (int i = 1; i < zone.size(); i++) {
                if (zone.get(i).newBlock() && !zone.get(i).afterBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The places a cut may or may not be made: every line not bound to the one above, or blank lines only. */
    private static List<Integer> optionalCuts(List<ZoneLine> lines, boolean[] bound) {
        List<Integer> optional = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!bound[i]) {
                optional.add(i);
            }
        }
        if (lines.size() > MAX_ZONE_LINES) {
            // too many lines to try every cut: cut at blank lines only, and at every one when they are many too
            optional.removeIf(i -> !lines.get(i).newBlock());
            if (optional.size() > MAX_ZONE_LINES) {
                optional.clear();
            }
        }
        return optional;
    }

    /**
     * What a cut before each line costs: nothing at a blank line, little where the width jumps — up to a wider line,
     * or down to a run of narrow lines. A short line alone after a wide one is a wrapped title's tail, not a jump.
     */
    static double[] cutCosts(List<ZoneLine> lines, AssignerWeights w) {
        double[] cost = new double[lines.size()];
        for (int i = 1; i < lines.size(); i++) {
            double above = Text.width(lines.get(i - 1).text());
            double below = Text.width(lines.get(i).text());
            boolean narrowRunFollows = i + 1 < lines.size() && !lines.get(i + 1).newBlock()
                    && !widthJumps(below, Text.width(lines.get(i + 1).text()));
            boolean jump = widthJumps(above, below) && (below > above || narrowRunFollows);
            cost[i] = lines.get(i).newBlock() ? 0 : jump ? w.cutAtJump() : w.cutFlat();
        }
        return cost;
    }

    private static Group group(Group[][] made, List<ZoneLine> lines, int from, int to) {
        if (made[from][to] == null) {
            made[from][to] = new Group();
            made[from][to].addAll(lines.subList(from, to));
        }
        return made[from][to];
    }

    /**
     * Two lines of one headline by its grammar, never cut apart: a kicker leading into its title with a dash
     * (研究发现——) or spread over its width (四 川), a subtitle opening with a dash (——访…), a title's date or column
     * in brackets on the next line, or a bracket the line above opened and this one closes (…冷气？（ / 说道）).
     */
    static boolean isBound(String above, String line) {
        String a = above.strip();
        String b = line.strip();
        return a.endsWith("——") || b.startsWith("—") || isBracketed(b) || PageLayout.continuesBracket(a, b)
                || Headlines.isSpreadWord(a);
    }

    private static boolean isBracketed(String s) {
        return (s.startsWith("（") || s.startsWith("(")) && (s.endsWith("）") || s.endsWith(")"));
    }

    private static boolean widthJumps(double wa, double wb) {
        return Math.abs(wa - wb) >= 4 && Math.max(wa, wb) >= 1.5 * Math.min(wa, wb);
    }

    /**
     * The lines of one group of a cut, with their text built once: the dynamic program scores the same group many
     * times over.
     */
    private static final class Group extends ArrayList<ZoneLine> {
        private String text;
        private HeadlineGrams grams;
        private List<HeadlineGrams> parts;
        private double[] partMisses;
        /** Per article, {@link HeadlineAssigner#wording}; NaN until worked out. */
        private double[] wording;
        private int units = -1;
        private int tagsInside = -1;
        private int blanksInside = -1;
        /** Printed like the sub-headings of the article after its zone; null until asked. */
        private Boolean subheadingShape;
        /** Shaped like a subtitle, not a label or a summary; null until asked. */
        private Boolean subtitleShape;
        /** Closes with a column's name in brackets; null until asked. */
        private Boolean tagged;

        String text() {
            if (text == null) {
                text = HeadlineAssigner.text(this);
            }
            return text;
        }

        /** The weighted bigrams of the text, shared by every group of the same text. */
        HeadlineGrams grams(HeadlineAssigner assigner) {
            if (grams == null) {
                grams = assigner.headlines.computeIfAbsent(text(), assigner.weigher);
            }
            return grams;
        }

        /**
         * {@link HeadlineAssigner#wording} of the group for the article, worked out once per article: the dynamic
         * program weighs the same group against the same article for every run and convention it tries.
         */
        double wording(HeadlineAssigner assigner, int article) {
            if (wording == null) {
                wording = new double[assigner.articles.size()];
                Arrays.fill(wording, Double.NaN);
            }
            if (Double.isNaN(wording[article])) {
                wording[article] = assigner.wording(this, assigner.overlap(grams(assigner), article), article);
            }
            return wording[article];
        }

        /** {@link HeadlineAssigner#partMisses} of the group for the article, worked out once per article. */
        double partMisses(HeadlineAssigner assigner, int article) {
            if (partMisses == null) {
                partMisses = new double[assigner.articles.size()];
                Arrays.fill(partMisses, Double.NaN);
            }
            if (Double.isNaN(partMisses[article])) {
                if (parts == null) {
                    parts = assigner.parts(this);
                }
                partMisses[article] = assigner.missesOf(parts, article);
            }
            return partMisses[article];
        }

        int tagsInside() {
            if (tagsInside < 0) {
                tagsInside = HeadlineAssigner.tagsInside(this);
            }
            return tagsInside;
        }

        int blanksInside() {
            if (blanksInside < 0) {
                blanksInside = HeadlineAssigner.blanksInside(this);
            }
            return blanksInside;
        }

        int units() {
            if (units < 0) {
                units = HeadlineAssigner.units(this);
            }
            return units;
        }
    }

    private String textOf(List<ZoneLine> group) {
        return group instanceof Group cut ? cut.text() : text(group);
    }

    static String text(List<ZoneLine> group) {
        StringBuilder sb = new StringBuilder();
        for (ZoneLine line : group) {
            sb.append(line.text());
        }
        return sb.toString();
    }

    // ---- plans ----

    private record AfterPlan(double score, Map<Integer, List<ZoneLine>> assigned, List<String> orphans) {
    }

    /** The groups of the sub-headings and orphans are turned into text only for the plans the program keeps. */
    private record BeforePlan(List<ZoneLine> headline, List<List<ZoneLine>> subheadings,
                              List<List<ZoneLine>> orphans) {
    }

    private static final class ZoneChoice {
        final double score;
        final Map<Integer, List<ZoneLine>> assigned;
        final List<String> subheadings;
        final List<String> orphans;
        final int nextRun;
        Integer subheadingsFor;

        ZoneChoice(double score, Map<Integer, List<ZoneLine>> assigned, List<String> subheadings,
                   List<String> orphans, int nextRun) {
            this.score = score;
            this.assigned = assigned;
            this.subheadings = subheadings;
            this.orphans = orphans;
            this.nextRun = nextRun;
        }

        ZoneChoice forArticle(Integer article) {
            this.subheadingsFor = article;
            return this;
        }
    }

    /** A path through the zones: the last choice and the plan it extends (shared, never copied). */
    private static final class Plan {
        final double score;
        final ZoneChoice choice;
        final Plan previous;

        Plan() {
            this(0, null, null);
        }

        private Plan(double score, ZoneChoice choice, Plan previous) {
            this.score = score;
            this.choice = choice;
            this.previous = previous;
        }

        Plan extend(ZoneChoice choice) {
            return new Plan(score + choice.score, choice, this);
        }

        Result toResult(int n) {
            List<ZoneChoice> choices = new ArrayList<>();
            for (Plan p = this; p.choice != null; p = p.previous) {
                choices.add(0, p.choice);
            }
            List<List<ZoneLine>> headlines = new ArrayList<>();
            List<List<String>> subheadings = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                headlines.add(null);
                subheadings.add(new ArrayList<>());
            }
            List<String> orphans = new ArrayList<>();
            for (ZoneChoice c : choices) {
                c.assigned.forEach(headlines::set);
                if (c.subheadingsFor != null) {
                    subheadings.get(c.subheadingsFor).addAll(c.subheadings);
                }
                orphans.addAll(c.orphans);
            }
            return new Result(headlines, subheadings, orphans);
        }
    }
}
