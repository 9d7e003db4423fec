package dev.newsflow.service.reader.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the reader knows of one edition: its pages (received, or known from their articles or dead letters), and
 * how many articles, stitched stories and dead letters it has. Kept in the editions store; a pure value, changed by
 * returning a new one.
 *
 * @param edition the edition key ({@code paper/date} or {@code unknown/<page id>})
 * @param paper   null when unknown
 * @param date    YYYY-MM-DD, null when unknown
 * @param pages   in print order
 */
public record EditionSummary(String edition, String paper, String date, List<PageEntry> pages, int articles,
                             int stories, int deadLetters) {

    public EditionSummary {
        pages = List.copyOf(pages);
    }

    public static EditionSummary empty(String edition) {
        return new EditionSummary(edition, ReaderKeys.paperOf(edition), emptyToNull(ReaderKeys.dateOf(edition)),
                List.of(), 0, 0, 0);
    }

    /** Pages received (the raw page itself indexed). */
    public int pagesReceived() {
        return (int) pages.stream().filter(PageEntry::received).count();
    }

    /** The page of that id, or null. */
    public PageEntry page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** The raw page itself arrived. */
    public EditionSummary withPage(String id, Integer number, String file) {
        return withEntry(id, number, file, e -> e.received(number, file));
    }

    /** A new article of the page arrived. */
    public EditionSummary withArticle(String pageId, Integer number, String file) {
        EditionSummary s = withEntry(pageId, number, file, PageEntry::plusArticle);
        return new EditionSummary(edition, paper, date, s.pages, articles + 1, stories, deadLetters);
    }

    public EditionSummary withStory() {
        return new EditionSummary(edition, paper, date, pages, articles, stories + 1, deadLetters);
    }

    /** A new dead letter arrived; {@code pageId} null when it concerns no known page. */
    public EditionSummary withDeadLetter(String pageId, Integer number, String file, String reason) {
        EditionSummary s = pageId == null ? this : withEntry(pageId, number, file, e -> e.withDeadLetter(reason));
        return new EditionSummary(edition, paper, date, s.pages, articles, stories, deadLetters + 1);
    }

    private EditionSummary withEntry(String id, Integer number, String file, UnaryOperator<PageEntry> change) {
        List<PageEntry> changed = new ArrayList<>(pages);
        PageEntry known = page(id);
        if (known != null) {
            changed.remove(known);
        }
        changed.add(change.apply(known != null ? known : PageEntry.unseen(id, number, file)));
        changed.sort(PageEntry::compare);
        return new EditionSummary(edition, paper, date, changed, articles, stories, deadLetters);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
