package dev.newsflow.enrich.split;

/** What sort of article a page holds; the names match the Avro enum ArticleKind. */
public enum ArticleKind {
    NEWS, FEATURE, OBITUARY, BRIEF, CONTINUATION, NOTICE;

    public String symbol() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
