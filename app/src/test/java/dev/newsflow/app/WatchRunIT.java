package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.enrich.split.PageSplitter;
import dev.newsflow.ingest.WatchIngest;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.ingest.publish.PagePublisher;
import dev.newsflow.ingest.source.PageDecoder;
import dev.newsflow.json.PlainJson;
import dev.newsflow.sink.file.OutputAudit;
import dev.newsflow.testkit.Seeds;
import dev.newsflow.testkit.SharedKafka;
import dev.newsflow.topics.Topic;
import picocli.CommandLine;

/**
 * {@code run --watch} on a real (embedded) broker: pages dropped into the inbox one by one reach the output
 * files; pages dropped while the service is down are processed once after a restart; then the service's /metrics,
 * /health and /people answer, and {@code tail} prints every topic as JSON. How soon a page arrives is measured by
 * {@code ./newsflow bench} (and printed here), not asserted: a busy machine must not fail the test.
 */
@ExtendWith(SharedKafka.class)
class WatchRunIT {

    @TempDir
    Path inbox;

    @TempDir
    Path out;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesDroppedIntoTheInboxReachTheFilesOnceAcrossARestartAndTheServiceAnswers(EmbeddedKafkaCluster kafka)
            throws Exception {
        String prefix = "watch-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        KafkaOptions options = KafkaOptions.of(kafka.bootstrapServers(), prefix, 3, (short) 1);
        var settings = new WatchRun.Settings(out, kafka.bootstrapServers(), Edition.UNKNOWN, 1,
                IngestConfig.DEFAULT_MAX_PAGE_BYTES,
                new WatchIngest.Settings(inbox, Duration.ofMillis(300), Duration.ofSeconds(5)));
        HttpOptions httpOptions = HttpOptions.of(0, "127.0.0.1", "127.0.0.1");
        List<Path> pages = Seeds.pages();
        Files.copy(Seeds.dir().resolve("editions.json"), inbox.resolve("editions.json"));

        List<Long> arrivalMillis = new ArrayList<>();
        try (WatchRun run = WatchRun.start(settings, options, httpOptions, System.err)) {
            await("the service is up", Duration.ofSeconds(60), () -> get(run, "/health").statusCode() == 200);
            for (Path page : pages.subList(0, 3)) {
                long dropped = System.nanoTime();
                drop(page, page.getFileName().toString());
                await(page.getFileName() + " in the output", Duration.ofSeconds(60),
                        () -> articlesInOutput(page) == expectedArticles(page));
                arrivalMillis.add((System.nanoTime() - dropped) / 1_000_000);
            }
        }
        System.err.println("watch: page drop to all its articles in the files, ms: " + arrivalMillis);

        // while nobody watches: two new pages, a copy of a page already ingested, and a file that is no text
        drop(pages.get(3), pages.get(3).getFileName().toString());
        drop(pages.get(4), pages.get(4).getFileName().toString());
        drop(pages.get(0), "copy-of-" + pages.get(0).getFileName());
        Files.write(inbox.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0});

