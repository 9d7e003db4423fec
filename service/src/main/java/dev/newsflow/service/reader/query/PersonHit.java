package dev.newsflow.service.reader.query;

import java.util.List;

import dev.newsflow.schemas.Person;

/** A person found by a name search: enough to list and rank. */
public record PersonHit(String name, long articles, long mentions, List<String> titles) {

    public static PersonHit of(Person p) {
        return new PersonHit(p.getName(), p.getArticles(), p.getMentions(), p.getTitles());
    }
}
