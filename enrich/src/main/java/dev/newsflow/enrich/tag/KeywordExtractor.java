package dev.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;

import dev.newsflow.enrich.segment.Segmentation;
import dev.newsflow.enrich.segment.Token;

/**
 * Keywords by TextRank (Mihalcea and Tarau 2004) over the words of the segmented text: nouns, verbs and
 * names of two characters or more, HanLP's stop words removed, linked when they occur within a window of
 * five words; PageRank with damping 0.85. Runs on the segmentation the pipeline already has, so the text
 * is not segmented twice.
 */
public final class KeywordExtractor {

    private static final int WINDOW = 5;
    private static final int ITERATIONS = 30;
    private static final double DAMPING = 0.85;
    private static final Set<String> GENERIC = Set.of("工作", "进行", "开展", "推进", "推动", "加强", "坚持", "提升", "发展",
            "建设", "实现", "表示", "指出", "强调", "要求", "方面", "情况", "问题", "有关", "相关", "重要", "更加", "进一步");

    private KeywordExtractor() {
    }

    public static List<String> extract(Segmentation segmentation, int count) {
        // words by id in first-appearance order; the text as a sequence of ids
        Map<String, Integer> ids = new HashMap<>();
        List<String> order = new ArrayList<>();
        int[] sequence = new int[segmentation.tokens().size()];
        int length = 0;
        for (Token t : segmentation.tokens()) {
            if (isCandidate(t)) {
                Integer id = ids.putIfAbsent(t.text(), order.size());
                if (id == null) {
                    id = order.size();
                    order.add(t.text());
                }
                sequence[length++] = id;
            }
        }
        int[][] links = links(sequence, length, order.size());
        int[] degree = new int[order.size()];
        for (int i = 0; i < links.length; i++) {
            degree[i] = Math.max(1, links[i].length);
        }
        double[] rank = new double[order.size()];
        Arrays.fill(rank, 1.0);
        double[] next = new double[order.size()];
        double[] share = new double[order.size()];
        for (int it = 0; it < ITERATIONS; it++) {
            for (int i = 0; i < share.length; i++) {
                share[i] = rank[i] / degree[i];
            }
            for (int i = 0; i < links.length; i++) {
                double sum = 0;
                for (int other : links[i]) {
                    sum += share[other];
                }
                next[i] = (1 - DAMPING) + DAMPING * sum;
            }
            double[] swap = rank;
            rank = next;
            next = swap;
        }
        double[] ranks = rank;
        Integer[] byRank = new Integer[order.size()];
        for (int i = 0; i < byRank.length; i++) {
            byRank[i] = i;
        }
        // ties keep first-appearance order, so the result is deterministic
        Arrays.sort(byRank, Comparator.comparingDouble((Integer i) -> -ranks[i]));
        List<String> ranked = new ArrayList<>(Math.min(count, byRank.length));
        for (int i = 0; i < Math.min(count, byRank.length); i++) {
            ranked.add(order.get(byRank[i]));
        }
        return ranked;
    }

    /**
     * The co-occurrence graph: words linked when they occur within the window, each word's neighbours in
     * ascending id (first-appearance) order, so the rank sums are always added in the same order.
     */
    private static int[][] links(int[] sequence, int length, int words) {
        long[] pairs = new long[length * 2 * (WINDOW - 1)];
        int n = 0;
        for (int i = 0; i < length; i++) {
            for (int j = i + 1; j < Math.min(length, i + WINDOW); j++) {
                int a = sequence[i];
                int b = sequence[j];
                if (a != b) {
                    pairs[n++] = (long) a << 32 | b;
                    pairs[n++] = (long) b << 32 | a;
                }
            }
        }
        Arrays.sort(pairs, 0, n);
        int[] degree = new int[words];
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || pairs[k] != pairs[k - 1]) {
                pairs[distinct++] = pairs[k];
                degree[(int) (pairs[k] >>> 32)]++;
            }
        }
        int[][] links = new int[words][];
        for (int w = 0; w < words; w++) {
            links[w] = new int[degree[w]];
        }
        int[] filled = new int[words];
        for (int k = 0; k < distinct; k++) {
            int from = (int) (pairs[k] >>> 32);
            links[from][filled[from]++] = (int) pairs[k];
        }
        return links;
    }

    /** Content words worth ranking. */
    static boolean isCandidate(Token t) {
        String w = t.text();
        String pos = t.pos();
        // cheapest tests first: part of speech, length, letters; then the stop lists
        if (!(pos.startsWith("n") || pos.startsWith("v") || pos.startsWith("g") || pos.equals("j"))) {
            return false;
        }
        if (w.codePointCount(0, w.length()) < 2 || !allLetters(w)) {
            return false;
        }
        return !GENERIC.contains(w) && !CoreStopWordDictionary.contains(w);
    }

    private static boolean allLetters(String w) {
        for (int i = 0; i < w.length(); ) {
            int c = w.codePointAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
