package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkersTest {

    @Test
    void aContinuationMarkersTailOnTheNextLineIsToldFromAnotherBracket() {
        assertThat(Markers.wrapsContinuedTo("部署新学期各项工作。（下", "转第3版）")).isTrue();
        assertThat(Markers.wrapsContinuedTo("部署新学期各项工作。（下转第", "3版）")).isTrue();
        assertThat(Markers.wrapsContinuedTo("部署新学期各项工作。（下转第3版）", "（王芳）")).isFalse();
        assertThat(Markers.wrapsContinuedTo("部署新学期各项工作。", "（下转第3版）")).isFalse();
        assertThat(Markers.wrapsContinuedTo("城东新建三座口袋公园（", "城事）")).isFalse();
    }

    /** Papers mark a continuation in square brackets, with 续, or with 上接 and no bracket at all. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"（上接第1版）市民说|1|市民说", "【上接A2版】市民说|2|市民说", "（续第三版）市民说|3|市民说",
        "上接A1版 市民说|1|市民说", "◀上接第4版 市民说|4|市民说"})
    void aContinuationFromAnotherPageIsReadInTheFormsPapersPrint(String line, int page, String text) {
        assertThat(Markers.continuedFrom(line)).isEqualTo(page);
        assertThat(Markers.stripContinuedFrom(line)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"市民说。（下转第2版）|2", "市民说。【转A3版】|3", "市民说。>>下转第3版|3", "市民说。下转第5版|5"})
    void aContinuationOntoAnotherPageIsReadInTheFormsPapersPrint(String line, int page) {
        assertThat(Markers.continuedTo(line)).isEqualTo(page);
        assertThat(Markers.stripContinuedTo(line)).isEqualTo("市民说。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"上接着话头说", "上接下来的工作", "市民说。相关报道见第3版", "（下接第5版）"})
    void wordsThatOnlyLookLikeAContinuationAreNone(String line) {
        assertThat(Markers.continuedFrom(line)).isNull();
        assertThat(Markers.continuedTo(line)).isNull();
    }

    @Test
    void aDatelineANarrowColumnWrappedIsReadOverTwoLinesByTheLinesWidth() {
        // fifteen characters, but eleven em: the date's digits are half as wide
        assertThat(Markers.opensArticleAt(List.of("新华社呼和浩特10月14日", "电 自治区今年秋粮喜获丰收。"), 0)).isTrue();
        // fifteen em: a line of a wider column, which a dateline fits on whole
        assertThat(Markers.opensArticleAt(List.of("新华社呼和浩特市赛罕区10月14日", "电 今年秋粮喜获丰收。"), 0)).isFalse();
    }

    @Test
    void thePapersOwnNewsIsADatelineWhenTheExtractionLostTheSpaceAfterIt() {
        assertThat(Markers.dateline("本报讯记者从市交通局获悉，新线月底开通。")).isEqualTo("本报讯");
        assertThat(Markers.dateline("本刊讯“老街又热闹起来了。”王阿姨说。")).isEqualTo("本刊讯");
        // another source's 讯 runs on into a word as often as it ends a dateline (资讯, 通讯)
        assertThat(Markers.dateline("通讯员从市交通局获悉，新线月底开通。")).isNull();
        assertThat(Markers.dateline("健康资讯阅读量持续升高")).isNull();
        assertThat(Markers.dateline("本报记者3日电话采访了市交通局负责人。")).isNull();
        assertThat(Markers.dateline("市里3日电力供应全面恢复。")).isNull();
    }

    /**
     * News apps and sites date their reports as papers and agencies do, and so does a paper's all-media desk; a
     * roundup of several sources is dated as one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "某某日报客户端讯（记者 王芳）昨天，城区三座口袋公园同时开放。|某某日报客户端讯",
        "某某新闻讯 昨天，城区三座口袋公园同时开放。|某某新闻讯",
        "本报讯（记者 王芳）昨天，城区三座口袋公园同时开放。|本报讯",
        "某某日报全媒体讯（记者 王芳）昨天，城区三座口袋公园同时开放。|某某日报全媒体讯",
        "本报融媒讯 昨天，城区三座口袋公园同时开放。|本报融媒讯",
        "本报综合报道 连日来，多地口袋公园相继开放。|本报综合报道"})
    void aDatelineOfAnAppASiteOrADeskOpensAReport(String paragraph, String dateline) {
        assertThat(Markers.dateline(paragraph)).isEqualTo(dateline);
    }

    /**
     * A dateline's last word stands right after the date, spaces or not, or right before a space, a bracket, a colon
     * or the text: the cheap check before the pattern must let every such form through.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "新华社北京2月17日 电 记者从有关部门获悉，|新华社北京2月17日 电",
        "本报上海3月2日讯 昨天，城区三座口袋公园同时开放。|本报上海3月2日讯",
        "本报北京2月17日消息，城区三座口袋公园同时开放。|本报北京2月17日消息",
        "新华社电（记者 王芳）城区三座口袋公园同时开放。|新华社电",
        "本报上海3日电（记者 王芳）城区三座口袋公园同时开放。|本报上海3日电",
        "新华社北京3日电 城区三座口袋公园同时开放。|新华社北京3日电",
        "新华社消息：城区三座口袋公园同时开放。|新华社消息",
        "本报讯3月2日，城区三座口袋公园同时开放。|本报讯",
        "【本报讯】昨天，城区三座口袋公园同时开放。|【本报讯】"})
    void aDatelineEndsRightAfterTheDateOrBeforeWhatFollowsIt(String paragraph, String dateline) {
        assertThat(Markers.dateline(paragraph)).isEqualTo(dateline);
    }

    @ParameterizedTest
    @ValueSource(strings = {"电话核实后，记者来到现场。", "通讯员王芳说，公园同时开放。", "信息显示，公园同时开放。",
        "村民闻讯赶来，帮忙扑灭了火。", "新闻发布会上，有关负责人介绍了情况。", "他说全媒体讯息很多。",
        "媒体综合报道了这件事。"})
    void aSentenceIsNoDateline(String paragraph) {
        assertThat(Markers.dateline(paragraph)).isNull();
    }

    @Test
    void aStationIsASourceButAWordEndingInItsCharacterIsNot() {
        assertThat(Markers.opensArticle("市电视台消息 昨天，全市新建的城市书房对外开放。")).isTrue();
        assertThat(Markers.opensArticle("中央广播电视总台电 昨天，全市新建的城市书房对外开放。")).isTrue();
        // a headline's line wrapped after 二 (…项目二 / 期首台机组发电) names no station
        assertThat(Markers.opensArticle("期首台机组发电")).isFalse();
        assertThat(Markers.opensArticle("全市首台氢能公交车消息")).isFalse();
    }

    @Test
    void aPageNumberReadsInAnyDigitsOrInHanNumerals() {
        assertThat(Markers.number("3")).isEqualTo(3);
        assertThat(Markers.number(" 12 ")).isEqualTo(12);
        assertThat(Markers.number("１２")).isEqualTo(12);
        assertThat(Markers.number("十二")).isEqualTo(12);
        assertThat(Markers.number("三")).isEqualTo(3);
        assertThat(Markers.continuedFrom("（上接第１２版）会议指出")).isEqualTo(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"编辑同志：上个月，我在网上买了一箱蔬菜。", "尊敬的编辑：您好！", "记者同志：我家楼下的路灯坏了。", "编辑部：来信收悉。",
        "编辑同志:我是一名退休教师。"})
    void aLettersSalutationToThePaperOpensALetter(String text) {
        assertThat(Markers.opensWithSalutation(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"编辑同志们认真审稿。", "记者从市教育局获悉：", "编辑部主任张明说：", "编辑"})
    void aTextNamingEditorsOrReportersOpensNoLetter(String text) {
        assertThat(Markers.opensWithSalutation(text)).isFalse();
    }
}
