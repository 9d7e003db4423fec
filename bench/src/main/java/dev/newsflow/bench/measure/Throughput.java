package dev.newsflow.bench.measure;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * What one measure processed, in how long, the CPU time this whole process used meanwhile (all its threads, which
 * a busy machine does not inflate the way it inflates wall-clock time), and the most heap it used.
 */
record Throughput(String measure, long pages, long articles, long chars, double seconds, double cpuSeconds,
                  long peakHeapBytes) {

    /** CPU time used by this process so far, in seconds. */
    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /**
     * One pass of a measure run in parts (slices of the corpus, over several passes): pages, characters, seconds
     * and CPU seconds summed over the parts and divided by the passes; the peak heap is the largest of any part.
     */
    static Throughput perPass(String measure, List<Throughput> parts, int passes) {
        long pages = 0;
        long articles = 0;
        long chars = 0;
        double seconds = 0;
        double cpuSeconds = 0;
        long peak = 0;
        for (Throughput t : parts) {
            pages += t.pages();
            articles += t.articles();
            chars += t.chars();
            seconds += t.seconds();
            cpuSeconds += t.cpuSeconds();
            peak = Math.max(peak, t.peakHeapBytes());
        }
        return new Throughput(measure, pages / passes, articles / passes, chars / passes, seconds / passes,
                cpuSeconds / passes, peak);
    }

    double pagesPerSecond() {
        return pages / seconds;
    }

    double charsPerSecond() {
        return chars / seconds;
    }

    double charsPerCpuSecond() {
        return chars / cpuSeconds;
    }
}
