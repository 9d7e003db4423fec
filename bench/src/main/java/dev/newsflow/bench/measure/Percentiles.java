package dev.newsflow.bench.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Nearest-rank percentiles of a sample: the smallest value with at least p % of the sample at or below it. */
record Percentiles(int count, long p50, long p99, long max) {

    static Percentiles of(List<Long> sample) {
        if (sample.isEmpty()) {
            return new Percentiles(0, 0, 0, 0);
        }
        List<Long> sorted = new ArrayList<>(sample);
        Collections.sort(sorted);
        return new Percentiles(sorted.size(), rank(sorted, 50), rank(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static long rank(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
