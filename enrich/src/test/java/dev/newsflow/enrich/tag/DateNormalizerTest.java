package dev.newsflow.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateNormalizerTest {

    private static final LocalDate EDITION = LocalDate.of(2024, 6, 12);

    private static DateTag only(String text, LocalDate edition) {
        List<DateTag> tags = DateNormalizer.find(text, edition);
        assertThat(tags).hasSize(1);
        DateTag t = tags.get(0);
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        return t;
    }

    @Test
    void monthDayTakesTheEditionYear() {
        DateTag t = only("2月14日，市委书记来到园区", EDITION);
        assertThat(t.text()).isEqualTo("2月14日");
        assertThat(t.value()).isEqualTo("2024-02-14");
        assertThat(t.precision()).isEqualTo("day");
    }

    @Test
    void monthDayNearTheTurnOfTheYearTakesTheNearestYear() {
        assertThat(only("12月28日开幕", LocalDate.of(2025, 1, 3)).value()).isEqualTo("2024-12-28");
        assertThat(only("1月2日起施行", LocalDate.of(2024, 12, 20)).value()).isEqualTo("2025-01-02");
    }

    @Test
    void dayRangeWithinOneMonth() {
        DateTag t = only("6月2日至5日举行", EDITION);
        assertThat(t.text()).isEqualTo("6月2日至5日");
        assertThat(t.value()).isEqualTo("2024-06-02");
        assertThat(t.endValue()).isEqualTo("2024-06-05");
    }

    @Test
    void rangeAcrossMonthsAndYears() {
        assertThat(only("12月28日—1月3日", LocalDate.of(2024, 12, 20)).endValue()).isEqualTo("2025-01-03");
        DateTag years = only("2023年至2025年", EDITION);
        assertThat(years.value()).isEqualTo("2023");
        assertThat(years.endValue()).isEqualTo("2025");
        assertThat(years.precision()).isEqualTo("year");
    }

    @Test
    void relativeWordsResolveAgainstTheEdition() {
        List<DateTag> tags = DateNormalizer.find("昨天上午，今年以来，去年同期，上个月", EDITION);
        assertThat(tags).extracting(DateTag::value).containsExactly("2024-06-11", "2024", "2023", "2024-05");
    }

    @Test
    void absoluteDatesNeedNoEdition() {
        assertThat(only("2024年2月14日", null).value()).isEqualTo("2024-02-14");
        assertThat(only("二〇二三年十二月二十五日", null).value()).isEqualTo("2023-12-25");
        assertThat(only("2024年3月", null).value()).isEqualTo("2024-03");
        assertThat(only("2024年", null).value()).isEqualTo("2024");
    }

    @Test
    void withoutAnEditionRelativeDatesStayUnresolved() {
        DateTag t = only("昨天", null);
        assertThat(t.value()).isNull();
        assertThat(t.precision()).isEqualTo("day");
    }

    @Test
    void dayOfMonthAloneIsTheNearestSuchDay() {
        assertThat(only("记者14日获悉", EDITION).value()).isEqualTo("2024-06-14");
        assertThat(only("30日下午", LocalDate.of(2024, 7, 2)).value()).isEqualTo("2024-06-30");
    }

    @Test
    void durationsNumbersAndLinesAreNotDates() {
        assertThat(DateNormalizer.find("30日内办结，地铁3号线，第5日，13月，2月30日，5年", EDITION)).isEmpty();
    }

    @Test
    void aRelativeYearBeforeAMonthGivesThatDateItsYear() {
        DateTag t = only("去年12月，项目开工建设", EDITION);
        assertThat(t.text()).isEqualTo("去年12月");
        assertThat(t.value()).isEqualTo("2023-12");
        assertThat(only("明年3月5日起施行", EDITION).value()).isEqualTo("2025-03-05");
    }

    @Test
    void aWeekdayOfANamedWeekResolvesToItsDay() {
        // 2024-06-12 is a Wednesday
        assertThat(only("上周五，市领导调研", EDITION).value()).isEqualTo("2024-06-07");
        assertThat(only("本周一召开", EDITION).value()).isEqualTo("2024-06-10");
        assertThat(only("下星期日开幕", EDITION).value()).isEqualTo("2024-06-23");
    }
}
