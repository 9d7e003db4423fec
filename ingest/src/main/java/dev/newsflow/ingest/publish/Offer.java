package dev.newsflow.ingest.publish;

import java.nio.file.Path;

/**
 * What ingest did with one file offered to it.
 *
 * @param deadLetter the file is no page: a dead letter now, or (for a duplicate) when it was first offered;
 *                   enrich will never report on it
 */
public record Offer(Path file, Result result, String pageId, String detail, boolean deadLetter) {

    public enum Result {
        /** a new page, published */
        PUBLISHED,
        /** the same bytes were ingested before: nothing published */
        DUPLICATE,
        /** not a page of text: a dead letter published with the reason */
        DEAD_LETTER
    }
}
