package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.List;

/**
 * The character bigrams of a page's drafts, and in how many drafts each occurs: a bigram found in every article
 * (的发, 工作) says nothing of which article a text belongs to; one found in two says much.
 */
final class PageBigrams {

    private final List<Bigrams> drafts = new ArrayList<>();

    PageBigrams(List<String> texts) {
        for (String t : texts) {
            drafts.add(Bigrams.of(t));
        }
    }

    /** In how many of the page's drafts the bigram occurs (at least 1: it occurs in the text asked about). */
    int documentFrequency(int bigram) {
        int n = 0;
        for (Bigrams d : drafts) {
            if (d.contains(bigram)) {
                n++;
            }
        }
        return Math.max(1, n);
    }

    /**
     * How much of {@code b}'s wording {@code a} shares, each bigram weighted by how rare it is on the page
     * (1 / document frequency): 0 when nothing is shared, 1 when all of it is.
     */
    double cohesion(String a, String b) {
        Bigrams left = Bigrams.of(a);
        int[] right = Bigrams.of(b).toArray();
        double shared = 0;
        double all = 0;
        for (int g : right) {
            double w = 1.0 / documentFrequency(g);
            all += w;
            if (left.contains(g)) {
                shared += w;
            }
        }
        return all == 0 ? 0 : shared / all;
    }
}
