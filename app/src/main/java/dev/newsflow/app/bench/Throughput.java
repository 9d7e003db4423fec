package dev.newsflow.app.bench;

/** What one measure processed, in how long, and the most heap the JVM used meanwhile. */
record Throughput(String measure, long pages, long articles, long chars, double seconds, long peakHeapBytes) {

    double pagesPerSecond() {
        return pages / seconds;
    }

    double charsPerSecond() {
        return chars / seconds;
    }
}
