package dev.newsflow.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import dev.newsflow.app.Stdio;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.json.PlainJson;
import dev.newsflow.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow bench page-views}: the reader's latency on a pipeline holding the bench's corpus
 * ({@link PageViewBench}); a Markdown report and one JSON line last.
 *
 * <pre>./newsflow bench page-views --editions 1000</pre>
 */
@Command(name = "page-views", mixinStandardHelpOptions = true,
        description = {"Measures the reader: run --watch takes N editions of the re-dated seed pages; once the reader",
                "lists them all, page views (and article views, lists of editions, person views) are timed over HTTP,",
                "one after another. Writes a Markdown report; the last line of output is a JSON summary."})
public final class PageViewsCommand implements Callable<Integer> {

    @Option(names = "--editions", defaultValue = "1000",
            description = "Editions of the corpus (default ${DEFAULT-VALUE}).")
    int editions;

    @Option(names = "--views", defaultValue = "2000",
            description = "Timed requests of each kind (default ${DEFAULT-VALUE}).")
    int views;

    @Option(names = "--warmup", defaultValue = "500",
            description = "Untimed requests of each kind before (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seeds", defaultValue = "${env:NEWSFLOW_HOME:-.}/seeds",
            description = "Folder of seed pages with their editions.json (default: the repository's seeds/).")
    Path seeds;

    @Option(names = "--threads", defaultValue = "${env:NEWSFLOW_THREADS:-2}",
            description = "Enrich stream threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--partitions", defaultValue = "${env:NEWSFLOW_PARTITIONS:-" + Topics.DEFAULT_PARTITIONS + "}",
            description = "Partitions of the topics (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--results", defaultValue = "${env:NEWSFLOW_HOME:-.}/bench/page-views.md",
            description = "Where to write the Markdown report (default: bench/page-views.md of the repository).")
    Path results;

    @Option(names = "--work", description = {"Folder for the corpus, the broker's data and the output files; kept",
            "(default: a temporary folder, removed)."})
    Path work;

    @Option(names = "--timeout", defaultValue = "PT30M",
            description = "Give up waiting for the corpus after this long (default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        if (editions < 1 || views < 1 || warmup < 0) {
            throw new IllegalArgumentException("--editions and --views must be at least 1, --warmup at least 0");
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("newsflow-page-views");
        BenchReport.Machine machine = BenchReport.Machine.now();
        try {
            PageViewBench.Result result = PageViewBench.run(new PageViewBench.Settings(editions, views, warmup, seeds,
                    threads, partitions, dir, IngestConfig.DEFAULT_MAX_PAGE_BYTES, timeout), Stdio.ERR);
            String report = markdown(result, machine);
            Files.createDirectories(results.toAbsolutePath().getParent());
            Files.writeString(results, report);
            Stdio.ERR.println(report);
            Stdio.OUT.println(PlainJson.mapper().writeValueAsString(json(result)));
        } finally {
            if (work == null) {
                delete(dir);
            }
        }
        return 0;
    }

    private String markdown(PageViewBench.Result r, BenchReport.Machine m) {
        StringBuilder md = new StringBuilder("# Reader latency (`./newsflow bench page-views`)\n\n")
                .append(ZonedDateTime.now()).append(": ").append(m.cpu()).append(", ").append(m.cores())
                .append(" cores, load average ").append(String.format("%.1f", m.loadAverage()))
                .append(" at the start; ")
                .append(m.java()).append(", ").append(m.jvmOptions()).append("\n\n")
                .append(r.editions()).append(" editions of the corpus (").append(r.paperEditions())
                .append(" editions of one paper and day), ").append(r.pages()).append(" pages, ")
                .append(r.articles()).append(" articles, listed by the reader ")
                .append(String.format("%.1f", r.indexSeconds()))
                .append(" s after the pipeline started; requests one after another over HTTP on loopback, each series")
                .append(" after ").append(warmup).append(" untimed requests.\n\n")
                .append("| request | count | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
        for (PageViewBench.Series s : r.series()) {
            md.append(String.format("| %s | %d | %.1f | %.1f | %.1f |%n", s.what(), s.micros().count(),
                    s.micros().p50() / 1e3, s.micros().p99() / 1e3, s.micros().max() / 1e3));
        }
        return md.toString();
    }

    private static Map<String, Object> json(PageViewBench.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("editions", r.editions());
        out.put("paper_editions", r.paperEditions());
        out.put("pages", r.pages());
        out.put("articles", r.articles());
        out.put("index_seconds", Math.round(r.indexSeconds() * 10) / 10.0);
        PageViewBench.Series pages = r.series().get(0);
        out.put("page_views", pages.micros().count());
        out.put("page_view_p50_ms", pages.micros().p50() / 1e3);
        out.put("page_view_p99_ms", pages.micros().p99() / 1e3);
        out.put("page_view_max_ms", pages.micros().max() / 1e3);
        return out;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