        try (WatchRun run = WatchRun.start(settings, options, httpOptions, System.err)) {
            for (Path page : pages.subList(3, 5)) {
                await(page.getFileName() + " in the output after the restart", Duration.ofSeconds(60),
                        () -> articlesInOutput(page) == expectedArticles(page));
            }
            String metrics = get(run, "/metrics").body();
            await("the pages counted", Duration.ofSeconds(10), () -> get(run, "/metrics").body()
                    .contains("newsflow_pages_total{result=\"dead_letter\",stage=\"ingest\"} 1.0"));
            metrics = get(run, "/metrics").body();
            // after the restart: the two new pages published; the three old ones and the copy recognized
            assertThat(metrics).contains("newsflow_pages_total{result=\"published\",stage=\"ingest\"} 2.0");
            assertThat(metrics).contains("newsflow_pages_total{result=\"duplicate\",stage=\"ingest\"} 4.0");
            assertThat(metrics).containsPattern("newsflow_articles_total\\{stage=\"sink\"} [1-9]");
            assertThat(metrics).containsPattern("newsflow_articles_total\\{stage=\"enrich\"} [1-9]");
            assertThat(metrics).containsPattern("newsflow_entities_total\\{stage=\"enrich\"} [1-9]");
            assertThat(metrics).contains("newsflow_consumer_lag{group=\"" + prefix + "sink\"");
            assertThat(metrics).contains("newsflow_inbox_pickup_seconds");
            assertThat(metrics).contains("kafka_stream_thread_");
            assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max");
            System.err.println("watch: /metrics newsflow lines:\n" + metrics.lines()
                    .filter(l -> l.startsWith("newsflow_")).reduce("", (a, b) -> a + b + "\n"));

            JsonNode health = PlainJson.mapper().readTree(get(run, "/health").body());
            assertThat(health.get("status").asText()).isEqualTo("UP");
            assertThat(health.get("checks").fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("enrich", "people", "reader", "sink", "ingest");

            await("杜小刚 in the people directory", Duration.ofSeconds(30), ()
                    -> get(run, "/people/" + encode("杜小刚")).statusCode() == 200);
            HttpResponse<String> du = get(run, "/people/" + encode("杜小刚"));
            System.err.println("watch: /people/杜小刚 → " + du.body());
            JsonNode person = PlainJson.mapper().readTree(du.body());
            assertThat(person.get("name").asText()).isEqualTo("杜小刚");
            assertThat(person.get("titles")).isNotEmpty();
            assertThat(person.get("article_ids")).isNotEmpty();
            assertThat(person.get("dates").get(0).asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(get(run, "/people/" + encode("无名氏")).statusCode()).isEqualTo(404);
        }

        OutputAudit.Report audit = OutputAudit.audit(out, null);
        assertThat(audit.ok()).as(audit.toString()).isTrue();
        assertThat(audit.duplicates()).isEmpty();
        assertThat(audit.articles()).isEqualTo(pages.stream().mapToInt(WatchRunIT::expectedArticles).sum());

        tailPrintsEveryTopicAsJson(kafka, options);
    }

    /** {@code tail TOPIC --from-beginning} over the topics the watch run filled. */
    private static void tailPrintsEveryTopicAsJson(EmbeddedKafkaCluster kafka, KafkaOptions options) throws Exception {
        var topics = options.topics(options.clientConfig(kafka.bootstrapServers()));
        for (Topic<?, ?> topic : topics.all()) {
            String shortName = topic.name().substring(topics.prefix().length());
            StringWriter printed = new StringWriter();
            int exit = new CommandLine(new Newsflow()).setOut(new PrintWriter(printed))
                    .execute("tail", shortName, "--from-beginning", "--timeout", "PT1S",
                            "--bootstrap-servers", kafka.bootstrapServers(), "--topic-prefix", topics.prefix());
            assertThat(exit).isZero();
            List<String> lines = printed.toString().lines().toList();
            System.err.println("tail " + shortName + ": " + lines.size() + " lines");
            if (!Set.of("stories", "stories.json").contains(shortName)) {
                assertThat(lines).as(shortName).isNotEmpty();
            }
            for (String line : lines) {
                JsonNode node = PlainJson.mapper().readTree(line);
                assertThat(node.get("topic").asText()).isEqualTo(topic.name());
                assertThat(node.has("error")).as(line).isFalse();
                assertThat(node.has("value")).isTrue();
            }
        }
    }

    private void drop(Path page, String name) throws Exception {
        Path tmp = inbox.resolve(name + ".tmp");
        Files.copy(page, tmp);
        Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private long articlesInOutput(Path page) {
        return PipelineRun.countArticles(out, Set.of(pageId(page)))[0];
    }

    private static int expectedArticles(Path page) {
        try {
            String text = new PageDecoder(IngestConfig.DEFAULT_MAX_PAGE_BYTES).decode(Files.readAllBytes(page)).text();
            return new PageSplitter().split(text).articles().size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pageId(Path page) {
        try {
            return PagePublisher.pageId(PagePublisher.sha256(Files.readAllBytes(page)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(WatchRun run, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + run.httpPort() + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private static void await(String what, Duration limit, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + limit + " waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
