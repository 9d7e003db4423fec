package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.List;

/**
 * What makes a page's split doubtful, read off the split itself, so that a user pointing newsflow at a new paper
 * hears of a page that came apart wrong instead of finding out from its articles:
 * <ul>
 *   <li>one article holding a long page with no headline, or with sub-headings in it: a page of several articles read
 *       as one when nothing on it was recognised as a headline, a dateline or a byline;</li>
 *   <li>articles without a headline on a page whose other articles have one: a page prints a headline for each of
 *       its articles, so a boundary or a headline was likely missed;</li>
 *   <li>headline lines left over, given to no article: headlines the page prints where the splitter did not expect
 *       them;</li>
 *   <li>byline lines that credited no article: reporters credited where no article was read;</li>
 *   <li>articles whose text is a line or two that finishes no sentence: heading lines (a headline, a package's
 *       sub-heading) read as an article of their own;</li>
 *   <li>sub-heading-or-headline decisions close to even (see {@link Boundaries}).</li>
 * </ul>
 * Each lowers the confidence by a factor; a page below {@link #DOUBTFUL} is reported.
 *
 * @param confidence from 0 (the split is likely wrong) to 1 (nothing doubtful)
 * @param warnings   the reasons, one a line
 */
public record SplitDoubts(double confidence, List<String> warnings) {

    /** Below this confidence a page is reported as doubtful. */
    public static final double DOUBTFUL = 0.7;
    /** A single article of this many characters or more holds what is a page of several articles on most pages. */
    static final int LONG_PAGE_CHARS = 2500;
    /*
     * The factors, set by hand against DOUBTFUL: one article read from a whole page is doubtful alone. Any one other
     * sign leaves a page at or above it (a headline missing, an article holding no sentence, a byline unplaced, two
     * leftover headline lines, up to three close calls); two different signs bring it below, as do two missing
     * headlines, two articles holding no sentence or two unplaced bylines, three leftover lines or four close calls.
     */
    private static final double ONE_ARTICLE = 0.5;
    private static final double PER_HEADLINELESS = 0.8;
    /** Sub-headings in one long article that make it look like several articles read as one. */
    private static final int SUSPECT_SUBHEADINGS = 2;
    private static final double PER_ORPHAN = 0.85;
    private static final double PER_UNPLACED_BYLINE = 0.7;
    private static final double PER_SENTENCELESS = 0.8;
    /** Characters of a title and its subtitle: a text shorter, finishing no sentence, is heading lines. */
    static final int HEADING_CHARS = 40;
    private static final double PER_CLOSE_CALL = 0.9;
    /** Leftover headline lines a page may hold before it is doubtful: a teaser or a section label. */
    private static final int ORPHANS_ALLOWED = 1;

    public SplitDoubts {
        warnings = List.copyOf(warnings);
    }

    public boolean doubtful() {
        return isDoubtful(confidence);
    }

    /** A split trusted this much is doubtful: a user should look at the page. */
    public static boolean isDoubtful(double confidence) {
        return confidence < DOUBTFUL;
    }

    /** The article's text is a line or two of heading: short, and no sentence in it finished. */
    private static boolean holdsNoSentence(Article a) {
        String text = a.text();
        return Text.contentLength(text, HEADING_CHARS) < HEADING_CHARS && !Text.containsAny(text, Text.SENTENCE_END)
                && !isList(a);
    }

    /** The article's text is a list, a row of names to a paragraph (a 名单): no heading lines, though no sentence. */
    private static boolean isList(Article a) {
        return !a.paragraphs().isEmpty() && Headlines.isListRow(a.paragraphs().get(0));
    }

    private static boolean readsAsSeveral(Article a) {
        return Text.contentLength(a.text()) >= LONG_PAGE_CHARS
                && (a.headline() == null || Headlines.innerSubheadings(a.paragraphs()).size() >= SUSPECT_SUBHEADINGS);
    }

    /** The doubts of a split: its articles, the headline lines left over, unplaced bylines and close calls. */
    static SplitDoubts of(List<Article> articles, List<String> orphans, List<String> unplacedBylines, int closeCalls) {
        double confidence = 1;
        List<String> warnings = new ArrayList<>();
        if (articles.size() == 1 && readsAsSeveral(articles.get(0))) {
            confidence *= ONE_ARTICLE;
            warnings.add("one article spans the whole page (" + Text.contentLength(articles.get(0).text())
                    + " characters)");
        }
        long headlineless = articles.stream().filter(a -> a.headline() == null).count();
        if (headlineless > 0 && headlineless < articles.size()) {
            confidence *= Math.pow(PER_HEADLINELESS, headlineless);
            warnings.add(headlineless + " of " + articles.size() + " articles have no headline while the others do");
        }
        if (orphans.size() > ORPHANS_ALLOWED) {
            confidence *= Math.pow(PER_ORPHAN, orphans.size());
            warnings.add(orphans.size() + " headline lines belong to no article");
        }
        if (!unplacedBylines.isEmpty()) {
            confidence *= Math.pow(PER_UNPLACED_BYLINE, unplacedBylines.size());
            warnings.add("byline credited no article: " + String.join("; ", unplacedBylines));
        }
        long sentenceless = articles.stream().filter(SplitDoubts::holdsNoSentence).count();
        if (sentenceless > 0) {
            confidence *= Math.pow(PER_SENTENCELESS, sentenceless);
            warnings.add(sentenceless + " of " + articles.size() + " articles are a line or two finishing no sentence, "
                    + "as heading lines are");
        }
        if (closeCalls > 1) {
            confidence *= Math.pow(PER_CLOSE_CALL, closeCalls);
            warnings.add(closeCalls + " sub-headings could as well be headlines of articles of their own");
        }
        return new SplitDoubts(Math.round(confidence * 100) / 100.0, warnings);
    }
}
