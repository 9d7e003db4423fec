package dev.newsflow.enrich.tag;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads numbers written in Arabic digits or Chinese numerals (二〇二四, 二十五, 三千五百, 两). Pure. */
final class ChineseNumbers {

    /** Characters that may make up a Chinese numeral. */
    static final String NUMERAL_CHARS = "零〇一二两三四五六七八九十百千";
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

    private ChineseNumbers() {
    }

    /**
     * @return the value of {@code s}: Arabic digits (with optional decimal point and thousands commas), digit-by-digit
     *         Chinese numerals (二〇二四) or positional ones (二十五, 三千五百); -1 when it is not a number
     */
    static double parse(String s) {
        BigDecimal v = exact(s);
        return v == null ? -1 : v.doubleValue();
    }

    /**
     * @return the value of {@code s} as {@link #parse} reads it, as an exact decimal (2066.32 stays 2066.32, not the
     *         nearest binary double); null when it is not a number
     */
    static BigDecimal exact(String s) {
        if (s.isEmpty()) {
            return null;
        }
        String ascii = toAsciiDigits(s).replace(",", "");
        if (DECIMAL.matcher(ascii).matches()) {
            return new BigDecimal(ascii);
        }
        if (s.chars().allMatch(c -> NUMERAL_CHARS.indexOf(c) >= 0)) {
            boolean positional = s.chars().anyMatch(c -> c == '十' || c == '百' || c == '千');
            return BigDecimal.valueOf(positional ? positional(s) : digitwise(s));
        }
        return null;
    }

    /** Full-width digits and decimal points to ASCII. */
    static String toAsciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                b.append('.');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static long digitwise(String s) {
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            v = v * 10 + digit(s.charAt(i));
        }
        return v;
    }

    private static long positional(String s) {
        long total = 0;
        int pending = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                pending = d;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
            total += (long) (pending < 0 ? 1 : pending) * unit;
            pending = -1;
        }
        return total + Math.max(pending, 0);
    }
}
