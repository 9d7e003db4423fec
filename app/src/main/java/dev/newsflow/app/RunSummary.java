package dev.newsflow.app;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.newsflow.json.PlainJson;

/**
 * The outcome of one {@code ./newsflow run}: printed as the last line of its output. Pages offered are
 * either processed or dead letters: {@code pages = processed + dead_letters}.
 *
 * @param pages           page files offered
 * @param published       pages new to the pipeline in this run
 * @param duplicates      pages offered again (same bytes as an earlier page); not published again
 * @param processed       offered pages that enrich split into articles
 * @param deadLetters     offered files that are no page (dead letters at ingest) or that enrich could not
 *                        read or split (dead letters with a page status saying so)
 * @param doubtful        processed pages whose split into articles is doubtful (each named on stderr with the reasons)
 * @param articles        articles of the offered pages in the output files
 * @param articleDeadLetters articles of the offered pages that a stage failed on: dead letters, not in the files
 * @param entities        entity mentions in those articles
 * @param duplicateArticles article ids found more than once in the output files (0 when exactly once held)
 */
public record RunSummary(int pages, long published, long duplicates, long processed, long deadLetters,
                         long doubtful, long articles, long articleDeadLetters, long entities, long duplicateArticles,
                         double seconds, String out) {

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pages", pages);
        m.put("published", published);
        m.put("duplicates", duplicates);
        m.put("processed", processed);
        m.put("dead_letters", deadLetters);
        m.put("doubtful_pages", doubtful);
        m.put("articles", articles);
        m.put("article_dead_letters", articleDeadLetters);
        m.put("entities", entities);
        m.put("duplicate_articles", duplicateArticles);
        m.put("seconds", Math.round(seconds * 100) / 100.0);
        m.put("out", out);
        try {
            return PlainJson.mapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
