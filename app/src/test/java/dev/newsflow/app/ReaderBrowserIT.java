package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.ingest.WatchIngest;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.json.PlainJson;
import dev.newsflow.testkit.Seeds;
import dev.newsflow.testkit.SharedKafka;
import picocli.CommandLine;

/**
 * The reader in a real browser (headless Chromium through Selenium): {@code run --watch} on the seed pages, with an
 * access token and the default bind address; the browser takes the token once as a cookie, then opens the editions,
 * a page, an article and a person, clicking its way as a reader would, and a page whose text holds a script. What is
 * rendered is asserted, and each view is saved as a screenshot under {@code target/reader-screenshots/}. Skipped, with
 * the reason, only where no Chromium and chromedriver are installed.
 */
@ExtendWith(SharedKafka.class)
class ReaderBrowserIT {

    private static final String TOKEN = "reader-" + UUID.randomUUID();
    private static final Path SCREENSHOTS = Path.of("target", "reader-screenshots");
    private static final String HOSTILE = "本报讯 这一版的正文里有 <script>alert(1)</script> 一段脚本，"
            + "还有 <img src=x onerror=alert(2)> 一张图片，都应当原样显示为文字。（记者）\n";

    @TempDir
    Path inbox;

    @TempDir
    Path out;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> visited = new ArrayList<>();
    private String base;

    @Test
    void aReaderBrowsesEditionsPagesArticlesAndAPersonAndPageTextNeverRuns(EmbeddedKafkaCluster kafka)
            throws Exception {
        Optional<String> missing = Browser.missing();
        Assumptions.assumeTrue(missing.isEmpty(), () -> "skipped: no browser on this machine: " + missing.orElse(""));
        for (Path page : Seeds.pages()) {
            Files.copy(page, inbox.resolve(page.getFileName()));
        }
        Files.copy(Seeds.dir().resolve("editions.json"), inbox.resolve("editions.json"));
        String prefix = "browser-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        KafkaOptions options = KafkaOptions.of(kafka.bootstrapServers(), prefix, 3, (short) 1);
        var settings = new WatchRun.Settings(out, kafka.bootstrapServers(), Edition.UNKNOWN, 1,
                IngestConfig.DEFAULT_MAX_PAGE_BYTES,
                new WatchIngest.Settings(inbox, Duration.ofMillis(300), Duration.ofSeconds(5)));
        // as `run --watch inbox --http-port 0 --http-token T` parses them: no --http-bind
        HttpOptions httpOptions = CommandLine.populateCommand(new HttpOptions(),
                "--http-port", "0", "--http-token", TOKEN);

        try (WatchRun run = WatchRun.start(settings, options, httpOptions, System.err);
             Browser browser = Browser.start(1400, 1100)) {
            base = "http://127.0.0.1:" + run.httpPort();
            await("the seeds in the reader and the people directory", Duration.ofSeconds(180), () ->
                    text(bearer("/"), "#edition-count").equals("5")
                            && text(bearer("/"), ".totals").contains("24 articles")
                            && bearer("/people/%E6%9D%9C%E5%B0%8F%E5%88%9A").body().contains("\"articles\":7"));
            WebDriver d = browser.driver();
            open(d, "/?token=" + TOKEN);

            editions(d, browser);
            pageWithoutHeadlines(d, browser);
            pageWithHeadlines(d, browser);
            article(d, browser);
            person(d, browser);
            search(d);
            scriptInPageText(d, browser);

            closedToOthers(run);
        }
    }

    private void editions(WebDriver d, Browser browser) {
        assertThat(d.getCurrentUrl()).isEqualTo(base + "/");
        assertThat(d.findElement(By.id("paper-count")).getText()).isEqualTo("2");
        assertThat(d.findElement(By.id("edition-count")).getText()).isEqualTo("5");
        assertThat(texts(d, "tr.edition td:first-child"))
                .containsExactly("2024-06-07", "2024-05-27", "2023-07-21", "2023-02-15", "2022-12-10");
        assertThat(texts(d, "table.papers td.paper")).containsExactly("无锡日报", "江南晚报");
        browser.screenshot(SCREENSHOTS.resolve("editions.png"));
    }

    /** 000_…txt (无锡日报 2023-02-15): four reports that the page prints without headlines. */
    private void pageWithoutHeadlines(WebDriver d, Browser browser) {
        click(d, By.linkText("2023-02-15"));
        click(d, By.linkText("page 1"));
        assertThat(d.findElement(By.cssSelector(".meta")).getText()).startsWith("000_14de17e36ab3497a.txt");
        List<WebElement> cards = d.findElements(By.cssSelector("li.card"));
        assertThat(cards).hasSize(4);
        assertThat(cards).allSatisfy(card -> {
            assertThat(card.findElement(By.cssSelector("h3")).getText()).isEqualTo("(no headline)");
            assertThat(card.findElement(By.cssSelector(".lead")).getText()).startsWith("本报讯");
        });
        assertThat(cards.get(0).findElement(By.cssSelector(".byline")).getText()).contains("惠晓婧");
        for (int i = 0; i < cards.size(); i++) {
            assertThat(d.findElement(By.id("t" + i)).getAttribute("class")).startsWith("a" + i + " ");
        }
        browser.screenshot(SCREENSHOTS.resolve("page-000.png"));
    }

