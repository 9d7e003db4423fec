package dev.newsflow.bench.measure;

import java.util.function.IntConsumer;

import org.ansj.splitWord.analysis.NlpAnalysis;

import com.hankcs.hanlp.seg.Segment;

import dev.newsflow.enrich.segment.HanLpSegmenter;

/**
 * Measure (a): the bare NLP libraries, nothing of ours, on each article text (whole, in one call each): HanLP
 * portable segmenting with person, translated-name and place recognition and part-of-speech tags, configured as
 * newsflow's segment stage configures it ({@link HanLpSegmenter#hanlp}), and ansj's CRF analysis, whose names
 * newsflow reads as a second opinion.
 */
final class LibraryMeasure {

    /** Keeps results alive so the JIT cannot drop the work. */
    private static volatile long sink;

    private LibraryMeasure() {
    }

    static Throughput run(Workload work, int threads, HeapWatch heap) throws InterruptedException {
        heap.newPhase();
        double cpu = Throughput.processCpuSeconds();
        long nanos = Workers.run(threads, work.articleTexts().size(), () -> {
            Segment segment = HanLpSegmenter.hanlp(true);
            return (IntConsumer) i -> {
                String text = work.articleTexts().get(i);
                sink += segment.seg(text).size() + new NlpAnalysis().parseStr(text).size();
            };
        });
        return new Throughput("library", work.pages().size(), work.articleTexts().size(), work.articleChars(),
                nanos / 1e9, Throughput.processCpuSeconds() - cpu, heap.phasePeakBytes());
    }
}
