package dev.newsflow.enrich.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HanLpSegmenterTest {

    private static final HanLpSegmenter SEGMENTER = new HanLpSegmenter();

    @Test
    void aNumberAndItsUnitOfDateAreOneWordInEitherWidthOfDigits() {
        assertThat(SEGMENTER.segment("１２月３１日发表１９９８年新年讲话").words()).startsWith("１２月", "３１日", "发表", "１９９８年");
        assertThat(SEGMENTER.segment("2024年12月31日").words()).containsExactly("2024年", "12月", "31日");
    }

    @Test
    void tokensHoldTheirOwnCharactersAtTheirOffsetsAndNoWhitespace() {
        String text = "本报讯 市委书记杜小刚会见\n国开行江苏省分行行长唐力。";
        Segmentation s = SEGMENTER.segment(text);
        for (Token t : s.tokens()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(t.text()).doesNotContainAnyWhitespaces();
        }
        assertThat(String.join("", s.words())).isEqualTo(text.replaceAll("\\s", ""));
    }

    @Test
    void aLineEndIsAWordBoundary() {
        // 会见 / 国开行 across the line end: no word spans it
        String text = "市委书记会\n见外宾";
        List<Token> tokens = SEGMENTER.segment(text).tokens();
        assertThat(tokens).noneMatch(t -> t.start() < 5 && t.end() > 5);
    }

    @Test
    void theSecondRecognizerReadsNamesAsHintsWithTheirOffsets() {
        String text = "致公党中央主席罗豪才主持会议。";
        List<Span> hints = SEGMENTER.segment(text).nameHints();
        assertThat(hints).extracting(h -> h.of(text)).contains("罗豪才");
        assertThat(new HanLpSegmenter(false).segment(text).nameHints()).isEmpty();
    }
}