    /** 002_…txt (无锡日报 2022-12-10, page 2): twelve articles with kickers, titles and subtitles, and continuations. */
    private void pageWithHeadlines(WebDriver d, Browser browser) {
        click(d, By.linkText("Editions"));
        click(d, By.linkText("2022-12-10"));
        click(d, By.linkText("page 2"));
        List<String> titles = texts(d, "li.card h3");
        assertThat(titles).hasSize(12).contains("全市法院工作情况通报", "王兆伦同志逝世", "市委常委会召开会议");
        assertThat(texts(d, "li.card .kicker")).contains("市政协听取");
        assertThat(texts(d, "li.card .jump")).contains("← continued from page 1");
        assertThat(texts(d, "pre.text span.headline")).contains("全市法院工作情况通报");
        browser.screenshot(SCREENSHOTS.resolve("page.png"));
    }

    /** The first article of 000: 杜小刚 (市委书记) meets 唐力; dates and organizations marked. */
    private void article(WebDriver d, Browser browser) {
        click(d, By.linkText("Editions"));
        click(d, By.linkText("2023-02-15"));
        click(d, By.linkText("page 1"));
        click(d, By.cssSelector("li.card h3 a"));
        WebElement du = d.findElement(By.cssSelector(".body a.mark.person"));
        assertThat(du.getText()).isEqualTo("杜小刚");
        assertThat(du.getAttribute("title")).isEqualTo("市委书记");
        assertThat(d.findElement(By.cssSelector(".body mark.date")).getAttribute("data-value")).isEqualTo("2023-02-14");
        assertThat(texts(d, ".body mark.org")).contains("国家开发银行江苏省分行");
        assertThat(texts(d, "ul.people li")).contains("杜小刚 市委书记", "唐力 行长");
        assertThat(d.findElement(By.cssSelector("p.summary")).getText()).isNotBlank();
        browser.screenshot(SCREENSHOTS.resolve("article.png"));
    }

    /** Following 杜小刚 from the article: his title, a chart of mentions per month, his seven articles. */
    private void person(WebDriver d, Browser browser) throws Exception {
        click(d, By.cssSelector(".body a.mark.person"));
        assertThat(d.findElement(By.cssSelector("h1.person-name")).getText()).isEqualTo("杜小刚");
        assertThat(texts(d, "dd.titles .tag")).contains("市委书记");
        assertThat(d.findElements(By.cssSelector("svg.mentions rect.bar"))).hasSizeGreaterThan(1);
        assertThat(d.findElement(By.cssSelector("figure.chart figcaption")).getText()).startsWith("Mentions per month");
        assertThat(d.findElements(By.cssSelector("table.articles tbody tr"))).hasSize(7);
        browser.screenshot(SCREENSHOTS.resolve("person.png"));

        HttpResponse<String> json = bearer("/people/%E6%9D%9C%E5%B0%8F%E5%88%9A");
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode person = PlainJson.mapper().readTree(json.body());
        assertThat(person.get("name").asText()).isEqualTo("杜小刚");
        assertThat(person.get("titles").toString()).contains("市委书记");
    }

    private void search(WebDriver d) {
        WebElement box = d.findElement(By.cssSelector("form.search input[name=q]"));
        box.sendKeys("杜");
        box.submit();
        visited.add(d.getCurrentUrl().substring(base.length()));
        assertThat(texts(d, "table.people tbody td:first-child")).contains("杜小刚");
    }

    /** A page whose text holds markup: shown as text, nothing runs. */
    private void scriptInPageText(WebDriver d, Browser browser) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(inbox.resolve("测试报").resolve("2024-06-08"));
        Files.writeString(dir.resolve("1.txt.tmp"), HOSTILE, StandardCharsets.UTF_8);
        Files.move(dir.resolve("1.txt.tmp"), dir.resolve("1.txt"));
        await("the page with a script in the reader", Duration.ofSeconds(60),
                () -> text(bearer("/"), "#edition-count").equals("6"));
        click(d, By.linkText("Editions"));
        click(d, By.linkText("2024-06-08"));
        click(d, By.linkText("page 1"));
        assertThat(d.findElement(By.cssSelector("pre.text")).getText())
                .contains("<script>alert(1)</script>").contains("<img src=x onerror=alert(2)>");
        assertThatThrownBy(() -> d.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(d.findElements(By.tagName("script"))).isEmpty();
        assertThat(d.findElements(By.cssSelector("main img"))).isEmpty();
        browser.screenshot(SCREENSHOTS.resolve("page-with-script.png"));
    }

    /** Without the token, every view the browser saw answers 401 and /health 200; nothing listens beyond loopback. */
    private void closedToOthers(WatchRun run) throws IOException {
        assertThat(visited).hasSizeGreaterThan(8);
        for (String path : visited) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
        }
        for (String path : List.of("/metrics", "/style.css", "/api/local/editions", "/people?q=%E6%9D%9C")) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(get("/health", null).statusCode()).isEqualTo(200);
        assertThat(run.httpAddress().getAddress().isLoopbackAddress()).isTrue();
        // another address of this machine's loopback range: a server on every interface answers there, this one not
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress("127.0.0.2", run.httpPort()), 5_000))
                    .isInstanceOf(ConnectException.class);
        }
    }

    private static List<String> texts(WebDriver d, String selector) {
        return d.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private void open(WebDriver d, String path) {
        d.get(base + path);
        visited.add(d.getCurrentUrl().substring(base.length()));
    }

    private void click(WebDriver d, By what) {
        d.findElement(what).click();
        visited.add(d.getCurrentUrl().substring(base.length()));
    }

    private HttpResponse<String> bearer(String path) {
        return get(path, "Bearer " + TOKEN);
    }

    private HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<String> response, String selector) {
        return response.statusCode() == 200 ? Jsoup.parse(response.body()).select(selector).text() : "";
    }

    private static void await(String what, Duration limit, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + limit + " waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
