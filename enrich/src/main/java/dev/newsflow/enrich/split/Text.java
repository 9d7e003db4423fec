package dev.newsflow.enrich.split;

import java.util.regex.Pattern;

/** Character-level facts about Chinese newspaper text. */
final class Text {

    /**
     * The common Han ideographs (the CJK block as first encoded, every code point a letter in every Unicode version):
     * most characters of a page, answered without asking {@link Character#isLetterOrDigit(int)}.
     */
    private static final char COMMON_HAN_FIRST = '\u4E00';
    private static final char COMMON_HAN_LAST = '\u9FA5';
    /** Up to this many characters, {@link #containsAny} looks for each in turn. */
    private static final int FEW_CHARS = 4;
    /**
     * The bit of a character that picks which of two 64-bit words of {@link #containsAny}'s filter holds it; the
     * shift of a long takes the low six bits.
     */
    private static final int HIGH_HALF = 64;
    private static final String CLOSERS = "”’」』\"'》〉)）]】";
    /** The marks that close a sentence, without the ellipsis that may also trail off one. */
    static final String FULL_STOPS = "。！？!?";
    /** The marks a finished sentence ends with: full stops, and an ellipsis trailing off. */
    static final String SENTENCE_END = FULL_STOPS + "…";
    /** The commas of Chinese and of Latin text. */
    static final String COMMAS = "，,";
    /** The marks that part the items of an enumeration. */
    static final String ENUMERATION_MARKS = "、；;";
    /** Opening brackets and quotes, each at the index of its closing one in {@link #CLOSING}. */
    private static final String OPENING = "（(《“「【〈";
    private static final String CLOSING = "）)》”」】〉";
    private static final String CLAUSE_PUNCT = "，、：；,:;—";
    /** Whitespace of any kind: ASCII, the ideographic space and the no-break space extraction leaves in text. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0]+");

    private Text() {
    }

    /** Printed width in em: CJK and full-width characters 1, ASCII and half-width 0.5. */
    static double width(String s) {
        // in half ems; a character outside the BMP (two UTF-16 units, both above U+2E80) counts once, as wide
        int halves = 0;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x2E80) {
                halves += c >= 0x2010 && c <= 0x201F ? 2 : 1;
            } else {
                halves += 2;
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return halves / 2.0;
    }

    /** Characters that are neither whitespace nor punctuation. */
    static int contentLength(String s) {
        return contentLength(s, Integer.MAX_VALUE);
    }

    /** A common Han ideograph: a letter, answered without a Unicode lookup. */
    static boolean isCommonHan(char c) {
        return c >= COMMON_HAN_FIRST && c <= COMMON_HAN_LAST;
    }

