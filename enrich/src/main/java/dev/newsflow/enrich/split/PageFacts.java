package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.List;

import dev.newsflow.enrich.split.HeadlineAssigner.ZoneLine;

/**
 * What a whole page shows of its own conventions, read before any boundary inside an article is decided: how many of
 * its articles open with a mark (a dateline, a byline line) or close with one, which heading lines stood inside
 * running articles, and the bigrams of every draft.
 */
final class PageFacts {

    /** Two headings are shaped alike when their lengths differ by no more than this (characters). */
    private static final int ALIKE_CHARS = 2;
    /**
     * Marks that quote words (“” ‘’ 《》): a heading quotes what its section is about, so its siblings quote other
     * words or none. Clause marks (，：——) and brackets show how the headings are built, and they stay.
     */
    private static final String QUOTING = "“”‘’\"'《》";

    private final PageBigrams bigrams;
    private final double markedShare;
    private final double endShare;
    private final double paragraphsApart;
    private final List<String> headings = new ArrayList<>();

    PageFacts(List<Draft> drafts, List<List<ZoneLine>> zones) {
        bigrams = new PageBigrams(drafts.stream().map(Draft::body).toList());
        int marked = 0;
        int ended = 0;
        int starts = 0;
        int startsApart = 0;

        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            marked += d.startMarked ? 1 : 0;
            ended += d.endMarked ? 1 : 0;
            starts += d.paragraphStarts;
            startsApart += d.paragraphStartsAfterBlank;
            if (i > 0 && drafts.get(i - 1).closedByHeading) {
                headings.add(HeadlineAssigner.text(zones.get(i)));
            }
        }
        markedShare = drafts.isEmpty() ? 0 : marked / (double) drafts.size();
        endShare = drafts.isEmpty() ? 0 : ended / (double) drafts.size();
        paragraphsApart = starts == 0 ? 0 : startsApart / (double) starts;
    }

    /** Blank lines stand right above the heading lines and right below them. */
    static boolean isApart(List<ZoneLine> zone, Draft below) {
        return !zone.isEmpty() && zone.get(0).afterBlank() && below.afterBlank;
    }

    /** Share of the page's paragraphs that begin after a blank line: how much a blank line sets anything apart. */
    double paragraphsApart() {
        return paragraphsApart;
    }

    PageBigrams bigrams() {
        return bigrams;
    }

    double markedShare() {
        return markedShare;
    }

    double endShare() {
        return endShare;
    }

    /**
     * Other headings inside running articles shaped like this one: about as long, with the same punctuation but for
     * quoting marks.
     */
    int siblings(String heading) {
        int n = 0;
        for (String other : headings) {
            if (!other.equals(heading) && alike(heading, other)) {
                n++;
            }
        }
        return n;
    }

    /** Two headings shaped alike: about as long, with the same punctuation but for quoting marks. */
    static boolean alike(String heading, String other) {
        return Math.abs(Text.contentLength(other) - Text.contentLength(heading)) <= ALIKE_CHARS
                && punctuation(other).equals(punctuation(heading));
    }

    static String punctuation(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && QUOTING.indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
