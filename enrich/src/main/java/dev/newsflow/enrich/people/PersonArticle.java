package dev.newsflow.enrich.people;

import dev.newsflow.schemas.EntityMention;

/**
 * One article a person appears in, as the people directory's {@code person-articles} store keeps it: where and
 * when it was printed, its headline, the person's title in it and how often the person is named there.
 *
 * @param date     edition date YYYY-MM-DD, null when unknown
 * @param headline the article's headline as one line, null when it has none
 * @param title    the first title the person was given in the article, null when none
 */
public record PersonArticle(String articleId, String paper, String date, String headline, String title, int mentions) {

    /** Separates the person's key, the date and the article id in a store key. */
    public static final char SEP = '\u0000';

    /** The first mention of a person in an article. */
    public static PersonArticle of(EntityMention m) {
        return new PersonArticle(m.getArticleId(), m.getPaper(), m.getDate(), m.getHeadline(), m.getTitle(), 1);
    }

    /** This entry with one more mention; a title given now fills a title not seen before. */
    public PersonArticle plus(EntityMention m) {
        return new PersonArticle(articleId, paper, date, headline, title != null ? title : m.getTitle(), mentions + 1);
    }

    /**
     * The store key of a person's article: {@code <person key>\0<date>\0<article id>}, so that a person's articles
     * are one range of keys, in date order (unknown dates first).
     */
    public static String key(String personKey, String date, String articleId) {
        return personKey + SEP + (date == null ? "" : date) + SEP + articleId;
    }

    /** The first key of a person's range (inclusive). */
    public static String first(String personKey) {
        return personKey + SEP;
    }

    /** The key just past a person's range (exclusive): every date starts with a character above {@code \1}. */
    public static String pastLast(String personKey) {
        return personKey + '\u0001';
    }
}
