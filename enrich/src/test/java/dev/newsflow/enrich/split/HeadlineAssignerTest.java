package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

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

    /**
     * Two headlines stacked over two texts printed side by side, each text opening with a dateline: the lines that
     * repeat the second text's wording head it. A subtitle repeating the first text's wording stays the first's.
     */
    @Test
    void stackedHeadlinesOverTwoDatelinedTextsAreSharedOut() {
        List<HeadlineAssigner.Candidate> texts = List.of(
                text("记者从市交通局获悉，全市新增公交线路十二条，覆盖城北新区各小区，市民出行更方便。"),
                text("入秋以来，南湖公园荷花节吸引游客三十余万人次，周边餐饮和文创店生意红火。"));
        List<ZoneLine> stack = List.of(new ZoneLine("城北新增公交线路十二条", true, true, false),
                new ZoneLine("覆盖新区各小区", false, false, false),
                new ZoneLine("南湖荷花节游客逾三十万", false, false, false));
        HeadlineAssigner.Result result = new HeadlineAssigner(texts, List.of(stack, List.of(), List.of()),
                AssignerWeights.FITTED).assign();
        assertThat(result.headlines().get(0)).extracting(ZoneLine::text)
                .containsExactly("城北新增公交线路十二条", "覆盖新区各小区");
        assertThat(result.headlines().get(1)).extracting(ZoneLine::text).containsExactly("南湖荷花节游客逾三十万");

        List<ZoneLine> titleAndSubtitle = stack.subList(0, 2);
        HeadlineAssigner.Result one = new HeadlineAssigner(texts, List.of(titleAndSubtitle, List.of(), List.of()),
                AssignerWeights.FITTED).assign();
        assertThat(one.headlines().get(0)).extracting(ZoneLine::text)
                .containsExactly("城北新增公交线路十二条", "覆盖新区各小区");
        assertThat(one.headed(1)).isFalse();
    }

    private static HeadlineAssigner.Candidate text(String lead) {
        return new HeadlineAssigner.Candidate(lead, "本报讯 " + lead, true, List.of());
    }
}
