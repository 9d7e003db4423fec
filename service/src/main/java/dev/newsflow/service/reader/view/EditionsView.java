package dev.newsflow.service.reader.view;

import java.util.Comparator;
import java.util.List;

import dev.newsflow.service.http.Links;
import dev.newsflow.service.reader.index.EditionSummary;
import dev.newsflow.service.reader.index.PaperTotals;
import dev.newsflow.service.reader.index.ReaderKeys;

/**
 * {@code /}: the papers with their totals, and one page of editions, newest first, with links to the newer and older
 * ones.
 *
 * @param incomplete some instance did not answer: the lists lack its editions
 */
public record EditionsView(String title, List<PaperRow> papers, long editions, long pages, long articles,
                           long deadLetters, List<EditionRow> rows, String newer, String older, boolean incomplete) {

    /** A paper's line. */
    public record PaperRow(String name, long editions, long pages, long articles, long deadLetters, String first,
                           String last) {
    }

    /** An edition's line. */
    public record EditionRow(String link, String date, String paper, int pages, int articles, int stories,
                             int deadLetters, boolean hasDeadLetters) {
    }

    /**
     * @param rows    the editions of this page, newest first
     * @param hasNewer whether there are editions newer than the first row; {@code hasOlder} older than the last
     */
    public static EditionsView of(List<PaperTotals> papers, List<EditionSummary> rows, boolean hasNewer,
                                  boolean hasOlder, boolean incomplete) {
        List<PaperRow> paperRows = papers.stream()
                .sorted(Comparator.comparing(PaperTotals::editions).reversed()
                        .thenComparing(p -> Labels.paper(p.paper())))
                .map(p -> new PaperRow(Labels.paper(p.paper()), p.editions(), p.pages(), p.articles(), p.deadLetters(),
                        Labels.date(p.firstDate()), Labels.date(p.lastDate())))
                .toList();
        String newer = hasNewer && !rows.isEmpty() ? "/?after=" + cursor(rows.get(0)) : null;
        String older = hasOlder && !rows.isEmpty() ? "/?before=" + cursor(rows.get(rows.size() - 1)) : null;
        return new EditionsView("Editions", paperRows, sum(papers, PaperTotals::editions),
                sum(papers, PaperTotals::pages), sum(papers, PaperTotals::articles),
                sum(papers, PaperTotals::deadLetters),
                rows.stream().map(EditionsView::row).toList(), newer, older, incomplete);
    }

    /** An edition's place in the list, for the links to the pages before and after it. */
    private static String cursor(EditionSummary s) {
        return Links.param(ReaderKeys.dated(s.edition()));
    }

    private static EditionRow row(EditionSummary s) {
        return new EditionRow(ReaderLinks.edition(s.edition()), Labels.date(s.date()), Labels.paper(s.paper()),
                s.pagesReceived(), s.articles(), s.stories(), s.deadLetters(), s.deadLetters() > 0);
    }

    private static long sum(List<PaperTotals> papers, java.util.function.ToLongFunction<PaperTotals> field) {
        return papers.stream().mapToLong(field).sum();
    }

    /** How many papers are listed. */
    public int paperCount() {
        return papers.size();
    }
}
