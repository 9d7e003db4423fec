package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026.03.02 要闻", "综合新闻 2026-03-02", "2026/3/2", "2026年3月2日 星期一", "第A03版 城事"})
    void anEditionLineIsKnownByItsDateOrPage(String line) {
        assertThat(Furniture.isEditionLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"产值增长1.5倍", "三号楼-1层开放", "城事 要闻", "2026.03.02起实行新规。"})
    void aLineWithoutADateOrPageOfItsOwnIsNoEditionLine(String line) {
        assertThat(Furniture.isEditionLine(line)).isFalse();
    }
}
