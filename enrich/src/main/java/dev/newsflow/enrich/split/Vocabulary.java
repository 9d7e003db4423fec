package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A list of literal words searched in one pass: what a regular-expression alternation of literals
 * ({@code 热线|电话|…}) finds, without trying every alternative at every character. Matches are found the
 * way {@link java.util.regex.Matcher#find()} finds them: leftmost first, among the words starting there the
 * first listed, and without overlapping.
 */
final class Vocabulary {

    /**
     * Up to this many words, {@link #foundIn} looks for each in turn: a few passes of the JDK's string search over a
     * long text cost less than one pass asking a table at every character.
     */
    private static final int FEW_WORDS = 8;
    /** The words, in the order listed. */
    private final String[] words;
    /** The first characters of the words, sorted; {@link #byFirst} holds the words starting with each. */
    private final char[] firstChars;
    /** Per first character (in {@link #firstChars} order): the words starting with it, in the order listed. */
    private final String[][] byFirst;
    /** The first characters, to pass over every other character without a lookup. */
    private final BitSet firsts = new BitSet(Character.MAX_VALUE + 1);
    /** The longest word's length: no word ending at a place starts further back. */
    private final int longest;

    Vocabulary(String... words) {
        Map<Character, List<String>> lists = new TreeMap<>();
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("empty word");
            }
            lists.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
        }
        firstChars = new char[lists.size()];
        byFirst = new String[lists.size()][];
        longest = Arrays.stream(words).mapToInt(String::length).max().orElse(0);
        this.words = words.clone();
        int k = 0;
        for (var entry : lists.entrySet()) {
            firstChars[k] = entry.getKey();
            byFirst[k++] = entry.getValue().toArray(String[]::new);
            firsts.set(entry.getKey());
        }
    }

    /** Whether any of the words occurs in s. */
    boolean foundIn(String s) {
        if (words.length <= FEW_WORDS) {
            // a few words are each looked for by String.contains, faster than asking every character of s
            for (String w : words) {
                if (s.contains(w)) {
                    return true;
                }
            }
            return false;
        }
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

    /** Whether one of the words ends s just before {@code end}. */
    boolean endsAt(String s, int end) {
        for (int i = end - 1; i >= 0 && end - i <= longest; i--) {
            char c = s.charAt(i);
            if (firsts.get(c)) {
                for (String w : byFirst[Arrays.binarySearch(firstChars, c)]) {
                    if (i + w.length() == end && s.startsWith(w, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private String wordAt(String s, int i) {
        char c = s.charAt(i);
        if (firsts.get(c)) {
            for (String w : byFirst[Arrays.binarySearch(firstChars, c)]) {
                if (s.startsWith(w, i)) {
                    return w;
                }
            }
        }
        return null;
    }
}
