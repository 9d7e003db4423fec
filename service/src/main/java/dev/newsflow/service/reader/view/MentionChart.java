package dev.newsflow.service.reader.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A person's mentions over time as the bars of an SVG chart: one bar per week when the person's dates span at most
 * {@value #MAX_WEEKS} weeks, else per month, else per year past {@value #MAX_MONTHS} months, every period between the
 * first and the last shown (empty ones too, so gaps are seen). Pure; the template draws it.
 */
public final class MentionChart {

    /** Bars of a week each up to half a year: a person in the news for a few weeks still gets several bars. */
    static final int MAX_WEEKS = 26;
    /** Bars of a month each up to ten years; beyond, a bar per year keeps the bars wide enough to see. */
    static final int MAX_MONTHS = 120;
    static final int WIDTH = 720;
    static final int HEIGHT = 160;
    /** Room below the bars for the first and last period's labels. */
    static final int AXIS = 20;

    /** One bar: its period's label and count, and its place in the chart. */
    public record Bar(String label, long count, int x, int y, int width, int height, String tip) {
    }

    /** The bars, the period they count ("week", "month", "year") and the largest count. */
    public record Chart(String period, List<Bar> bars, long max, String first, String last, int width, int height,
                        int axisY) {
    }

    private MentionChart() {
    }

    /** The chart of mentions per day; null when there are no dated mentions. */
    public static Chart of(Map<LocalDate, Long> mentionsByDay) {
        if (mentionsByDay.isEmpty()) {
            return null;
        }
        TreeMap<LocalDate, Long> days = new TreeMap<>(mentionsByDay);
        Period period = Period.of(days.firstKey(), days.lastKey());
        TreeMap<LocalDate, Long> counts = new TreeMap<>();
        for (LocalDate d = period.start(days.firstKey()); !d.isAfter(days.lastKey()); d = period.next(d)) {
            counts.put(d, 0L);
        }
        days.forEach((day, n) -> counts.merge(period.start(day), n, Long::sum));
        return draw(period, counts);
    }

    private static Chart draw(Period period, TreeMap<LocalDate, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int plot = HEIGHT - AXIS;
        int slot = Math.max(1, WIDTH / counts.size());
        int gap = slot > 4 ? Math.max(1, slot / 5) : 0;
        List<Bar> bars = new ArrayList<>();
        int x = 0;
        for (var e : counts.entrySet()) {
            int h = max == 0 ? 0 : (int) Math.round((double) e.getValue() * (plot - 4) / max);
            String label = period.label(e.getKey());
            bars.add(new Bar(label, e.getValue(), x, plot - h, slot - gap, h,
                    label + ": " + e.getValue() + (e.getValue() == 1 ? " mention" : " mentions")));
            x += slot;
        }
        return new Chart(period.name, bars, max, bars.get(0).label(), bars.get(bars.size() - 1).label(),
                WIDTH, HEIGHT, plot + 14);
    }

    /** The period a bar counts. */
    private enum Period {
        WEEK("week"), MONTH("month"), YEAR("year");

        private final String name;

        Period(String name) {
            this.name = name;
        }

        static Period of(LocalDate first, LocalDate last) {
            if (ChronoUnit.WEEKS.between(WEEK.start(first), last) < MAX_WEEKS) {
                return WEEK;
            }
            return ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) < MAX_MONTHS ? MONTH : YEAR;
        }

        LocalDate start(LocalDate day) {
            return switch (this) {
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
                case YEAR -> day.withDayOfYear(1);
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
                case YEAR -> start.plusYears(1);
            };
        }

        String label(LocalDate start) {
            return switch (this) {
                case WEEK -> start.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                        + String.format("%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case MONTH -> YearMonth.from(start).toString();
                case YEAR -> String.valueOf(start.getYear());
            };
        }
    }
}
