package dev.newsflow.enrich.split;

import java.util.Arrays;

/**
 * The distinct character bigrams of a text's letters and digits (punctuation and spaces dropped), the unit
 * in which headlines and leads are compared. Each bigram is its two UTF-16 characters in one int, kept
 * sorted: building one is a sort, looking one up a binary search, and neither allocates per bigram.
 */
final class Bigrams {

    private static final Bigrams NONE = new Bigrams(new int[0]);

    private final int[] keys;

    private Bigrams(int[] keys) {
        this.keys = keys;
    }

    static Bigrams of(String s) {
        int[] clean = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int size = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                for (int k = 0; k < size; k++) {
                    clean[n++] = s.charAt(i + k);
                }
            }
            i += size;
        }
        if (n < 2) {
            return NONE;
        }
        int[] keys = new int[n - 1];
        for (int i = 0; i + 1 < n; i++) {
            keys[i] = clean[i] << 16 | clean[i + 1];
        }
        Arrays.sort(keys);
        int distinct = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i == 0 || keys[i] != keys[distinct - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return new Bigrams(Arrays.copyOf(keys, distinct));
    }

    boolean isEmpty() {
        return keys.length == 0;
    }

    int size() {
        return keys.length;
    }

    /** The i-th bigram, in the order of their keys. */
    int get(int i) {
        return keys[i];
    }

    boolean contains(int bigram) {
        return Arrays.binarySearch(keys, bigram) >= 0;
    }

    /** Share of this text's bigrams found in other; 0 for a text without any. */
    double shareIn(Bigrams other) {
        if (keys.length == 0) {
            return 0;
        }
        int found = 0;
        for (int k : keys) {
            if (other.contains(k)) {
                found++;
            }
        }
        return found / (double) keys.length;
    }
}
