package dev.newsflow.bench.measure;

import java.util.function.IntConsumer;

import dev.newsflow.enrich.segment.HanLpSegmenter;
import dev.newsflow.enrich.segment.Segmentation;
import dev.newsflow.enrich.split.Article;
import dev.newsflow.enrich.split.PageSplitter;
import dev.newsflow.enrich.tag.Tagger;
import dev.newsflow.enrich.tag.Tags;

/**
 * Measure (b): newsflow's own stage chain in process, without Kafka: each page is split into articles, and each
 * article segmented and tagged, by the same classes the enrich topology runs.
 */
final class CoreMeasure {

    private static volatile long sink;

    private CoreMeasure() {
    }

    static Throughput run(Workload work, int threads, HeapWatch heap) throws InterruptedException {
        PageSplitter splitter = new PageSplitter();
        Tagger tagger = new Tagger();
        heap.newPhase();
        double cpu = Throughput.processCpuSeconds();
        long nanos = Workers.run(threads, work.pages().size(), () -> {
            HanLpSegmenter segmenter = new HanLpSegmenter();
            return (IntConsumer) i -> {
                Workload.Page page = work.pages().get(i);
                long found = 0;
                for (Article a : splitter.split(page.text()).articles()) {
                    Segmentation s = segmenter.segment(a.text());
                    Tags tags = tagger.tag(s, page.editionDate(), a.bylines());
                    found += s.tokens().size() + tags.entities().size() + tags.keywords().size();
                }
                sink += found;
            };
        });
        return new Throughput("core", work.pages().size(), work.articleTexts().size(), work.articleChars(),
                nanos / 1e9, Throughput.processCpuSeconds() - cpu, heap.phasePeakBytes());
    }
}
