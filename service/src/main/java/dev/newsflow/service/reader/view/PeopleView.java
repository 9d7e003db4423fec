package dev.newsflow.service.reader.view;

import java.util.List;

import dev.newsflow.service.reader.query.PersonHit;

/** {@code /people?q=prefix}: the people whose names start with the prefix, most often in the news first. */
public record PeopleView(String title, String query, List<Row> people, boolean incomplete, boolean truncated) {

    /** A person found. */
    public record Row(String name, String link, long articles, long mentions, String titles) {
    }

    public static PeopleView of(String query, List<PersonHit> found, boolean incomplete, boolean truncated) {
        return new PeopleView(query.isEmpty() ? "People" : "People: " + query, query,
                found.stream().map(p -> new Row(p.name(), ReaderLinks.person(p.name()), p.articles(), p.mentions(),
                        String.join("、", p.titles()))).toList(), incomplete, truncated);
    }
}
