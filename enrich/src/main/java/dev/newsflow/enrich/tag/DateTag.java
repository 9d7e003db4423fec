package dev.newsflow.enrich.tag;

/**
 * A date or period in a text, resolved against the edition date.
 *
 * @param start     offset of the first character (Java string index)
 * @param end       offset just past the last character
 * @param value     ISO-8601 start: YYYY-MM-DD, YYYY-MM or YYYY by precision; null when it cannot be resolved
 * @param endValue  ISO-8601 end of a range (6月2日至5日 → 2024-06-05), else null
 * @param precision "day", "month" or "year"
 */
public record DateTag(String text, int start, int end, String value, String endValue, String precision) {
}
