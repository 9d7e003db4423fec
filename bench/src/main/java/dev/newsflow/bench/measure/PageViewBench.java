package dev.newsflow.bench.measure;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.newsflow.app.HttpOptions;
import dev.newsflow.app.KafkaOptions;
import dev.newsflow.app.WatchRun;
import dev.newsflow.ingest.WatchIngest;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.publish.PagePublisher;
import dev.newsflow.service.reader.view.ReaderLinks;
import dev.newsflow.testkit.Corpus;
import dev.newsflow.topics.EditionKey;
import dev.newsflow.topics.Topics;

/**
 * The reader's latency on a pipeline that holds the bench's corpus: {@code run --watch} (embedded broker, enrich, the
 * people directory, the reader, the sink) takes N editions of the re-dated seed pages ({@link Corpus}); once the reader
 * lists them all, page views of pages drawn at random are asked one after another over HTTP, as a browser asks, and
 * timed from the request to the last byte of the page; then, for comparison, as many article views, lists of editions
 * and person views. Each measured series follows a warm-up of its own.
 */
final class PageViewBench {

    /** What to run: {@code editions} of the corpus, {@code views} timed requests after {@code warmup} untimed. */
    record Settings(int editions, int views, int warmup, Path seeds, int threads, int partitions, Path work,
                    long maxPageBytes, Duration timeout) {
    }

    /** One series of requests: what was asked, how many, and their latencies in microseconds. */
    record Series(String what, Percentiles micros) {
    }

    /**
     * The figures: the corpus held (its editions, each a day of every paper of the seeds; and the editions of one paper
     * and day, as the reader lists them), how long it took to be listed, and each series.
     */
    record Result(int editions, int paperEditions, int pages, int articles, double indexSeconds, List<Series> series) {
    }

    private static final Pattern EDITION_COUNT = Pattern.compile("id=\"edition-count\">(\\d+)<");
    private static final Pattern ARTICLE_COUNT = Pattern.compile("(\\d+) articles ·");
    /** The same draw in every run, so that runs ask for the same pages. */
    private static final long SEED = 23;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Settings settings;
    private final PrintStream err;
    private String base;

    private PageViewBench(Settings settings, PrintStream err) {
        this.settings = settings;
        this.err = err;
    }

    static Result run(Settings s, PrintStream err) throws Exception {
        return new PageViewBench(s, err).measure();
    }

    private Result measure() throws Exception {
        Corpus corpus = Corpus.of(settings.seeds());
        Path corpusDir = corpus.write(settings.work().resolve("corpus"), 0, settings.editions());
        List<String> pageLinks = pageLinks(corpusDir);
        int paperEditions = (int) pageLinks.stream().map(l -> l.substring(0, l.lastIndexOf('/'))).distinct().count();
        err.printf("bench: page views: %d editions (%d of one paper and day), %d pages written%n", settings.editions(),
                paperEditions, pageLinks.size());
        KafkaOptions kafka = KafkaOptions.of(null, Topics.DEFAULT_PREFIX, settings.partitions(), (short) 1);
        var watch = new WatchRun.Settings(settings.work().resolve("out"), null, Edition.UNKNOWN, settings.threads(),
                settings.maxPageBytes(),
                new WatchIngest.Settings(corpusDir, Duration.ofMillis(300), Duration.ofMinutes(5)));
        try (WatchRun run = WatchRun.start(watch, kafka, HttpOptions.of(0, HttpOptions.LOOPBACK, null), err)) {
            base = "http://127.0.0.1:" + run.httpPort();
            long start = System.nanoTime();
            int articles = awaitIndexed(paperEditions);
            double indexSeconds = (System.nanoTime() - start) / 1e9;
            err.printf("bench: page views: the reader lists %d editions, %d articles after %.1f s%n", paperEditions,
                    articles, indexSeconds);
            Random random = new Random(SEED);
            List<Series> series = new ArrayList<>();
            series.add(series("page view", () -> pageLinks.get(random.nextInt(pageLinks.size()))));
            series.add(series("article view", () -> articleLink(pageLinks.get(random.nextInt(pageLinks.size())))));
            series.add(series("editions list (/)", () -> "/"));
            series.add(series("person view (杜小刚)", () -> ReaderLinks.person("杜小刚")));
            return new Result(settings.editions(), paperEditions, pageLinks.size(), articles, indexSeconds, series);
        }
    }

    /** Waits until the reader lists every edition and the article count holds still; returns the articles listed. */
    private int awaitIndexed(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        int articles = -1;
        int stillFor = 0;
        while (stillFor < 3) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the reader did not list " + expected + " editions within "
                        + settings.timeout());
            }
            Thread.sleep(2_000);
            String page = get("/").body();
            int editions = count(EDITION_COUNT, page);
            int now = count(ARTICLE_COUNT, page);
            stillFor = editions == expected && now == articles && now > 0 ? stillFor + 1 : 0;
            articles = now;
        }
        return articles;
    }

    /** Asks {@code warmup} then {@code views} addresses from {@code next}, timing the latter. */
    private Series series(String what, Supplier<String> next) throws IOException, InterruptedException {
        for (int i = 0; i < settings.warmup(); i++) {
            check(get(next.get()));
        }
        List<Long> micros = new ArrayList<>(settings.views());
        for (int i = 0; i < settings.views(); i++) {
            String link = next.get();
            long t0 = System.nanoTime();
            HttpResponse<String> response = get(link);
            micros.add((System.nanoTime() - t0) / 1_000);
            check(response);
        }
        Percentiles p = Percentiles.of(micros);
        err.printf("bench: %s: %d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, p.count(), p.p50() / 1e3,
                p.p99() / 1e3, p.max() / 1e3);
        return new Series(what, p);
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
        }
    }

    /** The address of every page of the corpus: edition from its path, id from its bytes, as ingest makes them. */
    private static List<String> pageLinks(Path corpusDir) throws IOException {
        List<String> links = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpusDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String date = file.getParent().getFileName().toString();
                String paper = file.getParent().getParent().getFileName().toString();
                String pageId = PagePublisher.pageId(PagePublisher.sha256(Files.readAllBytes(file)));
                links.add(ReaderLinks.page(EditionKey.of(paper, date, pageId), pageId));
            }
        }
        return links;
    }

    /** The first article of a page: {@code /pages/P/D/ID} → {@code /articles/P/D/ID-00}. */
    private static String articleLink(String pageLink) {
        return "/articles/" + pageLink.substring("/pages/".length()) + "-00";
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int count(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
