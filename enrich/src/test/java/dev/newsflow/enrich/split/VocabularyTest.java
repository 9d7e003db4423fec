package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.newsflow.testkit.Seeds;

class VocabularyTest {

    private static final String[] FEW = {"未经", "不得", "版权", "依法追究"};
    private static final String[] MANY = {"热线", "电话", "传真", "邮编", "邮政编码", "地址：", "投稿", "零售价", "定价",
        "订阅", "发行", "刊号", "总编辑", "社长", "主编", "责编"};

    @Test
    void aFewWordsAndManyAreFoundWhereTheirAlternationFindsOne() {
        List<String> texts = Stream.concat(Seeds.text("001").lines(),
                Stream.of("", "未", "经", "版权", "本报版权所有", "不得转载", "依法追究法律责任。", "邮政编码：214000",
                        "订阅热线", "零售价1元", "社会")).toList();
        for (String[] words : List.of(FEW, MANY)) {
            Vocabulary vocabulary = new Vocabulary(words);
            Pattern alternation =
                    Pattern.compile(Stream.of(words).map(Pattern::quote).collect(Collectors.joining("|")));
            for (String text : texts) {
                assertThat(vocabulary.foundIn(text)).as(text).isEqualTo(alternation.matcher(text).find());
                assertThat(vocabulary.count(text)).as(text).isEqualTo(alternation.matcher(text).results().count());
            }
        }
    }

    @Test
    void aWordIsFoundAtTheEndOfALongTextOnly() {
        String text = "文".repeat(5000) + "依法追究";
        assertThat(new Vocabulary(FEW).foundIn(text)).isTrue();
        assertThat(new Vocabulary(FEW).foundIn(text.substring(0, text.length() - 1))).isFalse();
        assertThat(new Vocabulary(MANY).foundIn(text + "投稿")).isTrue();
    }
}
