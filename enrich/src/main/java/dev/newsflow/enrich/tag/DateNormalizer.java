package dev.newsflow.enrich.tag;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and periods in Chinese text and resolves them to ISO-8601 against the edition date: absolute dates
 * (2024年2月14日, 二〇二四年), dates without a year (2月14日: the year that puts it nearest the edition), days of
 * the month alone (14日: the month that puts it nearest), ranges (6月2日至5日), relative words (昨天, 今年, 上月),
 * a relative year before a month (去年12月) and weekdays of a named week (上周五).
 * Durations (30日内, 5年) are not dates. Pure.
 */
public final class DateNormalizer {

    private static final String N = "[0-9０-９]{1,2}|[零〇一二三四五六七八九十]{1,3}";
    private static final String Y = "(?:[12][0-9]{3}|[１２][０-９]{3}|[零〇一二三四五六七八九]{4})";
    /** A year, month and day, any of them absent; group names y, m, d. */
    private static final String PART = "(?:(?<y>" + Y + ")年)?(?:(?<m>" + N + ")月(?:份)?)?(?:(?<d>" + N + ")[日号])?";
    /** The characters a numeral starts with: every part of a date does. */
    private static final String NUMERALS = "0123456789０１２３４５６７８９零〇一二三四五六七八九十";
    /** PART where it can start, not inside a longer number or an ordinal (第); tried only at numerals. */
    private static final Pattern DATE = Pattern.compile(
            "(?=[" + NUMERALS + "])(?<![" + NUMERALS + "第])" + PART);
    private static final StartChars DATE_STARTS = new StartChars(NUMERALS);
    private static final Pattern RANGE_TAIL = Pattern.compile("\\s*(?:至|到|—{1,2}|–|~|～|-|－)\\s*" + PART);
    /** What after a number of days, months or years makes it a duration, not a date. */
    private static final Pattern DURATION_AFTER = Pattern.compile("^(?:内|以内|之内|以上|以下|左右|多|余|来|间|后|前|期间|的时间)");

    private static final Map<String, Relative> RELATIVE = Map.ofEntries(
            Map.entry("今天", new Relative(ChronoUnit.DAYS, 0)), Map.entry("今日", new Relative(ChronoUnit.DAYS, 0)),
            Map.entry("昨天", new Relative(ChronoUnit.DAYS, -1)), Map.entry("昨日", new Relative(ChronoUnit.DAYS, -1)),
            Map.entry("前天", new Relative(ChronoUnit.DAYS, -2)), Map.entry("明天", new Relative(ChronoUnit.DAYS, 1)),
            Map.entry("明日", new Relative(ChronoUnit.DAYS, 1)), Map.entry("后天", new Relative(ChronoUnit.DAYS, 2)),
            Map.entry("今年", new Relative(ChronoUnit.YEARS, 0)), Map.entry("去年", new Relative(ChronoUnit.YEARS, -1)),
            Map.entry("前年", new Relative(ChronoUnit.YEARS, -2)), Map.entry("明年", new Relative(ChronoUnit.YEARS, 1)),
            Map.entry("本月", new Relative(ChronoUnit.MONTHS, 0)), Map.entry("上月", new Relative(ChronoUnit.MONTHS, -1)),
            Map.entry("上个月", new Relative(ChronoUnit.MONTHS, -1)), Map.entry("下月", new Relative(ChronoUnit.MONTHS, 1)),
            Map.entry("下个月", new Relative(ChronoUnit.MONTHS, 1)));
    /** The first characters of the relative words: only there is one tried. */
    private static final String RELATIVE_FIRSTS = RELATIVE.keySet().stream()
            .map(k -> k.substring(0, 1)).distinct().sorted().reduce("", String::concat);
    private static final Pattern RELATIVE_WORD = Pattern.compile(
            "上个月|下个月|" + String.join("|", RELATIVE.keySet().stream().filter(k -> k.length() == 2).sorted().toList()));
    private static final StartChars RELATIVE_STARTS = new StartChars(RELATIVE_FIRSTS);

    /** A leap year: a month and day without a year are checked against it, so that 2月29日 passes. */
    private static final int LEAP_YEAR = 2024;

    private record Relative(ChronoUnit unit, int amount) {
    }

    /** A partly known date: any field may be null. */
    private record Parts(Integer year, Integer month, Integer day) {
        boolean empty() {
            return year == null && month == null && day == null;
        }
    }

    private DateNormalizer() {
    }

