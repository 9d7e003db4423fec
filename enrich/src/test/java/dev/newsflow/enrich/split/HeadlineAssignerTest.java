package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.split.HeadlineAssigner.ZoneLine;

class HeadlineAssignerTest {

    @Test
    void everyCutOfAZoneKeepsAPictureStorysLabelAGroupOfItsOwn() {
        // headlines stacked with no blank line between them: any line may open a group, but the label always does
        List<ZoneLine> zone = List.of(new ZoneLine("城东老街修缮工程完工", true, true, false),
                new ZoneLine("图片报道", false, false, false),
                new ZoneLine("城市书房夜里也有人读书", false, false, false));
        List<HeadlineAssigner.Segmentation> cuts = HeadlineAssigner.segmentations(zone, AssignerWeights.FITTED, 0);
        assertThat(cuts).isNotEmpty();
        for (HeadlineAssigner.Segmentation cut : cuts) {
            assertThat(cut.groups).anySatisfy(group -> assertThat(group).extracting(ZoneLine::text)
                    .containsExactly("图片报道"));
        }
        // cut on both sides of the label, the zone has one cut left: three headlines
        assertThat(cuts).hasSize(1);
    }

    /** The first of two datelined texts under each stack: of the same news as the first headline of each. */
    private static final String BUS_LINES = "记者从市交通局获悉，全市新增公交线路十二条，覆盖城北新区各小区，市民出行更方便。";

    /**
     * Two headlines stacked over two texts printed side by side, each text opening with a dateline: the lines that
     * repeat the second text's wording head it. A subtitle repeating the first text's wording stays the first's.
     */
    @Test
    void stackedHeadlinesOverTwoDatelinedTextsAreSharedOut() {
        String lotus = "入秋以来，南湖公园荷花节吸引游客三十余万人次，周边餐饮和文创店生意红火。";
        HeadlineAssigner.Result result = assignStack(lotus, "城北新增公交线路十二条", "覆盖新区各小区", "南湖荷花节游客逾三十万");
        assertHeadlines(result, 0, "城北新增公交线路十二条", "覆盖新区各小区");
        assertHeadlines(result, 1, "南湖荷花节游客逾三十万");

        HeadlineAssigner.Result one = assignStack(lotus, "城北新增公交线路十二条", "覆盖新区各小区");
        assertHeadlines(one, 0, "城北新增公交线路十二条", "覆盖新区各小区");
        assertThat(one.headed(1)).isFalse();
    }

    /**
     * The second of two stacked headlines may be a title of images repeating little of its text, but more of it than
     * of the first text; the first headline's dashed subtitle stays with it.
     */
    @Test
    void aStackedTitleOfImagesGoesToTheTextItRepeatsMoreOf() {
        HeadlineAssigner.Result result = assignStack("暑假期间，师范学院一百八十名大学生奔赴山区乡村支教，为留守儿童送去科学和美术课程。",
                "城北新增公交线路十二条", "——覆盖新区各小区", "走进乡村当“小先生”");
        assertHeadlines(result, 0, "城北新增公交线路十二条", "——覆盖新区各小区");
        assertHeadlines(result, 1, "走进乡村当“小先生”");
    }

    /** Three headlines stacked over three datelined texts: each text gets its own, the stack cut twice. */
    @Test
    void threeStackedHeadlinesGoToThreeTexts() {
        HeadlineAssigner.Result result = assignStack(List.of(BUS_LINES,
                        "入秋以来，南湖公园荷花节吸引游客三十余万人次，周边餐饮和文创店生意红火。",
                        "市图书馆新馆昨日开放，馆藏图书一百二十万册，设有少儿阅览区和自习室。"),
                "城北新增公交线路十二条", "南湖荷花节游客逾三十万", "市图书馆新馆开放");
        assertHeadlines(result, 0, "城北新增公交线路十二条");
        assertHeadlines(result, 1, "南湖荷花节游客逾三十万");
        assertHeadlines(result, 2, "市图书馆新馆开放");
    }

    /** The assignment of a stack of heading lines over two datelined texts: {@link #BUS_LINES}, then {@code second}. */
    private static HeadlineAssigner.Result assignStack(String second, String... stack) {
        return assignStack(List.of(BUS_LINES, second), stack);
    }

    /** The assignment of a stack of heading lines over the datelined texts, nothing between the texts. */
    private static HeadlineAssigner.Result assignStack(List<String> leads, String... stack) {
        List<ZoneLine> lines = new ArrayList<>();
        for (String line : stack) {
            lines.add(new ZoneLine(line, lines.isEmpty(), lines.isEmpty(), false));
        }
        List<HeadlineAssigner.Candidate> texts = leads.stream().map(HeadlineAssignerTest::text).toList();
        List<List<ZoneLine>> zones = new ArrayList<>(List.of(lines));
        leads.forEach(lead -> zones.add(List.of()));
        return new HeadlineAssigner(texts, zones, AssignerWeights.FITTED).assign();
    }

    private static void assertHeadlines(HeadlineAssigner.Result result, int article, String... lines) {
        assertThat(result.headlines().get(article)).extracting(ZoneLine::text).containsExactly(lines);
    }

    private static HeadlineAssigner.Candidate text(String lead) {
        return new HeadlineAssigner.Candidate(lead, "本报讯 " + lead, true, List.of());
    }
}
