package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TraditionalScriptTest {

    /** A page of a paper printed in traditional characters, its marks those the splitter reads in simplified ones. */
    private static final String PAGE = String.join("\n",
            "東江日報　2026年3月5日　星期四",
            "",
            "海濱長廊延長段下月開放",
            "",
            "　　本報訊（記者 梁國華）海濱長廊延長段工程已大致完成，預計下月開放給市民使用。",
            "　　延長段全長約一點二公里，沿途設有單車徑和觀景台，將與現有長廊連接。",
            "",
            "屋邨長者中心引入智能藥盒",
            "",
            "　　本報訊（記者 麥芷澄）為協助獨居長者按時服藥，一間長者中心引入智能藥盒。",
            "　　中心負責人表示，藥盒會在服藥時間發出提示，社工亦可透過手機查看紀錄。",
            "",
            "責任編輯：容嘉敏");

    @Test
    void aPageInTraditionalCharactersSplitsAsItsSimplifiedCopyAndKeepsWhatItPrinted() {
        assertThat(TraditionalScript.isTraditional(PAGE)).isTrue();
        SplitPage page = new PageSplitter().split(PAGE);
        assertThat(page.articles()).extracting(a -> a.headline().title(), Article::bylines).containsExactly(
                tuple("海濱長廊延長段下月開放", List.of("梁國華")), tuple("屋邨長者中心引入智能藥盒", List.of("麥芷澄")));
        assertThat(page.articles().get(0).paragraphs()).containsExactly(
                "本報訊（記者 梁國華）海濱長廊延長段工程已大致完成，預計下月開放給市民使用。",
                "延長段全長約一點二公里，沿途設有單車徑和觀景台，將與現有長廊連接。");
        assertThat(page.furniture()).contains("責任編輯：容嘉敏");
    }

    @Test
    void aPageInSimplifiedCharactersIsReadAsItIs() {
        String simplified = "本报讯（记者 王芳）城东新建三座口袋公园日前开放，公园里配有健身器材。这些公园还将种上更多树木。";
        assertThat(TraditionalScript.isTraditional(simplified)).isFalse();
        assertThat(TraditionalScript.simplified("本報訊（記者 王芳）")).isEqualTo("本报讯（记者 王芳）");
    }
}
