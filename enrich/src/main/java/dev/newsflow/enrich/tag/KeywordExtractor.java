package dev.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.Arrays;
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
    private static final int NOT_A_CANDIDATE = -1;
    private static final int ITERATIONS = 30;
    private static final double DAMPING = 0.85;
    private static final Set<String> GENERIC = Set.of("工作", "进行", "开展", "推进", "推动", "加强", "坚持", "提升", "发展",
            "建设", "实现", "表示", "指出", "强调", "要求", "方面", "情况", "问题", "有关", "相关", "重要", "更加", "进一步");

    private KeywordExtractor() {
    }

    public static List<String> extract(Segmentation segmentation, int count) {
        // words by id in first-appearance order (a word that is no candidate: NOT_A_CANDIDATE, decided once per
        // word); the text as a sequence of ids
        Map<String, Integer> ids = new HashMap<>();
        List<String> order = new ArrayList<>();
        int[] sequence = new int[segmentation.tokens().size()];
        int length = 0;
        for (Token t : segmentation.tokens()) {
            if (!hasCandidateTag(t)) {
                continue;
            }
            String word = t.text();
            Integer id = ids.get(word);
            if (id == null) {
                id = isCandidateWord(word) ? order.size() : NOT_A_CANDIDATE;
                ids.put(word, id);
                if (id != NOT_A_CANDIDATE) {
                    order.add(word);
                }
            }
            if (id != NOT_A_CANDIDATE) {
                sequence[length++] = id;
            }
        }
        int[][] links = links(sequence, length, order.size());
        double[] rank = rank(links);
        return order.isEmpty() ? List.of() : top(rank, order, count);
    }

    /** TextRank: PageRank over the co-occurrence graph, {@value #ITERATIONS} iterations, damping {@value #DAMPING}. */
    private static double[] rank(int[][] links) {
        int[] degree = new int[links.length];
        for (int i = 0; i < links.length; i++) {
            degree[i] = Math.max(1, links[i].length);
        }
        double[] rank = new double[links.length];
        Arrays.fill(rank, 1.0);
        double[] next = new double[links.length];
        double[] share = new double[links.length];
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
        return rank;
    }

    /**
     * The count best-ranked words, best first; ties keep first-appearance order (what a stable sort by rank
     * gives), found by insertion into a list of count instead of sorting every word.
     */
    private static List<String> top(double[] rank, List<String> order, int count) {
        int[] best = new int[Math.min(count, rank.length)];
        int size = 0;
        for (int i = 0; i < rank.length; i++) {
            int at = size;
            while (at > 0 && rank[best[at - 1]] < rank[i]) {
                at--;
            }
            if (at >= best.length) {
                continue;
            }
            int last = Math.min(size, best.length - 1);
            System.arraycopy(best, at, best, at + 1, last - at);
            best[at] = i;
            size = Math.min(size + 1, best.length);
        }
        List<String> ranked = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            ranked.add(order.get(best[k]));
        }
        return ranked;
    }

    /**
     * The co-occurrence graph: words linked when they occur within the window, each word's neighbours in
     * ascending id (first-appearance) order, so the rank sums are always added in the same order.
     */
    private static int[][] links(int[] sequence, int length, int words) {
        int[][] links = new int[words][4];
        int[] degree = new int[words];
        for (int i = 0; i < length; i++) {
            for (int j = i + 1; j < Math.min(length, i + WINDOW); j++) {
                int a = sequence[i];
                int b = sequence[j];
                if (a != b && !contains(links[a], degree[a], b)) {
                    links[a] = add(links[a], degree[a]++, b);
                    links[b] = add(links[b], degree[b]++, a);
                }
            }
        }
        for (int w = 0; w < words; w++) {
            links[w] = Arrays.copyOf(links[w], degree[w]);
            Arrays.sort(links[w]);
        }
        return links;
    }

    private static boolean contains(int[] list, int size, int value) {
        for (int k = 0; k < size; k++) {
            if (list[k] == value) {
                return true;
            }
        }
        return false;
    }

    private static int[] add(int[] list, int size, int value) {
        int[] out = size == list.length ? Arrays.copyOf(list, size * 2) : list;
        out[size] = value;
        return out;
    }

    /** Content words worth ranking are nouns, verbs, morphemes and abbreviations... */
    private static boolean hasCandidateTag(Token t) {
        String pos = t.pos();
        return pos.startsWith("n") || pos.startsWith("v") || pos.startsWith("g") || pos.equals("j");
    }

    /** ...of two characters or more, letters only, and on no stop list. */
    private static boolean isCandidateWord(String w) {
        // cheapest tests first: length, letters; then the stop lists
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
