package dev.newsflow.service.reader.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsflow.service.reader.view.MentionChart.Bar;
import dev.newsflow.service.reader.view.MentionChart.Chart;

class MentionChartTest {

    @Test
    void aFewWeeksOfMentionsAreCountedPerWeekEmptyWeeksIncluded() {
        Chart chart = MentionChart.of(Map.of(LocalDate.parse("2024-06-03"), 2L, LocalDate.parse("2024-06-07"), 1L,
                LocalDate.parse("2024-06-20"), 4L));

        assertThat(chart.period()).isEqualTo("week");
        assertThat(chart.bars()).extracting(Bar::label, Bar::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2024-W23", 3L),
                        org.assertj.core.groups.Tuple.tuple("2024-W24", 0L),
                        org.assertj.core.groups.Tuple.tuple("2024-W25", 4L));
        assertThat(chart.max()).isEqualTo(4);
        Bar tallest = chart.bars().get(2);
        assertThat(tallest.y() + tallest.height()).isEqualTo(MentionChart.HEIGHT - MentionChart.AXIS);
        assertThat(chart.bars().get(1).height()).isZero();
        assertThat(chart.bars().get(0).height()).isLessThan(tallest.height()).isPositive();
    }

    @Test
    void monthsAndThenYearsAsTheDatesSpreadOut() {
        Chart months = MentionChart.of(Map.of(LocalDate.parse("2022-12-10"), 1L, LocalDate.parse("2024-06-07"), 2L));
        assertThat(months.period()).isEqualTo("month");
        assertThat(months.bars()).hasSize(19);
        assertThat(months.first()).isEqualTo("2022-12");
        assertThat(months.last()).isEqualTo("2024-06");

        Chart years = MentionChart.of(Map.of(LocalDate.parse("2001-05-01"), 1L, LocalDate.parse("2024-06-07"), 2L));
        assertThat(years.period()).isEqualTo("year");
        assertThat(years.bars()).hasSize(24);
        assertThat(years.bars()).allSatisfy(b -> assertThat(b.x() + b.width()).isLessThanOrEqualTo(years.width()));
    }

    @Test
    void noDatesNoChart() {
        assertThat(MentionChart.of(Map.of())).isNull();
    }
}
