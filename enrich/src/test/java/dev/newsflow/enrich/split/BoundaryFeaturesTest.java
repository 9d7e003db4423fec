package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.split.HeadlineAssigner.ZoneLine;

class BoundaryFeaturesTest {

    private static Draft draft(String text) {
        Draft d = new Draft(false, true);
        d.addLine(text, true, true);
        d.endParagraph();
        return d;
    }

    private static BoundaryFeatures between(List<ZoneLine> zone) {
        List<Draft> drafts = List.of(draft("城市书房遍布街巷，市民读书借书更方便了。"),
                draft("老字号承载着几代匠心，老店新开吸引了不少年轻顾客。"));
        List<List<ZoneLine>> zones = List.of(List.of(), zone, List.of());
        return BoundaryFeatures.of(zone, drafts, 1, new PageFacts(drafts, zones), 0);
    }

    @Test
    void aColumnNameWrappedOntoTheNextLineStillTagsTheHeading() {
        assertThat(between(List.of(new ZoneLine("让老字号焕发新活力（城市", true, true, false),
                new ZoneLine("观察）", false, false, false))).columnTag()).isTrue();
        assertThat(between(List.of(new ZoneLine("让老字号焕发新活力（城市观察）", true, true, false))).columnTag()).isTrue();
    }

    @Test
    void aColumnNameClosingTheTitleBeforeItsSubtitleOnOneLineTagsTheHeading() {
        assertThat(between(List.of(new ZoneLine("老字号焕发新活力（城市观察）  老店新开迎来年轻顾客", true, true, false)))
                .columnTag()).isTrue();
        assertThat(between(List.of(new ZoneLine("老字号焕发新活力  老店新开迎来年轻顾客", true, true, false)))
                .columnTag()).isFalse();
    }

    @Test
    void aBracketClosingTheGroupAboveIsNoColumnTagOfTheNextGroup() {
        assertThat(between(List.of(new ZoneLine("老字号（二", true, true, false),
                new ZoneLine("焕发新活力", true, true, false))).columnTag()).isFalse();
    }

    /** The features of the first heading inside a running article on a page read as text. */
    private static BoundaryFeatures firstUndecided(String... lines) {
        PageSplitter.Drafted d = PageSplitter.draft(PageLayout.lay(String.join("\n", lines)));
        Boundaries b = new Boundaries(d.drafts(), d.zones(), BoundaryWeights.FITTED);
        for (int i = 0; i < d.drafts().size(); i++) {
            if (b.isUndecided(i)) {
                return b.features(i, new PageFacts(d.drafts(), d.zones()));
            }
        }
        throw new AssertionError("no heading inside a running article");
    }

    @Test
    void textContinuedFromAnotherPageAndTextContinuedOntoOneEncloseNoArticle() {
        // the rest of an article that began elsewhere, then the start of one that ends elsewhere: two articles
        assertThat(firstUndecided("（上接第2版）城市书房遍布街巷，市民读书借书更方便了。", "书房实行二十四小时开放。", "老宅重现旧模样",
                "老街上的一座老宅修缮完成。", "老宅的讲解服务要提前预约。（下转第5版）").enclosed()).isEqualTo(0.0);
        // the continued article's own byline closes it: one article's marks around the heading
        assertThat(firstUndecided("（上接第2版）城市书房遍布街巷，市民读书借书更方便了。", "书房实行二十四小时开放。", "老宅重现旧模样",
                "老街上的一座老宅修缮完成。", "老宅的讲解服务要提前预约。（记者 王明）").enclosed()).isEqualTo(1.0);
        // an article opened by its dateline and continued onto another page
        assertThat(firstUndecided("本报讯 城市书房遍布街巷，市民读书借书更方便了。", "书房实行二十四小时开放。", "老宅重现旧模样",
                "老街上的一座老宅修缮完成。", "老宅的讲解服务要提前预约。（下转第5版）").enclosed()).isEqualTo(1.0);
    }

    @Test
    void subHeadingsArePrintedAlikeWhateverWordsTheyQuote() {
        // three sub-headings of one long feature, each two phrases about as long; the first and last quote a phrase
        String books = "城市书房遍布街巷，市民读书借书更方便了。书房实行二十四小时开放，夜里也有人来看书。";
        String shops = "老街上的老店重新开张，老师傅带着徒弟做点心。徒弟们学得很认真，手艺一天天长进。";
        String hall = "社区服务中心开出了夜间窗口，居民下班后也能办事。窗口还能代办证件，少跑了不少路。";
        assertThat(firstUndecided(books, books, books, "书房走进街巷，借书还书“一步到位”", books, books,
                "老店焕发活力，老手艺有人传承", shops, shops, "社区服务升级，居民办事“少跑腿”", hall, hall).siblings())
                .isEqualTo(2);
    }

    @Test
    void aHeadingSetApartCountsOnlyAsMuchAsThePagesParagraphsAreNot() {
        assertThat(firstUndecided("城市书房遍布街巷，市民读书借书更方便了。", "书房实行二十四小时开放。", "",
                "老宅重现旧模样", "", "老街上的一座老宅修缮完成。", "老宅的讲解服务要提前预约。").apart())
                .isEqualTo(1.0);
        assertThat(firstUndecided("城市书房遍布街巷，市民读书借书更方便了。", "书房实行二十四小时开放。",
                "老宅重现旧模样", "老街上的一座老宅修缮完成。", "老宅的讲解服务要提前预约。").apart())
                .isEqualTo(0.0);
        // a picture credit between the heading and the text leaves the blank line above it standing
        assertThat(firstUndecided("城市书房遍布街巷，市民读书借书更方便了。", "书房实行二十四小时开放。", "",
                "老宅重现旧模样", "", "王明摄", "老街上的一座老宅修缮完成。", "老宅的讲解服务要提前预约。").apart())
                .isEqualTo(1.0);
        // every paragraph stands after a blank line: one more sets nothing apart
        assertThat(firstUndecided("城市书房遍布街巷，市民读书借书更方便了。", "", "书房实行二十四小时开放。", "",
                "老宅重现旧模样", "", "老街上的一座老宅修缮完成。", "", "老宅的讲解服务要提前预约。").apart())
                .isEqualTo(0.0);
    }

    @Test
    void aHeadingIsFlushOnlyWhereTheExtractionKeptIndentsAndItHasNone() {
        assertThat(firstUndecided("城市书房开到家门口", "", "　　城市书房遍布街巷，市民读书借书更方便了。", "书房实行二十四小时开放。",
                "老宅重现旧模样", "　　老街上的一座老宅修缮完成。", "　　老宅的讲解服务要提前预约。", "　　讲解员都是志愿者。").flush())
                .isTrue();
        assertThat(firstUndecided("城市书房开到家门口", "", "城市书房遍布街巷，市民读书借书更方便了。", "书房实行二十四小时开放。",
                "老宅重现旧模样", "老街上的一座老宅修缮完成。", "老宅的讲解服务要提前预约。", "讲解员都是志愿者。").flush())
                .isFalse();
    }
}
