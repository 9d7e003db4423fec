package dev.newsflow.ingest.edition;

/** What a page file says of its edition; any part may be unknown (null). */
public record Edition(String paper, String date, Integer page) {

    public static final Edition UNKNOWN = new Edition(null, null, null);

    /** This edition with the gaps filled from {@code other}. */
    public Edition orElse(Edition other) {
        return new Edition(paper != null ? paper : other.paper,
                date != null ? date : other.date,
                page != null ? page : other.page);
    }

    public boolean isComplete() {
        return paper != null && date != null && page != null;
    }
}
