package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.newsflow.enrich.split.HeadlineAssigner.ZoneLine;

class HeadlineBuilderTest {

    private static final Bigrams BODY = Bigrams.of("城东小学昨日举办首届校园科技节，学生展示了自制的机器人和航模。");

    /** A brief's title in a column of them opens with a device mark: the mark is no part of the title. */
    @ParameterizedTest
    @ValueSource(strings = {"■城东小学举办首届科技节", "● 城东小学举办首届科技节", "◆　城东小学举办首届科技节"})
    void aDeviceMarkOpeningATitleIsNoPartOfIt(String line) {
        Headline headline = HeadlineBuilder.build(List.of(new ZoneLine(line, true, true, false)), BODY);
        assertThat(headline.title()).isEqualTo("城东小学举办首届科技节");
    }

    /** A kicker led into its title by a dash in the same unit keeps its mark, as packages print their items'. */
    @Test
    void aDeviceMarkOpeningAKickerLedIntoItsTitleStays() {
        String line = "■ 城东小学科技辅导员——“让孩子亲手造出机器人”";
        Headline headline = HeadlineBuilder.build(List.of(new ZoneLine(line, true, true, false)), BODY);
        assertThat(headline.text()).startsWith("■");
    }
}
