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
}