    /** Characters that are neither whitespace nor punctuation, counted no further than limit (then the count is it). */
    static int contentLength(String s, int limit) {
        int n = 0;
        for (int i = 0; i < s.length() && n < limit; ) {
            char c = s.charAt(i);
            if (isCommonHan(c)) {
                n++;
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** The last character that is not whitespace or a closing quote/bracket, or 0. */
    static char lastMeaningful(String s) {
        int i = lastMeaningfulIndex(s);
        return i < 0 ? 0 : s.charAt(i);
    }

    /** Where the last character that is not whitespace or a closing quote/bracket stands, or -1. */
    static int lastMeaningfulIndex(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (!isWhitespace(c) && CLOSERS.indexOf(c) < 0) {
                return i;
            }
        }
        return -1;
    }

    /** The first character that is not whitespace, or 0. */
    static char firstChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    /** The last character but whitespace is a closing bracket: the line closes with a bracketed aside or name. */
    static boolean closesWithBracket(String s) {
        return isClosingBracket(lastChar(s));
    }

    /** A round closing bracket, full-width or Latin. */
    static boolean isClosingBracket(char c) {
        return c == '）' || c == ')';
    }

    static char lastChar(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (!isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    /** Ends with 。！？… or a Latin full stop, possibly followed by closing quotes: the end of a sentence. */
    static boolean endsSentence(String s) {
        int i = lastMeaningfulIndex(s);
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        return SENTENCE_END.indexOf(c) >= 0 || c == '.' && i > 0 && isLatinFullStop(s.charAt(i - 1));
    }

    /**
     * A Latin full stop after this character ends a sentence: after a Han character (…方便了.), where text was set
     * with Latin punctuation, or after another stop (an ellipsis written ......); after a digit or letter it is a
     * decimal point or an abbreviation's.
     */
    private static boolean isLatinFullStop(char before) {
        return before == '.' || isCjk(before);
    }

    /**
     * Ends with a finished sentence and a bracketed note after it (…。（相关报道见第二版）, …。（完）): the note closes the
     * paragraph as the sentence does.
     */
    static boolean endsSentenceAndNote(String s) {
        if (!closesWithBracket(s)) {
            return false;
        }
        int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
        return open > 0 && endsSentence(s.substring(0, open));
    }

    /** Ends with a comma, colon, semicolon or dash: the sentence goes on. */
    static boolean endsClause(String s) {
        return CLAUSE_PUNCT.indexOf(lastChar(s)) >= 0;
    }

    /** Every bracket and quote that opens in s closes in s after it: s was not cut in the middle of one. */
    static boolean closesItsBrackets(String s) {
        int[] open = unclosed(s);
        for (int k = 0; k < OPENING.length(); k++) {
            if (open[k] > 0) {
                return false;
            }
        }
        return true;
    }

    /** A bracket or quote closes in s that did not open in s: s goes on with what opened on a line above. */
    static boolean closesUnopened(String s) {
        return unclosed(s)[OPENING.length()] > 0;
    }

    /**
     * Per kind of bracket and quote (in the order of {@link #OPENING}), how many opened in s and did not close in it;
     * last, how many closed in s that had not opened in it.
     */
    private static int[] unclosed(String s) {
        int[] open = new int[OPENING.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isCommonHan(c)) {
                // most of a line: no bracket or quote, nothing to look up
                continue;
            }
            int o = OPENING.indexOf(c);
            if (o >= 0) {
                open[o]++;
                continue;
            }
            int k = CLOSING.indexOf(c);
            if (k >= 0 && open[k] > 0) {
                open[k]--;
            } else if (k >= 0) {
                open[OPENING.length()]++;
            }
        }
        return open;
    }

    /** One of {@code chars} stands in s. */
    static boolean containsAny(String s, String chars) {
        return containsAny(s, chars, s.length());
    }

    /** One of {@code chars} stands among the first {@code limit} characters of s. */
    static boolean containsAny(String s, String chars, int limit) {
        int end = Math.min(s.length(), limit);
        if (end == s.length() && chars.length() <= FEW_CHARS) {
            // a few characters are each looked for by String.indexOf, faster than asking every character of s
            for (int k = 0; k < chars.length(); k++) {
                if (s.indexOf(chars.charAt(k)) >= 0) {
                    return true;
                }
            }
            return false;
        }
        // a filter of the low seven bits of the chars rules most characters of s out without a search of chars
        long low = 0;
        long high = 0;
        for (int k = 0; k < chars.length(); k++) {
            char c = chars.charAt(k);
            if ((c & HIGH_HALF) == 0) {
                low |= 1L << c;
            } else {
                high |= 1L << c;
            }
        }
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            long half = (c & HIGH_HALF) == 0 ? low : high;
            if ((half & 1L << c) != 0 && chars.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN;
    }

    static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Joins two wrapped lines: no space in Chinese, one space between two Latin words. */
    static String joinWrapped(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return needsSpace(a.charAt(a.length() - 1), b.charAt(0)) ? a + " " + b : a + b;
    }

    /** {@link #joinWrapped} onto a paragraph being built, without copying it. */
    static void appendWrapped(StringBuilder paragraph, String line) {
        if (!paragraph.isEmpty() && !line.isEmpty()
                && needsSpace(paragraph.charAt(paragraph.length() - 1), line.charAt(0))) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    private static boolean needsSpace(char last, char first) {
        return Character.isLetter(last) && last < 128 && Character.isLetter(first) && first < 128;
    }

    /** Whitespace runs inside a line become one space; ends trimmed. */
    static String tidy(String line) {
        String s = line.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // most lines of Chinese text have no whitespace, or only single spaces: nothing to replace
            if (isSpace(c) && (c != ' ' || isSpace(s.charAt(i + 1)))) {
                return SPACES.matcher(s).replaceAll(" ").strip();
            }
        }
        return s;
    }

    /** The index of the first space at or after {@code from} (as {@link #isSpace} tells one), or -1. */
    static int nextSpace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the last space or ideographic space in s, which set a line's words apart (某某小区 读者 张三), or -1:
     * the last word begins after it.
     */
    static int lastSpace(String s) {
        return Math.max(s.lastIndexOf(' '), s.lastIndexOf('\u3000'));
    }

    static boolean isSpace(char c) {
        return isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }

    /** {@link Character#isDigit}, a common Han character answered as none without the Unicode lookup. */
    static boolean isDigit(char c) {
        return !isCommonHan(c) && Character.isDigit(c);
    }

    /**
     * {@link Character#isWhitespace}, a common Han character (most of a page's) answered as no whitespace without the
     * Unicode lookup.
     */
    static boolean isWhitespace(char c) {
        return !isCommonHan(c) && Character.isWhitespace(c);
    }
}
