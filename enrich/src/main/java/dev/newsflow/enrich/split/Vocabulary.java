package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of literal words searched in one pass: what a regular-expression alternation of literals
 * ({@code 热线|电话|…}) finds, without trying every alternative at every character. Matches are found the
 * way {@link java.util.regex.Matcher#find()} finds them: leftmost first, among the words starting there the
 * first listed, and without overlapping.
 */
final class Vocabulary {

    /** First character → the words starting with it, in the order listed. */
    private final Map<Character, String[]> byFirst = new HashMap<>();
    /** The first characters, to pass over every other character without a lookup. */
    private final BitSet firsts = new BitSet(Character.MAX_VALUE + 1);

    Vocabulary(String... words) {
        Map<Character, List<String>> lists = new HashMap<>();
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("empty word");
            }
            lists.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
        }
        lists.forEach((c, list) -> {
            byFirst.put(c, list.toArray(String[]::new));
            firsts.set(c);
        });
    }

    /** Whether any of the words occurs in s. */
    boolean foundIn(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (wordAt(s, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** How many times the words occur in s, counted as successive {@code find()} calls would. */
    int count(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            String w = wordAt(s, i);
            if (w == null) {
                i++;
            } else {
                n++;
                i += w.length();
            }
        }
        return n;
    }

    private String wordAt(String s, int i) {
        char c = s.charAt(i);
        if (firsts.get(c)) {
            for (String w : byFirst.get(c)) {
                if (s.startsWith(w, i)) {
                    return w;
                }
            }
        }
        return null;
    }
}
