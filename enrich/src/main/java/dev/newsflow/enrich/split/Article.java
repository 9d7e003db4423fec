package dev.newsflow.enrich.split;

import java.util.List;

/**
 * One article cut out of a page.
 *
 * @param position      0-based position on the page, in reading order
 * @param headline      null when the page carries no headline for it
 * @param bylines       reporters or agencies credited
 * @param paragraphs    body paragraphs with column line breaks removed; no headline, no byline
 * @param kind          news, feature, obituary, brief, continuation or notice
 * @param continuedFrom page number of a （上接第N版） marker opening the body (of 上接A1版, without its section's
 *                      letter), else null
 * @param continuedTo   page number of a （下转第N版） marker ending the body (likewise), else null
 */
public record Article(int position, Headline headline, List<String> bylines, List<String> paragraphs,
                      ArticleKind kind, Integer continuedFrom, Integer continuedTo) {

    public Article {
        bylines = List.copyOf(bylines);
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body: paragraphs separated by a newline. */
    public String text() {
        return String.join("\n", paragraphs);
    }

    public Article withHeadline(Headline h) {
        return new Article(position, h, bylines, paragraphs, kind, continuedFrom, continuedTo);
    }

    public Article withKind(ArticleKind k) {
        return new Article(position, headline, bylines, paragraphs, k, continuedFrom, continuedTo);
    }
}
