package dev.newsflow.enrich.split;

/**
 * The distinct character bigrams of a text's letters and digits (punctuation and spaces dropped), the unit
 * in which headlines and leads are compared. Each bigram is its two UTF-16 characters in one int (never 0:
 * both are letters or digits), kept in an open-addressing hash table: building one is a pass over the
 * text, looking one up a probe or two, and neither allocates per bigram.
 */
final class Bigrams {

    private static final Bigrams NONE = new Bigrams(new int[1], 0);

    /** Slots; 0 is an empty one. The length is a power of two at least twice the number of bigrams. */
    private final int[] table;
    private final int size;

    private Bigrams(int[] table, int size) {
        this.table = table;
        this.size = size;
    }

    static Bigrams of(String s) {
        char previous = 0;
        boolean started = false;
        int[] table = null;
        int size = 0;
        int length = s.length();
        for (int i = 0; i < length; ) {
            char c = s.charAt(i);
            // a letter or digit outside the BMP takes both its UTF-16 characters, each a unit of its own
            boolean pair = Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1));
            int chars = pair ? 2 : 1;
            boolean counts = chars == 1 ? Character.isLetterOrDigit(c) : Character.isLetterOrDigit(s.codePointAt(i));
            if (counts) {
                for (int k = 0; k < chars; k++) {
                    char unit = s.charAt(i + k);
                    if (started) {
                        if (table == null) {
                            table = new int[Math.max(4, Integer.highestOneBit(Math.max(1, length) * 2 - 1) << 1)];
                        }
                        if (add(table, previous << 16 | unit)) {
                            size++;
                        }
                    }
                    previous = unit;
                    started = true;
                }
            }
            i += chars;
        }
        return table == null ? NONE : new Bigrams(table, size);
    }

    private static boolean add(int[] table, int key) {
        int mask = table.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (table[slot] == key) {
                return false;
            }
            if (table[slot] == 0) {
                table[slot] = key;
                return true;
            }
        }
    }

    static int mix(int key) {
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
        int mask = table.length - 1;
        for (int slot = mix(bigram) & mask; ; slot = (slot + 1) & mask) {
            if (table[slot] == bigram) {
                return true;
            }
            if (table[slot] == 0) {
                return false;
            }
        }
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
