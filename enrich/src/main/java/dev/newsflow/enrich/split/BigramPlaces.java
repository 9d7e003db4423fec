package dev.newsflow.enrich.split;

import java.util.Arrays;
import java.util.List;

/**
 * Where the bigrams of a page's headline lines occur among its articles: in the lead, elsewhere in the body or not
 * at all, and in how many bodies. Each bigram is looked up in every article once and given an index; after that its
 * places are read from flat arrays by that index, as the assigner's dynamic program weighs the same headline groups
 * against the same articles many times over.
 */
final class BigramPlaces {

    static final byte IN_LEAD = 2;
    static final byte IN_BODY = 1;
    /** Bigrams a page's headline lines hold, to begin with: the tables double when they fill. */
    private static final int INITIAL_BIGRAMS = 256;

    private final List<Bigrams> leads;
    private final List<Bigrams> bodies;
    private final int articles;
    /** Bigram → its index + 1, in an open-addressing table (keys never 0: see {@link Bigrams}); at most half full. */
    private int[] keys = new int[INITIAL_BIGRAMS * 2];
    private int[] indexes = new int[INITIAL_BIGRAMS * 2];
    /** Per index, per article: IN_LEAD, IN_BODY or 0, at index * articles + article. */
    private byte[] where;
    private int[] bodyCounts = new int[INITIAL_BIGRAMS];
    private int count;

    /** Each lead's text is part of the body's text at the same place (its first characters after any opener). */
    BigramPlaces(List<Bigrams> leads, List<Bigrams> bodies) {
        this.leads = leads;
        this.bodies = bodies;
        this.articles = bodies.size();
        this.where = new byte[INITIAL_BIGRAMS * Math.max(1, articles)];
    }

    /** The index of a bigram, its places looked up in every article the first time it is asked for. */
    int index(int bigram) {
        int slot = Bigrams.probe(keys, bigram);
        if (keys[slot] == bigram) {
            return indexes[slot] - 1;
        }
        int index = count++;
        keys[slot] = bigram;
        indexes[slot] = index + 1;
        if (index == bodyCounts.length) {
            bodyCounts = Arrays.copyOf(bodyCounts, index * 2);
            where = Arrays.copyOf(where, index * 2 * Math.max(1, articles));
        }
        int in = 0;
        for (int a = 0; a < articles; a++) {
            boolean inBody = bodies.get(a).contains(bigram);
            in += inBody ? 1 : 0;
            // a lead is the start of its body's text: what is not in the body is not in the lead either
            where[index * articles + a] = !inBody ? 0 : leads.get(a).contains(bigram) ? IN_LEAD : IN_BODY;
        }
        bodyCounts[index] = in;
        if (count * 2 > keys.length) {
            rehash();
        }
        return index;
    }

    /** Where the bigram of this index occurs in article a: {@link #IN_LEAD}, {@link #IN_BODY} or 0. */
    byte where(int index, int article) {
        return where[index * articles + article];
    }

    /** In how many article bodies the bigram of this index occurs. */
    int bodies(int index) {
        return bodyCounts[index];
    }

    private void rehash() {
        int[] oldKeys = keys;
        int[] oldIndexes = indexes;
        keys = new int[oldKeys.length * 2];
        indexes = new int[oldKeys.length * 2];
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != 0) {
                int slot = Bigrams.probe(keys, oldKeys[s]);
                keys[slot] = oldKeys[s];
                indexes[slot] = oldIndexes[s];
            }
        }
    }
}
