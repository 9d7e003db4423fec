package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.newsflow.testkit.Seeds;

class BigramsTest {

    @Test
    void everyBigramOfALongTextIsFoundInItsTable() {
        String page = Seeds.text("001");
        Bigrams grams = Bigrams.of(page);
        long taken = Arrays.stream(grams.slots()).filter(g -> g != 0).count();
        assertThat(taken).isEqualTo(grams.size());
        assertThat(grams.toArray()).hasSize(grams.size());
        assertThat(Arrays.stream(grams.toArray()).allMatch(grams::contains)).isTrue();
        assertThat(grams.shareIn(Bigrams.of(page))).isEqualTo(1.0);
    }
}
