package dev.newsflow.testkit.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PageComposerTest {

    private static final PageComposer.PageEdition EDITION =
            new PageComposer.PageEdition("测试日报", LocalDate.of(2026, 3, 2), 5);

    private static Story story(String title, String reporter) {
        List<String> paragraphs = List.of(
                title + "的消息传来，街坊们都很高兴，纷纷前来打听。",
                "负责此事的工作人员介绍，准备工作从去年秋天就开始了。",
                "许多居民表示，这件事办到了大家的心坎上。",
                "下一步，有关部门还将听取意见，把好事办好。");
        return new Story(null, title, null, null, paragraphs, List.of(reporter), List.of());
    }

    /** The gold credits no one the page does not print: a continued part has no dateline to hold its reporters. */
    @Test
    void theGoldCreditsOnlyReportersThePagePrints() {
        Conventions.Extras extras = new Conventions.Extras(false, false, false, false, false, false, true);
        for (Conventions.BylineStyle style : Conventions.BylineStyle.values()) {
            for (int seed = 0; seed < 8; seed++) {
                Conventions conventions = new Conventions(0, 40, 0.3, 1.0, false, Conventions.Placement.BEFORE,
                        Conventions.HeadlineLines.ONE_LINE, 20, 1.0, style, extras);
                ComposedPage page = new PageComposer(conventions, EDITION, new Random(seed))
                        .compose(List.of(story("老街换新颜", "王小明"), story("新建三座公园", "李华"),
                                story("夜市点亮街巷", "赵晓东")));
                String printed = page.text().replaceAll("[\\s\\u3000]", "");
                assertThat(page.articles()).anySatisfy(a -> assertThat(a.continuedFrom()).isNotNull());
                for (GoldArticle article : page.articles()) {
                    assertThat(article.byline()).as("%s, seed %d: %s", style, seed, article.first())
                            .allSatisfy(name -> assertThat(printed).contains(name));
                }
            }
        }
    }
}
