package dev.newsflow.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
        assertThat(t.exactValue()).isEqualTo("705280000000");
        assertThat(t.unit()).isEqualTo("元");
        assertThat(t.currency()).isEqualTo("CNY");
    }

    @Test
    void foreignCurrency() {
        AmountTag t = only("进出口额12.37亿美元");
        assertThat(t.exactValue()).isEqualTo("1237000000");
        assertThat(t.currency()).isEqualTo("USD");
        assertThat(t.unit()).isEqualTo("美元");
        assertThat(only("投资5000万欧元").currency()).isEqualTo("EUR");
    }

    @Test
    void percentages() {
        AmountTag t = only("同比增长82.5%");
        assertThat(t.kind()).isEqualTo("percent");
        assertThat(t.exactValue()).isEqualTo("82.5");
        assertThat(t.unit()).isEqualTo("%");
        assertThat(only("占百分之三十").exactValue()).isEqualTo("30");
        assertThat(only("提高1.2个百分点").unit()).isEqualTo("百分点");
    }

    @Test
    void quantitiesWithUnits() {
        AmountTag mw = only("装机容量150MW");
        assertThat(mw.kind()).isEqualTo("quantity");
        assertThat(mw.exactValue()).isEqualTo("150");
        assertThat(mw.unit()).isEqualTo("MW");
        AmountTag area = only("占地3.5万平方米");
        assertThat(area.exactValue()).isEqualTo("35000");
        assertThat(area.unit()).isEqualTo("平方米");
    }

    @Test
    void chineseNumeralsAndApproximations() {
        assertThat(only("拨款三千万元").exactValue()).isEqualTo("30000000");
        assertThat(only("吸引300多万人次").exactValue()).isEqualTo("3000000");
        assertThat(only("投资1,200万元").exactValue()).isEqualTo("12000000");
    }

    @Test
    void valuesAreExactDecimalsWhereMultiplyingDoublesWouldNotBe() {
        // 2066.32 * 1e8 in doubles is 206632000000.00003; 0.07 * 1e4 is 700.0000000000001
        assertThat(only("总投资2066.32亿元").value()).isEqualTo(new BigDecimal("206632000000"));
        assertThat(only("面积0.07万平方米").value()).isEqualTo(new BigDecimal("700"));
        assertThat(only("装机120.3万千瓦").exactValue()).isEqualTo("1203000");
        assertThat(only("增长0.10%").exactValue()).isEqualTo("0.1");
        assertThat(only("增长0.125%").exactValue()).isEqualTo("0.125");
        assertThat(only("投入0万元").exactValue()).isEqualTo("0");
    }

    @Test
    void yearsOrdinalsBareNumbersAndCountingWordsAreNotAmounts() {
        assertThat(AmountNormalizer.find("2024年，第3个，编号12345，一个项目，三家企业，十余家")).isEmpty();
    }
}
