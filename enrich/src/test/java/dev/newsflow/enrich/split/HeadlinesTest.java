package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadlinesTest {

    @Test
    void aSentenceWrappedOverUnpunctuatedLinesIsNoHeadlineBlock() {
        // each line on its own could be a headline's; together they hold a sentence's commas (a summary, a lead)
        assertThat(Headlines.isHeadlineLike(List.of("老街上的老宅修缮完成，雕花门", "窗重现旧日模样，吸引游客驻足",
                "拍照，老宅讲解服务要提前预约"), false)).isFalse();
    }

    @Test
    void aKickerOfThreePhrasesOverItsTitleIsAHeadlineBlock() {
        assertThat(Headlines.isHeadlineLike(List.of("老宅修缮完成，门窗重现旧貌，游客纷至沓来——",
                "老街焕发新活力"), false)).isTrue();
        assertThat(Headlines.isHeadlineLike(List.of("书房遍布街巷，阅读点亮夜晚", "城市书房，越开越多"), false))
                .isTrue();
    }

    /** Its comma a Chinese or, where the text was set with Latin punctuation, a Latin one. */
    @ParameterizedTest
    @ValueSource(strings = {"，", ","})
    void aKickerWrappedAfterItsCommaStaysAHeadlineLineUnlessItFillsTheColumnLikeText(String comma) {
        List<String> kicker = List.of("老城区改造完成整整三年" + comma, "经过一轮又一轮修缮后——", "老街重现烟火气（城市观察）");
        assertThat(Headlines.isHeadlineLike(kicker, false)).isTrue();
        assertThat(Headlines.isHeadlineLike(kicker, false, 20)).isTrue();
        // a paragraph's lines fill the column, the line under the comma too
        List<String> text = List.of("社区服务中心每天开放，", "居民可以预约理发和修", "补衣物等便民服务项目");
        assertThat(Headlines.isHeadlineLike(text, false, 10)).isFalse();
        assertThat(Headlines.isHeadlineLike(List.of("老城区改造完成整整三年，"), false)).isFalse();
    }

    @Test
    void aTitleClosingWithAQuestionOverItsSubtitleIsAHeadlineBlock() {
        // kicker, title and subtitle hold a comma each: each part counts its own
        List<String> headline = List.of("入夏以来，社区门诊量明显上升", "空调病找上门，怎么防？", "——医生提醒：温差别太大，冷风别直吹");
        assertThat(Headlines.isHeadlineLike(headline, true)).isTrue();
        // without the subtitle's dash the question closes a sentence in the middle of the block
        List<String> text = List.of("入夏以来，社区门诊量明显上升", "空调病找上门，怎么防？", "医生提醒：温差别太大，冷风别直吹");
        assertThat(Headlines.isHeadlineLike(text, true)).isFalse();
    }

    @Test
    void aDashAloneUnderAKickerIsTheKickersNotASubtitle() {
        assertThat(Headlines.isHeadlineLike(List.of("融合多种媒介传递新春祝福", "——"), false)).isTrue();
    }

    @Test
    void aKickerWrappedAfterAnEnumerationMarkStaysAHeadlineLineUnlessItFillsTheColumnLikeText() {
        List<String> kicker = List.of("市图书馆五年办二百多场展览、", "四百多场讲座", "书香“流”到村子里");
        assertThat(Headlines.isHeadlineLike(kicker, false)).isTrue();
        assertThat(Headlines.isHeadlineLike(kicker, false, 18)).isTrue();
        List<String> text = List.of("社区服务中心提供理发、", "修补衣物和家电维修等便", "民服务项目");
        assertThat(Headlines.isHeadlineLike(text, false, 11)).isFalse();
    }

    @Test
    void aNumberedSeriesJoinedToItsColumnClosesAHeadlineLine() {
        assertThat(Headlines.closesWithColumnTag("老街焕发新活力（城市观察）")).isTrue();
        assertThat(Headlines.closesWithColumnTag("老街焕发新活力（乡村振兴看变化·新时代新农村新气象⑥）")).isTrue();
        // a bracket opened on the line above is no column's name of this one
        assertThat(Headlines.closesWithColumnTag("新活力（城市（二）")).isFalse();
    }

    @Test
    void aLineClosingTheTextWithAJumpOrTheEndOfCopyIsNoHeadline() {
        // questions closing a paragraph without a full stop, then the jump to the page it goes on on
        assertThat(Headlines.isHeadlineLike(List.of("新路修通以后，老街还留得住人吗？客流还会回来吗？（下转第6版）"), true))
                .isFalse();
        assertThat(Headlines.isHeadlineLike(List.of("展馆将于下月对外开放（完）"), true)).isFalse();
        assertThat(Headlines.isHeadlineLike(List.of("新路修通以后，老街还留得住人吗？"), true)).isTrue();
    }

    @Test
    void aNumberedListIsTextHoweverShortItsItems() {
        assertThat(Headlines.isHeadlineLike(List.of("1.审议城市更新工作情况的报告", "2.审议生态环境保护工作情况的报告",
                "3.审议有关人事任免事项"), false)).isFalse();
        assertThat(Headlines.isHeadlineLike(List.of("（一）粮食产量稳步增长", "（二）谷物供应基本自给"), false)).isFalse();
        // one numbered line is a sub-heading, and numbers that do not run on make no list
        assertThat(Headlines.isHeadlineLike(List.of("一、加强城市更新"), false)).isTrue();
        assertThat(Headlines.isNumberedList(List.of("1.城市更新", "3.生态保护"))).isFalse();
        // a decimal opening a line is no item's number
        assertThat(Headlines.isNumberedList(List.of("1.5倍于去年的客流", "2.审议有关人事任免事项"))).isFalse();
    }

    @Test
    void aRowOfNamesSpacedApartIsAListsRowNoHeadingLine() {
        assertThat(Headlines.isListRow("王晨  曹建明  张春贤  沈跃跃")).isTrue();
        assertThat(Headlines.isListRow("王　伟  李　明  张　华  赵　强")).isTrue();
        assertThat(Headlines.isHeadlineLine("王晨  曹建明  张春贤  沈跃跃", true)).isFalse();
        // a kicker of three phrases side by side, a word spread over its title, a title: no list
        assertThat(Headlines.isListRow("社会选拔 海外拉练 封闭训练")).isFalse();
        assertThat(Headlines.isListRow("四 川")).isFalse();
        assertThat(Headlines.isListRow("城南夜市 重新开张 迎来 八方游客")).isFalse();
        assertThat(Headlines.isListRow("王晨、曹建明、张春贤、沈跃跃")).isFalse();
        // under a full row, a list's last row may hold fewer names
        assertThat(Headlines.isListRow("罗  军")).isFalse();
        assertThat(Headlines.isListRow("罗  军", Headlines.MIN_LIST_TAIL_ITEMS)).isTrue();
    }
}
