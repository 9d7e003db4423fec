package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.split.HeadlineAssigner.ZoneLine;

class JoinHeadlinesBelowTest {

    private static final ZoneLine HEADLINE = new ZoneLine("城市更新要留住烟火气", true, true, false);

    private static Draft text(String... paragraphs) {
        Draft d = new Draft(false, true);
        for (String p : paragraphs) {
            d.addLine(p, false, true);
            d.endParagraph();
        }
        return d;
    }

    /** Two texts, the second's headline standing after it; nothing between them. */
    private static List<Integer> join(List<Draft> drafts, HeadlineAssigner.Result assigned) {
        List<List<ZoneLine>> zones = List.of(List.of(), List.of(), List.of(HEADLINE));
        return PageSplitter.joinHeadlinesBelow(List.of(0, 1), drafts, zones, assigned);
    }

    private static HeadlineAssigner.Result titledAfterSecond() {
        List<List<ZoneLine>> headlines = new ArrayList<>();
        headlines.add(null);
        headlines.add(List.of(HEADLINE));
        return new HeadlineAssigner.Result(headlines, List.of(new ArrayList<>(), new ArrayList<>()), List.of());
    }

    @Test
    void anUntitledTextOpensTheArticleWhoseHeadlineFollowsTheTextAfterIt() {
        List<Draft> drafts = List.of(text("城市更新不是简单的拆旧建新。", "（作者为城市规划系教授）"),
                text("推荐读物：", "1.《城市的记忆》：讲述老城区改造中的保护与利用。"));
        HeadlineAssigner.Result assigned = titledAfterSecond();
        assertThat(join(drafts, assigned)).containsExactly(0);
        assertThat(assigned.headlines().get(0)).containsExactly(HEADLINE);
        assertThat(drafts.get(0).paragraphs).containsExactly("城市更新不是简单的拆旧建新。", "（作者为城市规划系教授）", "推荐读物：",
                "1.《城市的记忆》：讲述老城区改造中的保护与利用。");
    }

    @Test
    void anUntitledTextOpeningWithADatelineIsAnArticleOfItsOwn() {
        List<Draft> drafts = List.of(text("本报讯（记者 王明）市图书馆推出线上阅读活动。"), text("读者足不出户就能借阅电子书。"));
        assertThat(join(drafts, titledAfterSecond())).containsExactly(0, 1);
    }

    @Test
    void textsEachCreditingReportersOfTheirOwnAreTwoArticles() {
        List<Draft> drafts = List.of(text("市图书馆推出线上阅读活动。"), text("读者足不出户就能借阅电子书。"));
        drafts.get(0).credit(List.of("王明"));
        drafts.get(1).credit(List.of("李华"));
        assertThat(join(drafts, titledAfterSecond())).containsExactly(0, 1);
    }
}
