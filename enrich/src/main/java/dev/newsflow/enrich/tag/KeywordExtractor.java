package dev.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        List<String> words = new ArrayList<>();
        for (Token t : segmentation.tokens()) {
            if (isCandidate(t)) {
                words.add(t.text());
            }
        }
        Map<String, Set<String>> neighbours = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            neighbours.computeIfAbsent(words.get(i), w -> new java.util.HashSet<>());
            for (int j = i + 1; j < Math.min(words.size(), i + WINDOW); j++) {
                if (!words.get(i).equals(words.get(j))) {
                    neighbours.get(words.get(i)).add(words.get(j));
                    neighbours.computeIfAbsent(words.get(j), w -> new java.util.HashSet<>()).add(words.get(i));
                }
            }
        }
        // the ranks live in arrays indexed in first-appearance order; each word's neighbours are summed in the
        // iteration order of its set, so the sums (and ties) are exactly those of a map-based loop
        List<String> order = new ArrayList<>(neighbours.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        int[][] links = new int[order.size()][];
        int[] degree = new int[order.size()];
        for (int i = 0; i < order.size(); i++) {
            Set<String> set = neighbours.get(order.get(i));
            links[i] = new int[set.size()];
            int k = 0;
            for (String other : set) {
                links[i][k++] = index.get(other);
            }
            degree[i] = Math.max(1, set.size());
        }
        double[] rank = new double[order.size()];
        Arrays.fill(rank, 1.0);
        double[] next = new double[order.size()];
        for (int it = 0; it < ITERATIONS; it++) {
            for (int i = 0; i < links.length; i++) {
                double sum = 0;
                for (int other : links[i]) {
                    sum += rank[other] / degree[other];
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
        List<String> ranked = new ArrayList<>(byRank.length);
        for (Integer i : byRank) {
            ranked.add(order.get(i));
        }
        order = ranked;
        return order.subList(0, Math.min(count, order.size()));
    }

    /** Content words worth ranking. */
    static boolean isCandidate(Token t) {
        String w = t.text();
        String pos = t.pos();
        if (w.codePointCount(0, w.length()) < 2 || GENERIC.contains(w) || CoreStopWordDictionary.contains(w)) {
            return false;
        }
        if (!w.codePoints().allMatch(c -> Character.isLetter(c))) {
            return false;
        }
        return pos.startsWith("n") || pos.startsWith("v") || pos.equals("gi") || pos.startsWith("g") || pos.equals("j");
    }
}
