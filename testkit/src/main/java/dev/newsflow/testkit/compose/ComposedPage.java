package dev.newsflow.testkit.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A composed page: its text as extraction gives it and the answers.
 *
 * @param text        the page text
 * @param articles    the articles in reading order
 * @param boilerplate lines that are furniture (edition lines, 责任编辑 lines, picture credits): none may end up in an
 *                    article's body or headline
 * @param conventions the conventions it was printed by, by name
 */
public record ComposedPage(String text, List<GoldArticle> articles, List<String> boilerplate,
                           Map<String, String> conventions) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ComposedPage {
        articles = List.copyOf(articles);
        boilerplate = List.copyOf(boilerplate);
        conventions = Map.copyOf(conventions);
    }

    /** The answers as a gold file of the evaluation kit (its score.py reads file, articles and boilerplate). */
    public String goldJson(String fileName) {
        Map<String, Object> gold = new LinkedHashMap<>();
        gold.put("file", fileName);
        gold.put("layout", conventions.get("layout"));
        gold.put("conventions", new java.util.TreeMap<>(conventions));
        gold.put("articles", articles.stream().map(ComposedPage::goldArticle).toList());
        gold.put("boilerplate", boilerplate);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(gold);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> goldArticle(GoldArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("first", a.first());
        m.put("last", a.last());
        m.put("headline", a.headline().isEmpty() ? null : a.headline());
        m.put("byline", a.byline());
        m.put("kind", a.kind());
        if (a.continuedFrom() != null) {
            m.put("continued_from", a.continuedFrom());
        }
        m.put("persons", Map.of());
        return m;
    }
}
