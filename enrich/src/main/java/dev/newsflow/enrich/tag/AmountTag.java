package dev.newsflow.enrich.tag;

import java.math.BigDecimal;

/**
 * A quantity, sum of money or percentage in a text, normalized.
 *
 * @param start    offset of the first character (Java string index)
 * @param end      offset just past the last character
 * @param kind     "money", "percent" or "quantity"
 * @param value    the number with its scale applied, exactly as printed (decimal arithmetic, no binary rounding) and
 *                 without trailing zeros: 2066.32亿元 → 206632000000, 82.5% → 82.5
 * @param unit     unit after the scale: 元, 美元, %, MW, 个, 平方米…; null when none
 * @param currency ISO 4217 code for money (CNY, USD, EUR, JPY, GBP, HKD…), else null
 */
public record AmountTag(String text, int start, int end, String kind, BigDecimal value, String unit, String currency) {

    /** The value in plain decimal notation, never with an exponent: 206632000000, 82.5, 0.05. */
    public String exactValue() {
        return value.toPlainString();
    }
}
