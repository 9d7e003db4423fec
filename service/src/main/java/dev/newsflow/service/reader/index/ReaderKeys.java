package dev.newsflow.service.reader.index;

import dev.newsflow.topics.EditionKey;

/**
 * Keys of the reader's stores. Every store is partitioned by edition, as the raw pages are: a key starts with the
 * edition key ({@code paper/date}, or {@code unknown/<page id>}, see {@link EditionKey}), so that an edition's pages,
 * articles, stories and dead letters are one range of keys in one partition, and the partition of any key is found
 * from its edition alone ({@link EditionPartitioner}).
 */
public final class ReaderKeys {

    /** Separates the edition from the rest of a key; below every character of a name, a date or an id. */
    public static final char SEP = '\u0000';

    private ReaderKeys() {
    }

    /** The key of an item of an edition: {@code <edition>\0<id>}. */
    public static String of(String edition, String id) {
        return edition + SEP + id;
    }

    /** The first key of an edition's items. */
    public static String first(String edition) {
        return edition + SEP;
    }

    /** The key just past an edition's items: {@code \1} sorts right after the separator. */
    public static String pastLast(String edition) {
        return edition + '\u0001';
    }

    /** The edition of an item's key. */
    public static String editionOf(String key) {
        int sep = key.indexOf(SEP);
        return sep < 0 ? key : key.substring(0, sep);
    }

    /** The id part of an item's key. */
    public static String idOf(String key) {
        return key.substring(key.indexOf(SEP) + 1);
    }

    /**
     * The key of an edition in the editions store: {@code <date>\0<edition>}, so that the store lists editions by
     * date (editions of one day by paper), newest last; editions without a known date sort first, as the oldest.
     */
    public static String dated(String edition) {
        return dateOf(edition) + SEP + edition;
    }

    /** The edition of an editions-store key. */
    public static String editionOfDated(String datedKey) {
        return idOf(datedKey);
    }

    /** The date of an edition key, "" for an edition without a known paper and date. */
    public static String dateOf(String edition) {
        if (!EditionKey.isKnownEdition(edition)) {
            return "";
        }
        return edition.substring(edition.lastIndexOf('/') + 1);
    }

    /** The paper of an edition key, null for an edition without a known paper and date. */
    public static String paperOf(String edition) {
        if (!EditionKey.isKnownEdition(edition) || edition.lastIndexOf('/') < 0) {
            return null;
        }
        return edition.substring(0, edition.lastIndexOf('/'));
    }
}
