package dev.newsflow.topics;

/**
 * Key of a raw page on its topic: {@code paper/date}, so that every page of one edition lands on the same
 * partition (and a stateful stage keyed by edition needs no repartitioning). A page whose paper or date is
 * unknown belongs to no known edition and is keyed {@code unknown/<page id>}.
 */
public final class EditionKey {

    private static final String UNKNOWN = "unknown/";

    private EditionKey() {
    }

    public static String of(String paper, String date, String pageId) {
        if (paper == null || paper.isBlank() || date == null || date.isBlank()) {
            return UNKNOWN + pageId;
        }
        return paper + "/" + date;
    }

    public static boolean isKnownEdition(String key) {
        return key != null && !key.startsWith(UNKNOWN);
    }
}
