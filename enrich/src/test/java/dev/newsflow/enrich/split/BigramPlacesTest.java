package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BigramPlacesTest {

    private static int bigram(String two) {
        return two.charAt(0) << 16 | two.charAt(1);
    }

    @Test
    void tellsTheLeadFromTheRestOfTheBodyAndCountsBodies() {
        List<Bigrams> leads = List.of(Bigrams.of("城市书房"), Bigrams.of("老街老宅"));
        List<Bigrams> bodies = List.of(Bigrams.of("城市书房遍布街巷，老宅也开了书房"), Bigrams.of("老街老宅修缮完成"));
        BigramPlaces places = new BigramPlaces(leads, bodies);

        int books = places.index(bigram("书房"));
        assertThat(places.where(books, 0)).isEqualTo(BigramPlaces.IN_LEAD);
        assertThat(places.where(books, 1)).isZero();
        assertThat(places.bodies(books)).isEqualTo(1);

        int house = places.index(bigram("老宅"));
        assertThat(places.where(house, 0)).isEqualTo(BigramPlaces.IN_BODY);
        assertThat(places.where(house, 1)).isEqualTo(BigramPlaces.IN_LEAD);
        assertThat(places.bodies(house)).isEqualTo(2);
        assertThat(places.index(bigram("书房"))).isEqualTo(books);
    }

    @Test
    void keepsEveryBigramsPlacesAsTheTablesGrow() {
        StringBuilder text = new StringBuilder();
        for (char c = '\u4E00'; c < '\u4E00' + 2000; c++) {
            text.append(c);
        }
        BigramPlaces places = new BigramPlaces(List.of(Bigrams.of("")), List.of(Bigrams.of(text.toString())));
        int[] indexes = new int[1999];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = places.index(text.charAt(i) << 16 | text.charAt(i + 1));
        }
        for (int i = 0; i < indexes.length; i++) {
            assertThat(places.index(text.charAt(i) << 16 | text.charAt(i + 1))).isEqualTo(indexes[i]);
            assertThat(places.where(indexes[i], 0)).isEqualTo(BigramPlaces.IN_BODY);
        }
        assertThat(places.where(places.index(bigram("书房")), 0)).isZero();
    }
}
