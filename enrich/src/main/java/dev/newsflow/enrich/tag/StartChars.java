package dev.newsflow.enrich.tag;

import java.util.regex.Matcher;

/**
 * The characters a pattern's matches can start with, to find the matches by trying the pattern only there.
 * {@link Matcher#find()} tries every position of the text, and a class of CJK characters ({@code [〇一二…]}) is
 * tested as a chain of single-character tests; a flag per character rules out most positions at once.
 * Finds what {@code find} finds: the leftmost match, read as the pattern reads it from there (lookbehinds see
 * the text before, as the matcher's bounds are transparent).
 */
final class StartChars {

    /** Per UTF-16 unit: whether a match can start with it. */
    private final boolean[] starts = new boolean[Character.MAX_VALUE + 1];

    /** @param chars every character a match can start with */
    StartChars(String chars) {
        chars.chars().forEach(c -> starts[c] = true);
    }

    /** A matcher of text whose lookarounds see past the region it is given. */
    static Matcher matcher(java.util.regex.Pattern pattern, String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The first match starting at or after from, as {@code m.find(from)} would find it when every match of the
     * pattern starts with one of the characters.
     *
     * @param m a matcher of text from {@link #matcher}
     * @return whether one was found; m then holds it
     */
    boolean find(Matcher m, String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (starts[text.charAt(i)] && m.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
