package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SplitDoubtsTest {

    private static Article article(int position, String title, String... paragraphs) {
        return new Article(position, new Headline(null, title, null), List.of(), List.of(paragraphs), ArticleKind.NEWS,
                null, null);
    }

    @Test
    void anArticleThatIsOnlyALineOfHeadingLowersTheConfidence() {
        List<Article> articles = List.of(
                article(0, "城东老街夜市重新开张", "昨晚，城东老街夜市重新开张，摊位沿街排开。"),
                article(1, "口袋公园全部开放", "城区新建的三座口袋公园全部向市民开放"),
                article(2, "新建三座公园方便市民休闲", "今年本市新建三座公园。园林部门表示，明年还将继续推进。"));
        SplitDoubts doubts = SplitDoubts.of(articles, List.of(), List.of(), 0);
        assertThat(doubts.warnings()).containsExactly(
                "1 of 3 articles are a line or two finishing no sentence, as heading lines are");
        assertThat(doubts.confidence()).isEqualTo(0.8);
        assertThat(doubts.doubtful()).isFalse();
    }

    @Test
    void aShortBriefFinishingItsSentenceIsNoHeading() {
        List<Article> articles = List.of(
                article(0, "夜市开张", "夜市开张了。"),
                article(1, "公园开放", "三座口袋公园开放！"));
        SplitDoubts doubts = SplitDoubts.of(articles, List.of(), List.of(), 0);
        assertThat(doubts.warnings()).isEmpty();
        assertThat(doubts.confidence()).isEqualTo(1.0);
    }

    @Test
    void twoArticlesThatAreHeadingLinesMakeThePageDoubtful() {
        List<Article> articles = List.of(article(1, "口袋公园全部开放", "三座口袋公园全部开放"),
                article(2, "老宅修缮完成", "雕花门窗重现旧日模样"));
        assertThat(SplitDoubts.of(articles, List.of(), List.of(), 0).doubtful()).isTrue();
    }
}
