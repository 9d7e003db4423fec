package dev.newsflow.service.reader.text;

import java.util.List;

/**
 * A page's raw text with its whitespace squeezed out, for {@link PageSpans}: occurrences are found among the other
 * characters, and each is mapped back to its place in the raw text. Characters once claimed by an article are not
 * found again.
 */
final class Haystack {

    private final String squeezed;
    /** For each character of {@link #squeezed}, its index in the raw text. */
    private final int[] raw;
    private final boolean[] claimed;

    Haystack(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int[] at = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBlank(c)) {
                at[kept.length()] = i;
                kept.append(c);
            }
        }
        this.squeezed = kept.toString();
        this.raw = at;
        this.claimed = new boolean[squeezed.length()];
    }

    /** Whitespace of any kind, the ideographic and no-break spaces included. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@code s} without its whitespace. */
    static String squeeze(String s) {
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!isBlank(s.charAt(i))) {
                kept.append(s.charAt(i));
            }
        }
        return kept.toString();
    }

    /**
     * Where {@code needle[at, at + length)} occurs on characters no article holds: the first such place at or after
     * {@code from}, else the first before it; -1 when there is none.
     */
    int find(String needle, int at, int length, int from) {
        String part = needle.substring(at, at + length);
        int first = -1;
        for (int i = squeezed.indexOf(part); i >= 0; i = squeezed.indexOf(part, i + 1)) {
            if (free(i, length)) {
                if (i >= from) {
                    return i;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        return first;
    }

    /**
     * The length of the longest start of {@code needle[at, …)} that occurs on free characters, at least {@code min}
     * long; 0 when not even that occurs.
     */
    int longestPrefix(String needle, int at, int min, int from) {
        int left = needle.length() - at;
        if (find(needle, at, left, from) >= 0) {
            return left;
        }
        if (min >= left || find(needle, at, min, from) < 0) {
            return 0;
        }
        int found = min;
        int missing = left;
        while (missing - found > 1) {
            int mid = (found + missing) >>> 1;
            if (find(needle, at, mid, from) >= 0) {
                found = mid;
            } else {
                missing = mid;
            }
        }
        return found;
    }

    /** The free occurrence of the whole {@code needle} nearest to the given spans (the first if none); -1 if none. */
    int nearest(String needle, List<PageSpans.Span> near) {
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i = squeezed.indexOf(needle); i >= 0; i = squeezed.indexOf(needle, i + 1)) {
            if (!free(i, needle.length())) {
                continue;
            }
            long distance = distance(raw[i], raw[i + needle.length() - 1] + 1, near);
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static long distance(int start, int end, List<PageSpans.Span> near) {
        long best = near.isEmpty() ? 0 : Long.MAX_VALUE;
        for (PageSpans.Span s : near) {
            long gap = end <= s.start() ? s.start() - end : Math.max(0, start - s.end());
            best = Math.min(best, gap);
        }
        return best;
    }

    /** Marks {@code length} characters from {@code start} as the article's; returns their span in the raw text. */
    PageSpans.Span claim(int start, int length, int article, PageSpans.Role role) {
        for (int i = start; i < start + length; i++) {
            claimed[i] = true;
        }
        return new PageSpans.Span(raw[start], raw[start + length - 1] + 1, article, role);
    }

    private boolean free(int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (claimed[i]) {
                return false;
            }
        }
        return true;
    }
}
