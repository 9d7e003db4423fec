package dev.newsflow.enrich.split;

/**
 * The distinct character bigrams of a text's letters and digits (punctuation and spaces dropped), the unit
 * in which headlines and leads are compared. Each bigram is its two UTF-16 characters in one int (never 0:
 * both are letters or digits), kept in an open-addressing hash table: building one is a pass over the
 * text, looking one up a probe or two, and neither allocates per bigram.
 */
final class Bigrams {

    private static final Bigrams NONE = new Bigrams(new int[1], 0);

    /**
     * Slots; 0 is an empty one. The length is a power of two above 4/3 of the text's length, so at most three slots
     * in four are taken (a text has fewer distinct bigrams than characters): a probe or two finds a bigram, and
     * reading every slot reads little more than the bigrams.
     */
    private final int[] table;
    private final int size;

    private Bigrams(int[] table, int size) {
        this.table = table;
        this.size = size;
    }

    static Bigrams of(String s) {
        int length = s.length();
        int[] table = new int[Math.max(4, Integer.highestOneBit(Math.max(1, length * 4 / 3)) << 1)];
        int size = 0;
        // the unit before, 0 before the first letter or digit: no bigram ends there (a unit is never 0)
        char previous = 0;
        for (int i = 0; i < length; ) {
            char c = s.charAt(i);
            // a common Han character is one unit of a letter: most of a page's, answered without a Unicode lookup
            int units = Text.isCommonHan(c) ? 1 : letterUnits(s, i, length);
            int chars = Math.abs(units);
            for (int k = 0; k < units; k++) {
                char unit = s.charAt(i + k);
                if (previous != 0 && add(table, previous << 16 | unit)) {
                    size++;
                }
                previous = unit;
            }
            i += chars;
        }
        return size == 0 ? NONE : new Bigrams(table, size);
    }

    /**
     * The UTF-16 units of the character at i (not a common Han one, which {@link #of} reads itself): positive when it
     * is a letter or digit, negative when not. A letter or digit outside the BMP takes both its units, each a unit of
     * its own in the bigrams.
     */
    private static int letterUnits(String s, int i, int length) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
            return Character.isLetterOrDigit(s.codePointAt(i)) ? 2 : -2;
        }
        return Character.isLetterOrDigit(c) ? 1 : -1;
    }

    private static boolean add(int[] table, int key) {
        int slot = probe(table, key);
        if (table[slot] == key) {
            return false;
        }
        table[slot] = key;
        return true;
    }

    /**
     * In an open-addressing table of bigrams (a power of two long, 0 an empty slot, never full): the slot holding the
     * key, else the empty slot where it belongs. The page's tables ({@link PageBigrams}) probe the same way.
     */
    static int probe(int[] table, int key) {
        int mask = table.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            int held = table[slot];
            if (held == key || held == 0) {
                return slot;
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    int size() {
        return size;
    }

    /** The bigrams, in table order. */
    int[] toArray() {
        int[] out = new int[size];
        int k = 0;
        for (int key : table) {
            if (key != 0) {
                out[k++] = key;
            }
        }
        return out;
    }

    boolean contains(int bigram) {
        return table[probe(table, bigram)] == bigram;
    }

    /** The table itself, in table order: 0 is an empty slot. For callers that only read it, without a copy. */
    int[] slots() {
        return table;
    }

    /** Share of this text's bigrams found in other; 0 for a text without any. */
    double shareIn(Bigrams other) {
        if (size == 0) {
            return 0;
        }
        int found = 0;
        for (int key : table) {
            if (key != 0 && other.contains(key)) {
                found++;
            }
        }
        return found / (double) size;
    }
}
