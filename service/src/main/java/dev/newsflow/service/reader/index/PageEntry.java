package dev.newsflow.service.reader.index;

/**
 * A page of an edition as the edition's summary lists it.
 *
 * @param number     page number, null when unknown
 * @param file       base name of the page's file
 * @param received   whether the raw page itself was indexed (a page known only from its articles or its dead letter
 *                   is not)
 * @param articles   articles of the page on the articles topic
 * @param deadLetter the reason the page, or one of its articles, became a dead letter; null when none did
 */
public record PageEntry(String id, Integer number, String file, boolean received, int articles, String deadLetter) {

    static PageEntry unseen(String id, Integer number, String file) {
        return new PageEntry(id, number, file == null ? "" : file, false, 0, null);
    }

    PageEntry received(Integer number, String file) {
        return new PageEntry(id, number != null ? number : this.number, file, true, articles, deadLetter);
    }

    PageEntry plusArticle() {
        return new PageEntry(id, number, file, received, articles + 1, deadLetter);
    }

    PageEntry withDeadLetter(String reason) {
        return new PageEntry(id, number, file, received, articles, deadLetter != null ? deadLetter : reason);
    }

    /** Pages in print order: by number, unnumbered last, then by id. */
    static int compare(PageEntry a, PageEntry b) {
        int byNumber = Integer.compare(a.number == null ? Integer.MAX_VALUE : a.number,
                b.number == null ? Integer.MAX_VALUE : b.number);
        return byNumber != 0 ? byNumber : a.id.compareTo(b.id);
    }
}
