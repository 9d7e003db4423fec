package dev.newsflow.enrich.people;

import java.util.ArrayList;
import java.util.List;

import dev.newsflow.schemas.EntityMention;
import dev.newsflow.schemas.Person;

/**
 * The people directory's aggregation, as a pure function: what is known of a person after one more mention.
 * Titles, organizations and papers are kept distinct in the order first seen, dates distinct and ascending,
 * article ids distinct and oldest first (at most {@link #MAX_ARTICLE_IDS}, so that a person in the news every
 * day still fits in one record).
 */
public final class PersonDirectory {

    public static final int MAX_ARTICLE_IDS = 5000;

    private PersonDirectory() {
    }

    /** Nobody yet: the aggregation's starting value. */
    public static Person empty() {
        return Person.newBuilder().setName("").build();
    }

    /** {@code person} with {@code mention} added; {@code person} itself is left as it was. */
    public static Person add(Person person, EntityMention mention) {
        List<String> titles = withDistinct(person.getTitles(), mention.getTitle());
        List<String> organizations = withDistinct(person.getOrganizations(), mention.getOrganization());
        List<String> papers = withDistinct(person.getPapers(), mention.getPaper());
        List<String> dates = withSorted(person.getDates(), mention.getDate());
        List<String> articleIds = new ArrayList<>(person.getArticleIds());
        long articles = person.getArticles();
        if (!articleIds.contains(mention.getArticleId())) {
            articleIds.add(mention.getArticleId());
            articles++;
            if (articleIds.size() > MAX_ARTICLE_IDS) {
                articleIds.remove(0);
            }
        }
        return Person.newBuilder()
                .setName(mention.getEntity())
                .setTitles(titles)
                .setOrganizations(organizations)
                .setDates(dates)
                .setPapers(papers)
                .setArticleIds(articleIds)
                .setArticles(articles)
                .setMentions(person.getMentions() + 1)
                .build();
    }

    private static List<String> withDistinct(List<String> values, String value) {
        List<String> out = new ArrayList<>(values);
        if (value != null && !value.isBlank() && !out.contains(value)) {
            out.add(value);
        }
        return out;
    }

    private static List<String> withSorted(List<String> values, String value) {
        List<String> out = withDistinct(values, value);
        out.sort(null);
        return out;
    }
}
