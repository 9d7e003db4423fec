package dev.newsflow.service.reader.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.people.PersonArticle;
import dev.newsflow.schemas.Amount;
import dev.newsflow.schemas.DateMention;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.Entity;
import dev.newsflow.schemas.EntityType;
import dev.newsflow.schemas.Headline;
import dev.newsflow.schemas.Person;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.service.reader.Fixtures;
import dev.newsflow.service.reader.index.EditionSummary;
import dev.newsflow.service.reader.index.PaperTotals;
import dev.newsflow.testkit.Seeds;

/** The views rendered from records as the stores hold them, read back as a browser's parser reads them. */
class ReaderViewsTest {

    private static final String EDITION = "无锡日报/2022-12-10";

    private static Document render(String template, Object model) {
        return Jsoup.parse(Templates.render(template, model));
    }

    private static EditionSummary summaryOf(RawPage page, List<EnrichedArticle> articles) {
        EditionSummary s = EditionSummary.empty(EDITION)
                .withPage(page.getId(), page.getPageNumber(), page.getFileName());
        for (EnrichedArticle a : articles) {
            s = s.withArticle(page.getId(), page.getPageNumber(), page.getFileName());
        }
        return s;
    }

    @Test
    void aPageShowsItsArticlesInOrderWithHeadlinesAndItsWholeRawTextWithEachArticleShaded() {
        RawPage page = Fixtures.page("288ad13e0e775b4e", "无锡日报", "2022-12-10", 2, Seeds.text("002"));
        List<EnrichedArticle> articles = Fixtures.split(page);

        Document doc = render("page", PageView.of(EDITION, page, articles, summaryOf(page, articles), List.of()));

        assertThat(doc.select("li.card")).hasSize(articles.size());
        assertThat(doc.select("li.card h3.headline").eachText()).contains("全市法院工作情况通报", "王兆伦同志逝世");
        assertThat(doc.select("li.card .kicker").eachText()).contains("市政协听取");
        assertThat(doc.select("li.card .jump").eachText()).contains("← continued from page 1");
        assertThat(doc.selectFirst("pre.text").wholeText()).isEqualTo(page.getText());
        for (int i = 0; i < articles.size(); i++) {
            Element first = doc.getElementById("t" + i);
            assertThat(first).as("article %d has text in the page", i).isNotNull();
            assertThat(first.className()).startsWith("a" + i % PageView.SHADES);
        }
        assertThat(doc.select("pre.text span.headline").eachText()).contains("全市法院工作情况通报");
        assertThat(doc.select("pre.text span.byline").eachText()).contains("赵晖");
        assertThat(doc.select("head title").text()).isEqualTo("无锡日报 2022-12-10 page 2 · newsflow");
    }

