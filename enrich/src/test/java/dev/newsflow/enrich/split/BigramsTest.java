package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsflow.testkit.Seeds;

class BigramsTest {

    @Test
    void aTextsShareInALongTextReadInOnePassIsItsShareInThatTextsTable() {
        String page = Seeds.text("000");
        List<String> units = List.of("全线出击，招大引强", "无锡经贸组团出海", "𠀀𠀁字与数字2024", "", "，。", "完全不相干的词语");
        for (String unit : units) {
            for (String text : List.of(page, "𠀀𠀁字与数字2024年", "", "招大引强")) {
                assertThat(Bigrams.of(unit).shareIn(text)).as("%s in %.20s", unit, text)
                        .isEqualTo(Bigrams.of(unit).shareIn(Bigrams.of(text)));
            }
        }
        assertThat(Bigrams.of("招大引强").shareIn("全线出击，招大引强")).isEqualTo(1.0);
        assertThat(Bigrams.of("招大引强").shareIn("招大")).isEqualTo(1 / 3.0);
    }

    @Test
    void everyBigramOfALongTextIsFoundInItsTable() {
        String page = Seeds.text("001");
        Bigrams grams = Bigrams.of(page);
        long taken = Arrays.stream(grams.slots()).filter(g -> g != 0).count();
        assertThat(taken).isEqualTo(grams.size());
        assertThat(grams.toArray()).hasSize(grams.size());
        assertThat(Arrays.stream(grams.toArray()).allMatch(grams::contains)).isTrue();
        assertThat(grams.shareIn(page)).isEqualTo(1.0);
    }
}
