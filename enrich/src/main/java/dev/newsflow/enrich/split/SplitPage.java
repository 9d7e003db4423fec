package dev.newsflow.enrich.split;

import java.util.List;

/**
 * What a page splits into.
 *
 * @param articles  the articles in reading order
 * @param furniture page furniture kept out of every article: mastheads, editor lists, hotlines, legal notices, prices
 * @param orphans   headline-like lines that belong to no article on this page (teasers, captions)
 * @param layout    "columns" for hard-wrapped narrow columns, "flowing" for one paragraph per line
 */
public record SplitPage(List<Article> articles, List<String> furniture, List<String> orphans, String layout) {

    public SplitPage {
        articles = List.copyOf(articles);
        furniture = List.copyOf(furniture);
        orphans = List.copyOf(orphans);
    }
}
