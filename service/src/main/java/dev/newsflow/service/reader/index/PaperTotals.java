package dev.newsflow.service.reader.index;

/**
 * Totals of one paper: editions, pages received, articles and dead letters, first and last edition date. Each
 * partition of the papers store holds the totals of its own editions; a query adds up those of every partition
 * ({@link #plus(PaperTotals)}).
 *
 * @param paper     null for pages without a known paper and date
 * @param firstDate null when no edition of the paper has a date
 */
public record PaperTotals(String paper, long editions, long pages, long articles, long deadLetters, String firstDate,
                          String lastDate) {

    /** The key of a paper in the papers store ("" for the unknown paper). */
    public static String key(String paper) {
        return paper == null ? "" : paper;
    }

    public static PaperTotals none(String paper) {
        return new PaperTotals(paper, 0, 0, 0, 0, null, null);
    }

    /** These totals after an edition changed from {@code before} (null: new) to {@code after}. */
    public PaperTotals plus(EditionSummary before, EditionSummary after) {
        long newEdition = before == null ? 1 : 0;
        long pagesAdded = after.pagesReceived() - (before == null ? 0 : before.pagesReceived());
        long articlesAdded = after.articles() - (before == null ? 0 : before.articles());
        long lettersAdded = after.deadLetters() - (before == null ? 0 : before.deadLetters());
        return new PaperTotals(paper, editions + newEdition, pages + pagesAdded, articles + articlesAdded,
                deadLetters + lettersAdded, min(firstDate, after.date()), max(lastDate, after.date()));
    }

    /** The totals of two partitions together. */
    public PaperTotals plus(PaperTotals other) {
        return new PaperTotals(paper, editions + other.editions, pages + other.pages, articles + other.articles,
                deadLetters + other.deadLetters, min(firstDate, other.firstDate), max(lastDate, other.lastDate));
    }

    private static String min(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
