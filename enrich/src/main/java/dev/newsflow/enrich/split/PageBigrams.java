package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.List;

/**
 * The character bigrams of a page's drafts, and in how many drafts each occurs: a bigram found in every article
 * (的发, 工作) says nothing of which article a text belongs to; one found in two says much.
 */
final class PageBigrams {

    private final List<Bigrams> drafts = new ArrayList<>();
    /** Bigram → drafts it occurs in, in an open-addressing table (keys never 0: see {@link Bigrams}). */
    private final int[] keys;
    private final int[] counts;
    /**
     * Per draft, aligned with its own table ({@link Bigrams#slots}): the page's slot of each of its bigrams, found
     * once as the page is counted, so that weighing a draft's wording asks no table again.
     */
    private final List<int[]> pageSlots = new ArrayList<>();

    PageBigrams(List<String> texts) {
        int total = 0;
        for (String t : texts) {
            Bigrams b = Bigrams.of(t);
            drafts.add(b);
            total += b.size();
        }
        int capacity = Integer.highestOneBit(Math.max(4, total * 2 - 1)) << 1;
        keys = new int[capacity];
        counts = new int[capacity];
        for (Bigrams b : drafts) {
            int[] table = b.slots();
            int[] at = new int[table.length];
            for (int k = 0; k < table.length; k++) {
                if (table[k] != 0) {
                    at[k] = slot(table[k]);
                    counts[at[k]]++;
                }
            }
            pageSlots.add(at);
        }
    }

    /** The bigrams of draft i, as built for the page. */
    Bigrams of(int draft) {
        return drafts.get(draft);
    }

    /** In how many of the page's drafts the bigram occurs (at least 1: it occurs in the text asked about). */
    int documentFrequency(int bigram) {
        int slot = Bigrams.probe(keys, bigram);
        return keys[slot] == bigram ? Math.max(1, counts[slot]) : 1;
    }

    /** The page's slots of a draft's own table's bigrams, when the table is a draft's; else null. */
    private int[] draftSlots(Bigrams grams) {
        for (int d = 0; d < drafts.size(); d++) {
            if (drafts.get(d) == grams) {
                return pageSlots.get(d);
            }
        }
        return null;
    }

    /** The slot of a bigram, taken for it when it has none yet. */
    private int slot(int bigram) {
        int slot = Bigrams.probe(keys, bigram);
        keys[slot] = bigram;
        return slot;
    }

    /**
     * How much of {@code right}'s wording {@code left} shares, each bigram weighted by how rare it is on the page
     * (1 / document frequency): 0 when nothing is shared, 1 when all of it is. Bigrams with a digit are left out:
     * reports of the same day share dates and figures (2月18日) whatever their subjects.
     */
    double cohesion(Bigrams left, Bigrams right) {
        int[] at = draftSlots(right);
        int[] table = right.slots();
        double shared = 0;
        double all = 0;
        for (int k = 0; k < table.length; k++) {
            int g = table[k];
            if (g == 0 || Text.isDigit((char) (g >>> 16)) || Text.isDigit((char) g)) {
                continue;
            }
            double w = 1.0 / (at == null ? documentFrequency(g) : Math.max(1, counts[at[k]]));
            all += w;
            if (left.contains(g)) {
                shared += w;
            }
        }
        return all == 0 ? 0 : shared / all;
    }
}
