package dev.newsflow.app.bench;

import java.lang.management.ManagementFactory;

/**
 * What one measure processed, in how long, the CPU time this whole process used meanwhile (all its threads, which
 * a busy machine does not inflate the way it inflates wall-clock time), and the most heap it used.
 */
record Throughput(String measure, long pages, long articles, long chars, double seconds, double cpuSeconds,
                  long peakHeapBytes) {

    /** CPU time used by this process so far, in seconds. */
    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
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
