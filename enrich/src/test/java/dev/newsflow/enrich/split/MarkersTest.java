package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkersTest {

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

    @ParameterizedTest
    @ValueSource(strings = {"村民闻讯赶来，帮忙扑灭了火。", "新闻发布会上，有关负责人介绍了情况。", "他说全媒体讯息很多。",
        "媒体综合报道了这件事。"})
    void aSentenceIsNoDateline(String paragraph) {
        assertThat(Markers.dateline(paragraph)).isNull();
    }
}
