package dev.newsflow.enrich.segment;

/** A half-open range [start, end) of a text. */
public record Span(int start, int end) {

    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
