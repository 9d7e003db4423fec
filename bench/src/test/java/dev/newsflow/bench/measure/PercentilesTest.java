package dev.newsflow.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfOneToHundredIsTheRankItself() {
        List<Long> sample = new ArrayList<>();
        for (long i = 100; i >= 1; i--) {
            sample.add(i);
        }
        Percentiles p = Percentiles.of(sample);
        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
        assertThat(p.count()).isEqualTo(100);
    }

    @Test
    void smallSampleP99IsItsLargestValue() {
        Percentiles p = Percentiles.of(List.of(30L, 10L, 20L));
        assertThat(p.p50()).isEqualTo(20);
        assertThat(p.p99()).isEqualTo(30);
    }

    @Test
    void emptySampleIsAllZero() {
        assertThat(Percentiles.of(List.of())).isEqualTo(new Percentiles(0, 0, 0, 0));
    }
}
