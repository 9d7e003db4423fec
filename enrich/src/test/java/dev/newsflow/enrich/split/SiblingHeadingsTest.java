package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.split.HeadlineAssigner.ZoneLine;

class SiblingHeadingsTest {

    /** A feature's headline, then three sub-headings printed alike, then the next article's headline. */
    private static final List<String> HEADINGS = List.of("第90分钟破门 江州队提前夺冠", "半场落后 更衣室里没人低头",
            "八年沉浮 一座城市的足球记忆", "升级之后 挑战才刚刚开始", "全市青少年游泳比赛落幕");

    /**
     * The decisions after siblings are decided together; each zone's own decision is its score's sign. A heading's
     * lines are split at '/'.
     */
    private static boolean[] decided(List<String> headings, boolean[] weighed, double... scores) {
        boolean[] subheading = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            subheading[i] = scores[i] > 0;
        }
        List<List<ZoneLine>> zones = headings.stream()
                .map(h -> Arrays.stream(h.split("/")).map(l -> new ZoneLine(l, true, false, true)).toList()).toList();
        Boundaries.decideSiblingsAlike(zones, weighed, scores, subheading);
        return subheading;
    }

    @Test
    void siblingsOfASectionsSubHeadingAreSubHeadingsToo() {
        // the first section's lead echoes its sub-heading, and the text above is the feature's one opening paragraph
        boolean[] weighed = {false, true, true, true, false};
        assertThat(decided(HEADINGS, weighed, 0, -0.6, 0.9, 0.9, 0)).containsExactly(false, true, true, true, false);
    }

    @Test
    void headingsShapedOtherwiseKeepTheirOwnDecisions() {
        List<String> headings = List.of("第90分钟破门 江州队提前夺冠", "半场落后", "八年沉浮 一座城市的足球记忆，还在延续",
                "全市青少年游泳比赛落幕");
        boolean[] weighed = {false, true, true, false};
        assertThat(decided(headings, weighed, 0, -0.6, 0.9, 0)).containsExactly(false, false, true, false);
    }

    @Test
    void aBoxsLabelOverItsTitleIsNoSiblingOfATitleAlone() {
        List<String> headings = List.of("第90分钟破门 江州队提前夺冠", "半场落后 更衣室里没人低头", "链接/江州足球八年沉浮",
                "全市青少年游泳比赛落幕");
        boolean[] weighed = {false, true, true, false};
        assertThat(decided(headings, weighed, 0, 0.9, -0.6, 0)).containsExactly(false, true, false, false);
    }

    @Test
    void headingsAlikeBetweenTextsTheyDoNotBothHeadAreNoRun() {
        // a heading decided by what it is alone stands between: the two weighed ones are no siblings in one run
        boolean[] weighed = {false, true, false, true, false};
        assertThat(decided(HEADINGS, weighed, 0, -0.6, 0, 0.9, 0)).containsExactly(false, false, false, true, false);
    }
}
