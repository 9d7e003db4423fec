package dev.newsflow.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

class EditionKeyTest {

    @Test
    void consecutiveDaysOfAPaperFillEveryPartitionEvenly() {
        int partitions = 6;
        for (String paper : new String[] {"无锡日报", "江南晚报", "People's Daily"}) {
            int[] counts = new int[partitions];
            LocalDate first = LocalDate.of(1998, 12, 30);
            for (int d = 0; d < 600; d++) {
                counts[EditionKey.partition(EditionKey.of(paper, first.plusDays(d).toString(), "p"), partitions)]++;
            }
            assertThat(counts).as(paper).containsOnly(100);
        }
    }

    @Test
    void aBackfillOfTwoPapersIsBalancedAcrossTwoHalvesOfThePartitions() {
        // two stream threads with three partitions each: neither gets more than its share of a backfill
        int partitions = 6;
        int[] counts = new int[partitions];
        for (int d = 0; d < 200; d++) {
            String date = LocalDate.of(2024, 1, 1).plusDays(d).toString();
            counts[EditionKey.partition(EditionKey.of("无锡日报", date, "p"), partitions)]++;
            counts[EditionKey.partition(EditionKey.of("江南晚报", date, "p"), partitions)]++;
        }
        int max = 0;
        int min = Integer.MAX_VALUE;
        for (int c : counts) {
            max = Math.max(max, c);
            min = Math.min(min, c);
        }
        assertThat(max - min).isLessThanOrEqualTo(2);
    }

    @Test
    void everyPageOfAnEditionHasOnePartition() {
        Set<Integer> seen = new HashSet<>();
        for (String page : new String[] {"a", "b", "c"}) {
            seen.add(EditionKey.partition(EditionKey.of("无锡日报", "2024-02-14", page), 12));
        }
        assertThat(seen).hasSize(1);
    }

    @Test
    void keysThatAreNoEditionArePlacedByMurmur2LikeTheDefaultPartitioner() {
        for (String key : new String[] {EditionKey.of(null, "2024-02-14", "abc"), EditionKey.of("无锡日报", "", "x"),
                "无锡日报/not-a-date", "no-slash"}) {
            int expected = Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 7;
            assertThat(EditionKey.partition(key, 7)).as(key).isEqualTo(expected);
        }
    }

    @Test
    void partitionsAreAlwaysInRange() {
        for (int n = 1; n <= 13; n++) {
            for (int d = -400; d < 400; d += 7) {
                int p = EditionKey.partition("x/" + LocalDate.of(1970, 1, 1).plusDays(d), n);
                assertThat(p).isBetween(0, n - 1);
            }
        }
    }
}
