package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class InsetTitlesTest {

    /**
     * A page that sets each headline apart between blank lines, with a package: three items under its headline, each
     * under a title and a byline line printed in the column's text, with no blank line around them.
     */
    private static final String PAGE = """
            滨江日报  2026年3月5日  星期四  第3版

            老城河道治理完成第一期工程

            本报讯（记者 王明）记者昨日从市水务局获悉，老城河道治理第一期工程已经完成，沿河六公里的护岸全部加固，两岸新铺步道四公里。
            水务局负责人介绍，第二期工程将于下月开工，重点清理支流淤泥，预计年底前完工。

            东湖公园南门广场向市民开放

            本报讯（记者 李华）经过半年改造，东湖公园南门广场昨天起向市民开放。广场新设健身器材二十组，并增加了夜间照明。
            公园管理处表示，广场开放时间为早六点至晚十点。

            社区里的新变化

            老街区改造完成
            本报记者 周平
            西门街道三条老街的改造近日完成，沿街店面统一了招牌，路面重新铺设，居民出行更加方便。
            街道办表示，下一步将在老街设置便民服务点。
            图书馆延长开放时间
            本报记者 吴倩
            市图书馆从本周起延长开放时间，工作日闭馆时间推迟到晚上九点，方便下班后的读者借阅。
            图书馆还增设了自助借还机六台。
            菜市场增设公平秤
            本报记者 郑涛
            南关菜市场近日增设公平秤四台，市民买菜后可以自行复核重量，发现缺斤短两可向管理处投诉。

            春季植树活动下周启动

            本报讯（记者 赵强）市绿化委员会昨天发布通知，全市春季义务植树活动将于下周六启动，今年计划栽种各类树木五万株。
            市民可通过网上报名参加，活动地点设在城北郊野公园。

            中小学开展消防安全演练

            本报讯（记者 陈静）本周全市中小学陆续开展消防安全演练，各校组织师生进行疏散训练，消防员现场讲解灭火器使用方法。
            教育局要求各校每学期至少组织一次演练。

            责任编辑：孙丽
            """;

    private final PageSplitter splitter = new PageSplitter();

    private static List<String> titles(SplitPage page) {
        return page.articles().stream().map(a -> a.headline() == null ? "" : a.headline().title()).toList();
    }

    @Test
    void titlesRunOnInTheTextOfAPageSettingHeadlinesApartAreTitlesInsideTheArticle() {
        SplitPage page = splitter.split(PAGE);
        assertThat(titles(page)).containsExactly("老城河道治理完成第一期工程", "东湖公园南门广场向市民开放", "社区里的新变化",
                "春季植树活动下周启动", "中小学开展消防安全演练");
        Article pack = page.articles().get(2);
        assertThat(pack.paragraphs().get(0)).isEqualTo("老街区改造完成");
        assertThat(pack.text()).contains("图书馆延长开放时间", "本报记者 吴倩", "菜市场增设公平秤").endsWith("向管理处投诉。");
        assertThat(pack.bylines()).containsExactly("周平");
    }

    @Test
    void aPageSettingAHeadlineApartOnOneSideOnlyShowsNoConvention() {
        SplitPage page = splitter.split(PAGE.replace("春季植树活动下周启动\n\n", "春季植树活动下周启动\n"));
        assertThat(titles(page)).contains("图书馆延长开放时间", "菜市场增设公平秤");
    }

    @Test
    void aDatelineUnderATitleInTheTextStillOpensAnArticle() {
        SplitPage page = splitter.split(PAGE.replace("本报记者 郑涛\n南关", "本报讯（记者 郑涛）南关"));
        assertThat(titles(page)).contains("菜市场增设公平秤").doesNotContain("图书馆延长开放时间");
        assertThat(page.articles().get(2).text()).contains("图书馆延长开放时间");
    }
}
