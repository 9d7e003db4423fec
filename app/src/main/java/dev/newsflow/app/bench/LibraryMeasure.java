package dev.newsflow.app.bench;

import java.util.function.IntConsumer;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

/**
 * Measure (a): the bare NLP library, nothing of ours. HanLP portable segments each article text with person,
 * translated-name and place recognition and part-of-speech tags: the same library work, configured the same way,
 * as newsflow's segment stage asks of it.
 */
final class LibraryMeasure {

    /** Keeps results alive so the JIT cannot drop the work. */
    private static volatile long sink;

    private LibraryMeasure() {
    }

    static Segment newSegment() {
        return HanLP.newSegment()
                .enableOffset(true)
                .enablePartOfSpeechTagging(true)
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false);
    }

    static Throughput run(Workload work, int threads, HeapWatch heap) throws InterruptedException {
        heap.newPhase();
        long nanos = Workers.run(threads, work.articleTexts().size(), () -> {
            Segment segment = newSegment();
            return (IntConsumer) i -> sink += segment.seg(work.articleTexts().get(i)).size();
        });
        return new Throughput("library", work.pages().size(), work.articleTexts().size(), work.articleChars(),
                nanos / 1e9, heap.phasePeakBytes());
    }
}
