package dev.newsflow.testkit.compose;

import java.util.List;

/**
 * What a reader finds of one article on a composed page, in the terms of the evaluation kit's gold files.
 *
 * @param first         the body's first characters (whitespace removed), dateline included
 * @param last          the body's last characters, without a trailing byline or continuation marker
 * @param headline      kicker, title and subtitle as printed, absent parts left out; empty when none
 * @param byline        the names credited
 * @param kind          news, brief or continuation
 * @param continuedFrom page of a （上接第N版） marker, else null
 */
public record GoldArticle(String first, String last, List<String> headline, List<String> byline, String kind,
                          Integer continuedFrom) {

    public GoldArticle {
        headline = List.copyOf(headline);
        byline = List.copyOf(byline);
    }
}
