package dev.newsflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import org.ansj.splitWord.analysis.NlpAnalysis;

import com.hankcs.hanlp.seg.Segment;

import dev.newsflow.enrich.segment.HanLpSegmenter;
import dev.newsflow.enrich.segment.Segmentation;
import dev.newsflow.enrich.split.Article;
import dev.newsflow.enrich.split.PageSplitter;
import dev.newsflow.enrich.tag.Tagger;
import dev.newsflow.testkit.Seeds;

/**
 * The enrich stages one at a time, on the five seed pages: one operation is the whole set (about 20,000
 * characters of article text in 24 articles). {@code library} is the NLP libraries alone on the same article
 * texts (HanLP segmenting with recognition, ansj's CRF analysis), the yardstick of {@code segment}.
 *
 * <pre>
 * bench/jmh.sh                       # all four, 1 fork, 3 × 2 s warm-up, 5 × 2 s measured
 * bench/jmh.sh 'StageBenchmarks.tag' -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class StageBenchmarks {

    private final PageSplitter splitter = new PageSplitter();
    private final Tagger tagger = new Tagger();
    private final HanLpSegmenter segmenter = new HanLpSegmenter();
    private final Segment library = HanLpSegmenter.hanlp(true);
    private final LocalDate edition = LocalDate.of(2024, 6, 7);
    private List<String> pages;
    private List<Article> articles;
    private List<Segmentation> segmentations;

    @Setup
    public void load() throws IOException {
        pages = new ArrayList<>();
        for (Path p : Seeds.pages()) {
            pages.add(Files.readString(p));
        }
        articles = new ArrayList<>();
        for (String page : pages) {
            articles.addAll(splitter.split(page).articles());
        }
        segmentations = articles.stream().map(a -> segmenter.segment(a.text())).toList();
    }

    @Benchmark
    public void split(Blackhole out) {
        for (String page : pages) {
            out.consume(splitter.split(page));
        }
    }

    @Benchmark
    public void segment(Blackhole out) {
        for (Article a : articles) {
            out.consume(segmenter.segment(a.text()));
        }
    }

    @Benchmark
    public void tag(Blackhole out) {
        for (int i = 0; i < articles.size(); i++) {
            out.consume(tagger.tag(segmentations.get(i), edition, articles.get(i).bylines()));
        }
    }

    @Benchmark
    public void library(Blackhole out) {
        for (Article a : articles) {
            out.consume(library.seg(a.text()));
            out.consume(new NlpAnalysis().parseStr(a.text()));
        }
    }
}