    @Test
    void textFromThePageIsShownAsTextNeverRunAsMarkup() {
        String hostile = "头版\n本报讯 <script>alert(1)</script> 与 <img src=x onerror=alert(2)> 都是正文。\n\"引号\" & 'x'";
        RawPage page = Fixtures.page("hostile", "<b>报</b>", "2024-06-07", 1, hostile);
        EnrichedArticle article = EnrichedArticle.newBuilder(Fixtures.article(page, 0, "<i>标题</i>",
                "本报讯 <script>alert(1)</script> 与 <img src=x onerror=alert(2)> 都是正文。")).build();

        PageView view = PageView.of("<b>报</b>/2024-06-07", page, List.of(article), null, List.of());
        String html = Templates.render("page", view);
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("b, i")).isEmpty();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(doc.selectFirst("pre.text").wholeText()).isEqualTo(hostile);
        assertThat(doc.select("li.card h3").text()).isEqualTo("<i>标题</i>");
        assertThat(doc.select("h1").text()).contains("<b>报</b>");
    }

    @Test
    void anArticleMarksItsPeopleWithTitlesAndLinksItsDatesWithTheirValueAndAmountsByKind() {
        RawPage page = Fixtures.page("p1", "无锡日报", "2024-06-07", 1, "x");
        String text = "市委书记杜小刚昨天出席会议，总投资7052.8亿元，增长82.5%。";
        EnrichedArticle a = EnrichedArticle.newBuilder(Fixtures.article(page, 0, "杜小刚出席会议", text))
                .setHeadline(Headline.newBuilder().setKicker("引题").setTitle("杜小刚出席会议").setSubtitle("副题").build())
                .setBylines(List.of("高美梅"))
                .setEntities(List.of(Entity.newBuilder().setText("杜小刚").setType(EntityType.PERSON).setStart(4).setEnd(7)
                        .setTitle("市委书记").build(), Entity.newBuilder().setText("市委").setType(EntityType.ORGANIZATION)
                        .setStart(0).setEnd(2).build()))
                .setDates(List.of(DateMention.newBuilder().setText("昨天").setStart(7).setEnd(9)
                        .setValue("2024-06-06").build()))
                .setAmounts(List.of(Amount.newBuilder().setText("7052.8亿元").setStart(17).setEnd(25).setKind("money")
                                .setValue(7.0528e11).setUnit("元").setCurrency("CNY").build(),
                        Amount.newBuilder().setText("82.5%").setStart(28).setEnd(33).setKind("percent").setValue(82.5)
                                .setUnit("%").build()))
                .setKeywords(List.of("会议", "投资")).setSummary("杜小刚出席会议。").build();

        Document doc = render("article", ArticleView.of("无锡日报/2024-06-07", a, false, null, List.of()));

        Element person = doc.selectFirst(".body a.mark.person");
        assertThat(person.text()).isEqualTo("杜小刚");
        assertThat(person.attr("href")).isEqualTo("/people/%E6%9D%9C%E5%B0%8F%E5%88%9A");
        assertThat(person.attr("title")).isEqualTo("市委书记");
        assertThat(doc.selectFirst(".body mark.org").text()).isEqualTo("市委");
        Element date = doc.selectFirst(".body mark.date");
        assertThat(date.text()).isEqualTo("昨天");
        assertThat(date.attr("data-value")).isEqualTo("2024-06-06");
        assertThat(doc.selectFirst(".body mark.money").attr("title")).isEqualTo("money: 705280000000 元 (CNY)");
        assertThat(doc.selectFirst(".body mark.percent").text()).isEqualTo("82.5%");
        assertThat(doc.selectFirst(".body").text()).isEqualTo(text);
        assertThat(doc.select("ul.people li").text()).isEqualTo("杜小刚 市委书记");
        assertThat(doc.select(".keywords .tag").eachText()).containsExactly("会议", "投资");
        assertThat(doc.select("p.summary").text()).isEqualTo("杜小刚出席会议。");
        assertThat(doc.select("article .kicker").text()).isEqualTo("引题");
        assertThat(doc.select("article h1").text()).isEqualTo("杜小刚出席会议");
    }

    @Test
    void aStoryIsOneArticleWithEveryPageItSpansAndItsPartsLinkToIt() {
        RawPage one = Fixtures.page("p1", "无锡日报", "2022-12-10", 1, "上半。（下转第2版）");
        RawPage two = Fixtures.page("p2", "无锡日报", "2022-12-10", 2, "（上接第1版）下半。");
        EnrichedArticle start = EnrichedArticle.newBuilder(Fixtures.article(one, 0, "全文", "上半。"))
                .setContinuedTo(2).build();
        EnrichedArticle rest = EnrichedArticle.newBuilder(Fixtures.article(two, 0, null, "下半。"))
                .setContinuedFrom(1).build();
        EnrichedArticle story = EnrichedArticle.newBuilder(start).setText("上半。\n下半。")
                .setPages(List.of(Fixtures.ref(one), Fixtures.ref(two))).setContinuedTo(null).build();
        EditionSummary edition = EditionSummary.empty(EDITION).withPage("p1", 1, "p1.txt").withPage("p2", 2, "p2.txt");

        Document storyDoc = render("article", ArticleView.of(EDITION, story, true, edition, List.of(story)));
        Document restDoc = render("article", ArticleView.of(EDITION, rest, false, edition, List.of(story)));

        assertThat(storyDoc.select(".badge").text()).isEqualTo("story across 2 pages");
        assertThat(storyDoc.select(".body p").eachText()).containsExactly("上半。", "下半。");
        assertThat(storyDoc.select("nav.crumbs a").eachText()).contains("page 1", "page 2");
        assertThat(restDoc.select(".jump a").eachAttr("href")).contains(ReaderLinks.story(EDITION, story.getId()),
                ReaderLinks.page(EDITION, "p1"));
    }

    @Test
    void aPersonShowsTitlesAChartAndTheArticlesNewestFirst() {
        Person du = Person.newBuilder().setName("杜小刚").setTitles(List.of("市委书记")).setPapers(List.of("无锡日报"))
                .setDates(List.of("2022-12-10", "2024-06-07")).setArticleIds(List.of("a-00", "b-01")).setArticles(2)
                .setMentions(5).build();
        List<PersonArticle> articles = List.of(
                new PersonArticle("a-00", "无锡日报", "2022-12-10", "把学习宣传贯彻党的二十大精神抓紧推深做实", null, 1),
                new PersonArticle("b-01", "无锡日报", "2024-06-07", "杜小刚主持召开会议", "市委书记", 4));

        Document doc = render("person", PersonView.of(du, articles, 0));

        assertThat(doc.select("h1.person-name").text()).isEqualTo("杜小刚");
        assertThat(doc.select("dd.titles .tag").eachText()).containsExactly("市委书记");
        assertThat(doc.select("svg.mentions rect.bar")).hasSize(19);
        assertThat(doc.select("svg.mentions rect.bar title").eachText())
                .contains("2024-06: 4 mentions", "2022-12: 1 mention");
        assertThat(doc.select("table.articles tbody tr td:nth-child(3)").eachText())
                .containsExactly("杜小刚主持召开会议", "把学习宣传贯彻党的二十大精神抓紧推深做实");
        assertThat(doc.select("table.articles a").first().attr("href"))
                .isEqualTo(ReaderLinks.article("无锡日报/2024-06-07", "b-01"));
    }

    @Test
    void theEditionsListCountsPapersAndEditionsAndLinksToOlderOnes() {
        List<EditionSummary> rows = List.of(EditionSummary.empty("江南晚报/2023-07-21").withPage("x", 1, "x.txt"),
                EditionSummary.empty("无锡日报/2023-02-15").withDeadLetter("y", 2, "y.txt", "ingest: EMPTY: empty"));
        List<PaperTotals> papers = List.of(new PaperTotals("无锡日报", 4, 4, 19, 1, "2022-12-10", "2024-06-07"),
                new PaperTotals("江南晚报", 1, 1, 2, 0, "2023-07-21", "2023-07-21"));

        Document doc = render("editions", EditionsView.of(papers, rows, false, true, false));

        assertThat(doc.select("#paper-count").text()).isEqualTo("2");
        assertThat(doc.select("#edition-count").text()).isEqualTo("5");
        assertThat(doc.select("tr.edition")).hasSize(2);
        assertThat(doc.select("tr.edition td.bad").text()).isEqualTo("1");
        assertThat(doc.select("nav.paging a").eachText()).containsExactly("older editions →");
        assertThat(doc.select("table.papers td.paper").eachText()).containsExactly("无锡日报", "江南晚报");
    }
}
