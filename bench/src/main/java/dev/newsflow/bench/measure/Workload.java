package dev.newsflow.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.newsflow.enrich.split.Article;
import dev.newsflow.enrich.split.PageSplitter;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.edition.EditionResolver;
import dev.newsflow.ingest.source.PageDecoder;
import dev.newsflow.ingest.source.PageFiles;
import dev.newsflow.ingest.source.RejectedPageException;

/**
 * The corpus in memory, as the pipeline sees it: each page's text as ingest decodes it with its edition date, and
 * the texts of the articles the splitter finds in them (what the segmenter is given). Characters are counted in
 * Unicode code points of article text, the same way for every measure.
 */
record Workload(List<Page> pages, List<String> articleTexts, long articleChars) {

    record Page(String text, LocalDate editionDate) {
    }

    static Workload load(Path corpus, long maxPageBytes) throws IOException {
        PageDecoder decoder = new PageDecoder(maxPageBytes);
        EditionResolver editions = new EditionResolver(Edition.UNKNOWN);
        List<Page> pages = new ArrayList<>();
        for (Path file : PageFiles.expand(List.of(corpus))) {
            String text;
            try {
                text = decoder.decode(Files.readAllBytes(file)).text();
            } catch (RejectedPageException e) {
                throw new IllegalArgumentException("corpus page " + file + " is no page: " + e.getMessage(), e);
            }
            String date = editions.resolve(file).date();
            pages.add(new Page(text, date == null ? null : LocalDate.parse(date)));
        }
        return of(pages);
    }

    /** The first {@code n} pages (and their articles) of this workload, for warming up. */
    Workload head(int n) {
        return of(pages.subList(0, Math.min(n, pages.size())));
    }

    /** This workload cut into consecutive slices of {@code size} pages (the last may be shorter). */
    List<Workload> slices(int size) {
        List<Workload> slices = new ArrayList<>();
        for (int from = 0; from < pages.size(); from += size) {
            slices.add(of(pages.subList(from, Math.min(from + size, pages.size()))));
        }
        return slices;
    }

    private static Workload of(List<Page> pages) {
        PageSplitter splitter = new PageSplitter();
        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (Page p : pages) {
            for (Article a : splitter.split(p.text()).articles()) {
                String body = a.text();
                texts.add(body);
                chars += body.codePointCount(0, body.length());
            }
        }
        return new Workload(List.copyOf(pages), List.copyOf(texts), chars);
    }
}
