package dev.newsflow.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class AmountNormalizerTest {

    private static AmountTag only(String text) {
        List<AmountTag> tags = AmountNormalizer.find(text);
        assertThat(tags).hasSize(1);
        AmountTag t = tags.get(0);
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        return t;
    }

    @Test
    void yuanWithScale() {
        AmountTag t = only("地区生产总值7052.8亿元，");
        assertThat(t.text()).isEqualTo("7052.8亿元");
        assertThat(t.kind()).isEqualTo("money");
        assertThat(t.value()).isCloseTo(7.0528e11, within(1.0));
        assertThat(t.unit()).isEqualTo("元");
        assertThat(t.currency()).isEqualTo("CNY");
    }

    @Test
    void foreignCurrency() {
        AmountTag t = only("进出口额12.37亿美元");
        assertThat(t.value()).isCloseTo(1.237e9, within(1.0));
        assertThat(t.currency()).isEqualTo("USD");
        assertThat(t.unit()).isEqualTo("美元");
        assertThat(only("投资5000万欧元").currency()).isEqualTo("EUR");
    }

    @Test
    void percentages() {
        AmountTag t = only("同比增长82.5%");
        assertThat(t.kind()).isEqualTo("percent");
        assertThat(t.value()).isEqualTo(82.5);
        assertThat(t.unit()).isEqualTo("%");
        assertThat(only("占百分之三十").value()).isEqualTo(30.0);
        assertThat(only("提高1.2个百分点").unit()).isEqualTo("百分点");
    }

    @Test
    void quantitiesWithUnits() {
        AmountTag mw = only("装机容量150MW");
        assertThat(mw.kind()).isEqualTo("quantity");
        assertThat(mw.value()).isEqualTo(150.0);
        assertThat(mw.unit()).isEqualTo("MW");
        AmountTag area = only("占地3.5万平方米");
        assertThat(area.value()).isCloseTo(35000.0, within(1e-6));
        assertThat(area.unit()).isEqualTo("平方米");
    }

    @Test
    void chineseNumeralsAndApproximations() {
        assertThat(only("拨款三千万元").value()).isCloseTo(3e7, within(1.0));
        assertThat(only("吸引300多万人次").value()).isCloseTo(3e6, within(1.0));
        assertThat(only("投资1,200万元").value()).isCloseTo(1.2e7, within(1.0));
    }

    @Test
    void yearsOrdinalsBareNumbersAndCountingWordsAreNotAmounts() {
        assertThat(AmountNormalizer.find("2024年，第3个，编号12345，一个项目，三家企业，十余家")).isEmpty();
    }
}
