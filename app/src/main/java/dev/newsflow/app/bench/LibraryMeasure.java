package dev.newsflow.app.bench;

import java.util.function.IntConsumer;

import com.hankcs.hanlp.seg.Segment;

import dev.newsflow.enrich.segment.HanLpSegmenter;

/**
 * Measure (a): the bare NLP library, nothing of ours. HanLP portable segments each article text (whole, in one
 * call) with person, translated-name and place recognition and part-of-speech tags: the library configured as
 * newsflow's segment stage configures it ({@link HanLpSegmenter#hanlp}).
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
            return (IntConsumer) i -> sink += segment.seg(work.articleTexts().get(i)).size();
        });
        return new Throughput("library", work.pages().size(), work.articleTexts().size(), work.articleChars(),
                nanos / 1e9, Throughput.processCpuSeconds() - cpu, heap.phasePeakBytes());
    }
}
