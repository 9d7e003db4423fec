package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @Test
    void widthCountsCjkAndFullWidthAsOneEmAndAsciiAsHalf() {
        assertThat(Text.width("市委书记")).isEqualTo(4.0);
        assertThat(Text.width("GDP增长5%")).isEqualTo(5 * 0.5 + 2);
        // general punctuation quotes and dashes are set full width in Chinese text
        assertThat(Text.width("“好”——")).isEqualTo(5.0);
        assertThat(Text.width("")).isEqualTo(0.0);
    }

    @Test
    void aLineClosesItsBracketsWhenEachOneOpenedClosesAfterIt() {
        assertThat(Text.closesItsBrackets("城市公园（图）迎客“周末”")).isTrue();
        assertThat(Text.closesItsBrackets("无括号的标题")).isTrue();
        assertThat(Text.closesItsBrackets("会议审议通过《关于加快建设")).isFalse();
        assertThat(Text.closesItsBrackets("城市公园”迎客“")).isFalse();
    }

    @Test
    void aCharacterBeyondTheBmpIsOneEmNotTwo() {
        String rare = new String(Character.toChars(0x20BB7)); // 𠮷, two UTF-16 units
        assertThat(Text.width(rare + "野家")).isEqualTo(3.0);
        // a lone surrogate is as wide as any other CJK-range unit
        assertThat(Text.width("\uD842家")).isEqualTo(2.0);
    }

    @Test
    void bigramsJoinLettersAndDigitsAcrossPunctuationAndSpaces() {
        Bigrams b = Bigrams.of("杜小刚，会见 唐力");
        assertThat(b.size()).isEqualTo(6); // 杜小 小刚 刚会 会见 见唐 唐力
        assertThat(b.contains('刚' << 16 | '会')).isTrue();
        assertThat(b.contains('，' << 16 | '会')).isFalse();
        assertThat(Bigrams.of("一").size()).isZero();
        assertThat(Bigrams.of("，。").size()).isZero();
    }

    @Test
    void aLetterBeyondTheBmpTakesPartAsItsTwoUnits() {
        String rare = new String(Character.toChars(0x20BB7));
        Bigrams b = Bigrams.of("吉" + rare + "野");
        // 吉+high, high+low, low+野
        assertThat(b.size()).isEqualTo(3);
        assertThat(b.contains(rare.charAt(0) << 16 | rare.charAt(1))).isTrue();
        assertThat(b.shareIn(Bigrams.of("吉" + rare + "野家"))).isEqualTo(1.0);
    }

    @Test
    void containsAnyLooksAtTheCharactersGivenWithinTheLimit() {
        assertThat(Text.containsAny("责任编辑：王明", "：:")).isTrue();
        assertThat(Text.containsAny("编辑 王明", "：:")).isFalse();
        assertThat(Text.containsAny("本报讯 今年", "电讯息", 3)).isTrue();
        assertThat(Text.containsAny("今年的消息", "电讯息", 3)).isFalse();
        assertThat(Text.containsAny("", "：:")).isFalse();
        assertThat(Text.containsAny("一二三四五六", "七八九十六")).isTrue();
        assertThat(Text.containsAny("一二三四五", "七八九十六")).isFalse();
    }

    /**
     * Text set with Latin punctuation ends its sentences with a full stop or an ellipsis of dots; after a digit or a
     * letter a dot is a decimal point or an abbreviation's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"市民办事更方便了.|true", "让黄河人安心发展......|true", "让黄河人安心发展……|true",
        "市民办事更方便了。|true", "增长了3.|false", "见图No.|false", "城市书房开到家门口|false", "市民办事更方便了，|false"})
    void aSentenceEndsWithAFullStopOrAnEllipsisOfEitherScript(String line, boolean ends) {
        assertThat(Text.endsSentence(line)).isEqualTo(ends);
    }

    @Test
    void aNoteAfterAFinishedSentenceEndsIt() {
        assertThat(Text.endsSentenceAndNote("参观人数接近十亿人次。（相关报道见第二版）")).isTrue();
        assertThat(Text.endsSentenceAndNote("全文完。(完)")).isTrue();
        assertThat(Text.endsSentenceAndNote("城市书房夜间开放（民生观）")).isFalse();
        assertThat(Text.endsSentenceAndNote("（相关报道见第二版）")).isFalse();
        assertThat(Text.endsSentenceAndNote("参观人数接近十亿人次。")).isFalse();
    }

    @Test
    void aQuoteClosingWhatOpenedOnALineAboveIsUnopened() {
        assertThat(Text.closesUnopened("现在，天天有人来拍照！”")).isTrue();
        assertThat(Text.closesUnopened("新语）")).isTrue();
        assertThat(Text.closesUnopened("“扬眉吐气”（新语）")).isFalse();
        assertThat(Text.closesUnopened("城市书房夜间开放")).isFalse();
    }
}