    /**
     * @param edition the edition's date; null leaves relative and year-less dates unresolved (value null)
     * @return the dates in order of position
     */
    public static List<DateTag> find(String text, LocalDate edition) {
        List<DateTag> out = absoluteDates(text, edition);
        Matcher r = StartChars.matcher(RELATIVE_WORD, text);
        for (int next = 0; RELATIVE_STARTS.find(r, text, next); next = r.end()) {
            int at = r.start();
            if (out.stream().noneMatch(d -> d.start() == at)) {
                out.add(relative(r.group(), r.start(), r.end(), edition));
            }
        }
        Matcher w = StartChars.matcher(WEEKDAY, text);
        for (int next = 0; WEEKDAY_STARTS.find(w, text, next); next = w.end()) {
            out.add(weekday(w, edition));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Dates written with numbers (2024年6月7日, 6月2日至5日, 去年12月), in order. */
    private static List<DateTag> absoluteDates(String text, LocalDate edition) {
        List<DateTag> out = new ArrayList<>();
        Matcher m = StartChars.matcher(DATE, text);
        int from = 0;
        while (from < text.length() && DATE_STARTS.find(m, text, from)) {
            if (m.end() == m.start()) {
                from = m.start() + 1;
                continue;
            }
            Parts start = parts(m.group(), m);
            if (start == null || isDuration(text, m.end(), start)) {
                from = m.end();
                continue;
            }
            int begin = m.start();
            Integer yearsAgo = relativeYearBefore(text, m.start(), start);
            if (yearsAgo != null && edition != null) {
                // 去年12月, 今年3月5日: the relative year gives the year of the date it opens
                start = new Parts(edition.getYear() + yearsAgo, start.month(), start.day());
                begin -= 2;
            }
            Matcher tail = rangeEnd(text, m.end(), start);
            int end = tail == null ? m.end() : tail.end();
            Parts last = tail == null ? null : parts(tail.group(), tail);
            out.add(resolve(text.substring(begin, end), begin, end, start, last, edition));
            from = end;
        }
        return out;
    }

    /** The end of a range written at {@code at} after a date starting with {@code start} (至5日), else null. */
    private static Matcher rangeEnd(String text, int at, Parts start) {
        Matcher tail = RANGE_TAIL.matcher(text).region(at, text.length());
        if (!tail.lookingAt()) {
            return null;
        }
        Parts t = parts(tail.group(), tail);
        return t != null && !t.empty() && fitsRangeEnd(start, t) ? tail : null;
    }

    /** The years from the edition of a relative year word written straight before a month (去年|12月), else null. */
    private static Integer relativeYearBefore(String text, int at, Parts p) {
        if (at < 2 || p.year() != null || p.month() == null) {
            return null;
        }
        Relative r = RELATIVE.get(text.substring(at - 2, at));
        return r != null && r.unit() == ChronoUnit.YEARS ? r.amount() : null;
    }

    /** 上周五, 本周一, 下周日, 周三 alone is too vague to resolve. */
    private static final Pattern WEEKDAY = Pattern.compile("(上|本|这|下)(?:个)?(?:周|星期|礼拜)([一二三四五六日天])");
    private static final StartChars WEEKDAY_STARTS = new StartChars("上本这下");

    private static DateTag weekday(Matcher w, LocalDate edition) {
        if (edition == null) {
            return new DateTag(w.group(), w.start(), w.end(), null, null, "day");
        }
        int weeks = switch (w.group(1)) {
            case "上" -> -1;
            case "下" -> 1;
            default -> 0;
        };
        int day = "一二三四五六日天".indexOf(w.group(2).charAt(0)) + 1;
        LocalDate monday = edition.minusDays(edition.getDayOfWeek().getValue() - 1L).plusWeeks(weeks);
        LocalDate d = monday.plusDays(Math.min(day, 7) - 1L);
        return new DateTag(w.group(), w.start(), w.end(), d.toString(), null, "day");
    }

    private static Parts parts(String matched, Matcher m) {
        Integer y = number(m.group("y"));
        Integer mo = number(m.group("m"));
        Integer d = number(m.group("d"));
        if (!isCalendarDay(y, mo, d)) {
            return null;
        }
        if (y != null && mo == null && d != null) {
            return null; // 2024年14日 is not a date
        }
        if (d != null && mo == null && (matched.endsWith("号") || !isArabic(m.group("d")))) {
            return null; // 3号线, 一日游: a day needs its month unless written 14日
        }
        return new Parts(y, mo, d);
    }

    /** Month 1-12, day 1-31 and within its month: 2月30日 is none; without a year, 2月29日 is (2024 is a leap year). */
    private static boolean isCalendarDay(Integer y, Integer mo, Integer d) {
        if ((mo != null && (mo < 1 || mo > 12)) || (d != null && (d < 1 || d > 31))) {
            return false;
        }
        return mo == null || d == null || d <= YearMonth.of(y != null ? y : LEAP_YEAR, mo).lengthOfMonth();
    }

    private static boolean isArabic(String s) {
        return s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
    }

    private static Integer number(String s) {
        if (s == null) {
            return null;
        }
        double v = ChineseNumbers.parse(s);
        return v < 0 ? null : (int) v;
    }

    /** 30日内, 3月余, 2024年以来 with nothing finer: a span of time, not a point in it. */
    private static boolean isDuration(String text, int end, Parts p) {
        if (p.day() == null && p.month() == null && p.year() != null) {
            // a bare year: 2024年以来 is still about 2024, 2024年间 too; keep years unless a duration word follows
            return durationWordAt(text, end) && !text.startsWith("以来", end) && !text.startsWith("间", end);
        }
        return p.year() == null && (p.month() == null) != (p.day() == null) && durationWordAt(text, end);
    }

    private static boolean durationWordAt(String text, int at) {
        return DURATION_AFTER.matcher(text).region(at, text.length()).lookingAt();
    }

    /** A range end must be no coarser than what the start leaves open: 6月2日至5日, 2023年至2024年. */
    private static boolean fitsRangeEnd(Parts start, Parts end) {
        if (start.day() != null) {
            return end.day() != null;
        }
        if (start.month() != null) {
            return end.month() != null && end.day() == null;
        }
        return end.year() != null && end.month() == null && end.day() == null;
    }

    private static DateTag resolve(String text, int start, int end, Parts first, Parts last, LocalDate edition) {
        String precision = first.day() != null ? "day" : first.month() != null ? "month" : "year";
        LocalDate a = anchor(first, edition);
        String value = format(a, first, precision);
        String endValue = null;
        if (last != null && a != null) {
            Parts filled = new Parts(last.year() != null ? last.year() : a.getYear(),
                    last.month() != null ? last.month() : (first.month() != null ? a.getMonthValue() : null),
                    last.day());
            LocalDate b = anchor(filled, null);
            if (b != null && b.isBefore(a) && last.year() == null) {
                b = b.plusYears(1); // 12月28日至1月3日 crosses a year end
            }
            endValue = format(b, filled, precision);
        }
        return new DateTag(text, start, end, value, endValue, precision);
    }

    /** The first day the parts denote, with missing year and month taken from the edition; null if unknowable. */
    private static LocalDate anchor(Parts p, LocalDate edition) {
        try {
            if (p.year() != null) {
                return LocalDate.of(p.year(), p.month() != null ? p.month() : 1, p.day() != null ? p.day() : 1);
            }
            if (edition == null) {
                return null;
            }
            return p.month() != null ? nearestInAdjacentYears(p, edition) : nearestInAdjacentMonths(p.day(), edition);
        } catch (DateTimeException e) {
            return null; // 2月30日
        }
    }

    /** The month (and day) in the edition's year, the year before or after, whichever is nearest the edition. */
    private static LocalDate nearestInAdjacentYears(Parts p, LocalDate edition) {
        LocalDate best = null;
        for (int dy = -1; dy <= 1; dy++) {
            int year = edition.getYear() + dy;
            int day = p.day() != null ? p.day() : 1;
            if (day > YearMonth.of(year, p.month()).lengthOfMonth()) {
                continue;
            }
            LocalDate c = LocalDate.of(year, p.month(), day);
            if (best == null || distance(c, edition) < distance(best, edition)) {
                best = c;
            }
        }
        return best;
    }

    /** The day in the edition's month, the month before or after, whichever is nearest the edition. */
    private static LocalDate nearestInAdjacentMonths(int day, LocalDate edition) {
        LocalDate best = null;
        for (int dm = -1; dm <= 1; dm++) {
            YearMonth ym = YearMonth.from(edition).plusMonths(dm);
            if (day > ym.lengthOfMonth()) {
                continue;
            }
            LocalDate c = ym.atDay(day);
            if (best == null || distance(c, edition) < distance(best, edition)) {
                best = c;
            }
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static String format(LocalDate d, Parts p, String precision) {
        if (d == null) {
            return null;
        }
        return switch (precision) {
            case "day" -> d.toString();
            case "month" -> YearMonth.from(d).toString();
            default -> String.valueOf(d.getYear());
        };
    }

    private static DateTag relative(String word, int start, int end, LocalDate edition) {
        Relative r = RELATIVE.get(word);
        String precision = switch (r.unit()) {
            case DAYS -> "day";
            case MONTHS -> "month";
            default -> "year";
        };
        if (edition == null) {
            return new DateTag(word, start, end, null, null, precision);
        }
        LocalDate d = edition.plus(r.amount(), r.unit());
        return new DateTag(word, start, end, format(d, null, precision), null, precision);
    }
}
