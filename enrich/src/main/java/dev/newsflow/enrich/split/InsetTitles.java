package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.List;

import dev.newsflow.enrich.split.HeadlineAssigner.ZoneLine;

/**
 * Titles printed in a column's text, on a page that sets its headlines apart. Where a page sets each headline block
 * apart from the columns, its extraction leaves a blank line above the block and one below it; a title printed as
 * one of a text's paragraphs (a package's next item under its own title, a section of a feature) runs on with the
 * lines around it. So on a page whose every headline before its text stands between blank lines, heading lines with
 * no blank line on either side are a title in the text above's article: the text under them goes on with that
 * article, unless a dateline or a continuation opens it. And where a headline's last lines stand after a blank line
 * and run on into the text with none, those lines are the text's first title, not part of the headline.
 *
 * <p>Pages that set blank lines as they fall (around some headlines, not others) show headlines apart on one side
 * only, and are left as they are.
 */
final class InsetTitles {

    /**
     * Headlines standing apart that a page shows before its blank lines are taken for its convention. A page that sets
     * a blank line on each side of a headline as often as not sets one headline apart on both sides in four: four in a
     * row by chance is one page in 256.
     */
    static final int MIN_APART = 4;

    private InsetTitles() {
    }

    /** How a headline stands to the blank lines around it. */
    private enum Standing { APART, ONE_SIDE, INSET, AFTER_TEXT }

    /**
     * @param standing how the headline stands
     * @param titleFrom where the last lines running on into the text begin (a blank line above them, none under them),
     *                  else 0
     */
    private record Setting(Standing standing, int titleFrom) {
    }

    /**
     * Folds the texts under titles run on in the text into the articles above them, and cuts a headline's last lines
     * run on into its text down to the text's first title, where the page sets its headlines apart. Headlines standing
     * after their texts are neither weighed nor folded.
     *
     * @param heads        the drafts heading articles, in page order
     * @param drafts       the page's drafts, merged by the boundaries
     * @param zones        the zones of heading lines, zone i standing before draft i
     * @param assigned     the headlines and sub-headings given to the drafts; changed where a headline's last lines
     *                     are the text's first title
     * @return the heads, without those whose text goes on with the article above (taken into it)
     */
    static List<Integer> fold(List<Integer> heads, List<Draft> drafts, List<List<ZoneLine>> zones,
                              HeadlineAssigner.Result assigned) {
        List<Setting> settings = new ArrayList<>();
        int apart = 0;
        int inset = 0;
        for (int i : heads) {
            Setting s = setting(assigned, i, zones.get(i), drafts.get(i));
            if (s.standing() == Standing.ONE_SIDE) {
                return heads;
            }
            settings.add(s);
            apart += s.standing() == Standing.APART ? 1 : 0;
            inset += s.standing() == Standing.INSET || s.titleFrom() > 0 ? 1 : 0;
        }
        if (apart < MIN_APART || inset == 0) {
            return heads;
        }
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < heads.size(); k++) {
            int i = heads.get(k);
            List<ZoneLine> headline = assigned.headlines().get(i);
            Draft d = drafts.get(i);
            Setting s = settings.get(k);
            if (s.standing() == Standing.INSET && !kept.isEmpty() && !Markers.opensArticle(d.firstParagraph())) {
                drafts.get(kept.get(kept.size() - 1)).absorb(title(headline, assigned.subheadings().get(i)), d);
                continue;
            }
            if (s.titleFrom() > 0) {
                List<ZoneLine> inText = headline.subList(s.titleFrom(), headline.size());
                assigned.subheadings().set(i, title(inText, assigned.subheadings().get(i)));
                assigned.headlines().set(i, new ArrayList<>(headline.subList(0, s.titleFrom())));
            }
            kept.add(i);
        }
        return kept;
    }

    /** How draft i's headline stands, when it stands before its text in the zone above it. */
    private static Setting setting(HeadlineAssigner.Result assigned, int i, List<ZoneLine> zoneAbove, Draft below) {
        List<ZoneLine> headline = assigned.headlines().get(i);
        if (!assigned.headed(i) || !zoneAbove.contains(headline.get(0))) {
            return new Setting(Standing.AFTER_TEXT, 0);
        }
        boolean blankAbove = headline.get(0).afterBlank();
        int titleFrom = below.afterBlank ? 0 : insetFrom(headline);
        if (below.afterBlank || titleFrom > 0) {
            return new Setting(blankAbove ? Standing.APART : Standing.ONE_SIDE, titleFrom);
        }
        return new Setting(blankAbove ? Standing.ONE_SIDE : Standing.INSET, 0);
    }

    /** Where the last lines of a headline begin after the last blank line inside it; 0 where none stands inside. */
    private static int insetFrom(List<ZoneLine> headline) {
        for (int j = headline.size() - 1; j > 0; j--) {
            if (headline.get(j).afterBlank()) {
                return j;
            }
        }
        return 0;
    }

    /** A title's lines as the text's paragraphs, before the sub-headings the assigner gave the text. */
    private static List<String> title(List<ZoneLine> lines, List<String> subheadings) {
        List<String> title = new ArrayList<>(lines.stream().map(ZoneLine::text).toList());
        title.addAll(subheadings);
        return title;
    }
}
