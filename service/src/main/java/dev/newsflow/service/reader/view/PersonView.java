package dev.newsflow.service.reader.view;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.newsflow.enrich.people.PersonArticle;
import dev.newsflow.schemas.Person;
import dev.newsflow.topics.EditionKey;

/**
 * {@code /people/{name}} in a browser: the titles, organizations and papers a person was seen with, a chart of
 * mentions over time, and the person's articles, newest first, a page at a time.
 */
public record PersonView(String title, String name, long articles, long mentions, List<String> titles,
                         List<String> organizations, List<String> papers, String firstDate, String lastDate,
                         MentionChart.Chart chart, List<Row> rows, String newer, String older, int page, int pages) {

    /** Articles listed on one page of the person view. */
    public static final int PAGE_SIZE = 50;

    /** One of the person's articles. */
    public record Row(String date, String paper, String link, String headline, String titleThere, int mentions) {
    }

    /**
     * @param all  the person's articles as the people directory keeps them, oldest first
     * @param page which page of the list, 0 the newest
     */
    public static PersonView of(Person p, List<PersonArticle> all, int page) {
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        int to = all.size() - shown * PAGE_SIZE;
        List<Row> rows = new ArrayList<>();
        for (int i = to - 1; i >= Math.max(0, to - PAGE_SIZE); i--) {
            rows.add(row(all.get(i)));
        }
        String base = ReaderLinks.person(p.getName()) + "?page=";
        return new PersonView(p.getName(), p.getName(), p.getArticles(), p.getMentions(), p.getTitles(),
                p.getOrganizations(), p.getPapers(), p.getDates().isEmpty() ? null : p.getDates().get(0),
                p.getDates().isEmpty() ? null : p.getDates().get(p.getDates().size() - 1), MentionChart.of(byDay(all)),
                rows, shown > 0 ? base + (shown - 1) : null, shown < pages - 1 ? base + (shown + 1) : null,
                shown + 1, pages);
    }

    private static Row row(PersonArticle a) {
        String edition = EditionKey.of(a.paper(), a.date(), pageId(a.articleId()));
        return new Row(Labels.date(a.date()), Labels.paper(a.paper()), ReaderLinks.article(edition, a.articleId()),
                a.headline() == null ? "(no headline) " + a.articleId() : a.headline(), a.title(), a.mentions());
    }

    /** The page id of an article id {@code <page id>-NN}. */
    static String pageId(String articleId) {
        int dash = articleId.lastIndexOf('-');
        return dash < 0 ? articleId : articleId.substring(0, dash);
    }

    /** Mentions per edition date; articles without a readable date are left out of the chart. */
    static Map<LocalDate, Long> byDay(List<PersonArticle> all) {
        Map<LocalDate, Long> days = new TreeMap<>();
        for (PersonArticle a : all) {
            if (a.date() == null) {
                continue;
            }
            try {
                days.merge(LocalDate.parse(a.date()), (long) a.mentions(), Long::sum);
            } catch (DateTimeParseException undated) {
                // no readable date, no bar
            }
        }
        return days;
    }
}
