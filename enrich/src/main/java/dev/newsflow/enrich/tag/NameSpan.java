package dev.newsflow.enrich.tag;

/** Where a name was read: characters [start, end) of the text, and the index of its last token. */
record NameSpan(int start, int end, int lastToken) {

    String of(String text) {
        return text.substring(start, end);
    }
}
