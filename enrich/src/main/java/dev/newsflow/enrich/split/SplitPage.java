package dev.newsflow.enrich.split;

import java.util.List;

/**
 * What a page splits into.
 *
 * @param articles  the articles in reading order
 * @param furniture page furniture kept out of every article: mastheads, editor lists, hotlines, legal notices, prices
 * @param orphans   headline-like lines that belong to no article on this page (teasers, captions)
 * @param layout    "columns" for hard-wrapped narrow columns, "flowing" for one paragraph per line
 * @param doubts    what makes the split doubtful, and how much it is trusted
 */
public record SplitPage(List<Article> articles, List<String> furniture, List<String> orphans, String layout,
                        SplitDoubts doubts) {

    public SplitPage {
        articles = List.copyOf(articles);
        furniture = List.copyOf(furniture);
        orphans = List.copyOf(orphans);
    }

    /** How far the split is trusted, from 0 to 1: see {@link SplitDoubts}. */
    public double confidence() {
        return doubts.confidence();
    }

    /** Why the split is doubtful, one reason a line; empty when nothing is. */
    public List<String> warnings() {
        return doubts.warnings();
    }

    /** Doubtful enough that a user should look at the page. */
    public boolean doubtful() {
        return doubts.doubtful();
    }
}
