package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.schemas.ArticleKind;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.Headline;
import dev.newsflow.schemas.PageRef;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.service.reader.index.EditionPartitioner;
import dev.newsflow.service.reader.index.ReaderKeys;
import dev.newsflow.service.reader.index.ReaderTopology;
import dev.newsflow.service.reader.view.ReaderLinks;
import dev.newsflow.testkit.SharedKafka;
import dev.newsflow.topics.EditionKey;
import dev.newsflow.topics.Topic;
import dev.newsflow.topics.Topics;

/**
 * Two instances of the reader share its partitions on a real broker: either answers the view of every edition, page
 * and article, forwarding to the instance that holds it, and the list of editions gathers from both, page after page,
 * newest first, each edition once.
 */
@ExtendWith(SharedKafka.class)
class ReaderRoutingIT {

    private static final int EDITIONS = 130;
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);

    @TempDir
    Path state;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eitherInstanceAnswersEveryViewAndTheEditionsListGathersFromBoth(EmbeddedKafkaCluster kafka) throws Exception {
        String prefix = "reader-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        KafkaOptions options = KafkaOptions.of(kafka.bootstrapServers(), prefix, 3, (short) 1);
        Map<String, Object> client = options.clientConfig(kafka.bootstrapServers());
        Topics topics = KafkaSetup.of(options, client).topics();
        List<String> editions = publish(kafka, topics);

        List<StageService> services = new ArrayList<>();
        List<EnrichApp> apps = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                StageService service = StageService.start(HttpOptions.of(0, "127.0.0.1", null), true, System.err);
                EnrichApp app = ReaderApp.create(topics, client, prefix + "reader", state.resolve("i" + i), 0,
                        (short) 1, service.advertised());
                service.reader(app, topics);
                services.add(service);
                apps.add(app.start());
            }
            await(Duration.ofSeconds(90), () -> apps.stream().allMatch(a -> a.state() == KafkaStreams.State.RUNNING)
                    && services.stream().allMatch(s -> "130".equals(text(get(s, "/"), "#edition-count"))));

            Set<Integer> owners = new HashSet<>();
            for (String edition : editions) {
                owners.add(apps.get(0).streams().queryMetadataForKey(ReaderTopology.EDITIONS, edition,
                        new EditionPartitioner<>()).activeHost().port());
                for (StageService service : services) {
                    Document page = Jsoup.parse(get(service, ReaderLinks.page(edition, pageId(edition))).body());
                    assertThat(page.select("li.card h3").text()).isEqualTo("headline of " + edition);
                    assertThat(page.select("pre.text").text()).contains("body of " + edition);
                    HttpResponse<String> article = get(service, ReaderLinks.article(edition, pageId(edition) + "-00"));
                    assertThat(article.statusCode()).isEqualTo(200);
                    assertThat(Jsoup.parse(article.body()).select("h1.headline").text())
                            .isEqualTo("headline of " + edition);
                }
            }
            assertThat(owners).as("both instances hold editions: half of the views above were forwarded")
                    .containsExactlyInAnyOrder(services.get(0).port(), services.get(1).port());

            List<String> listed = walkOlder(services.get(1));
            assertThat(listed).as("every edition once, newest first").containsExactlyElementsOf(
                    editions.stream().sorted(Comparator.comparing(ReaderKeys::dated).reversed()).toList());
            assertThat(get(services.get(0), ReaderLinks.page(editions.get(0), "nope")).statusCode()).isEqualTo(404);
            assertThat(get(services.get(1), ReaderLinks.edition("无此报/2020-01-01")).statusCode()).isEqualTo(404);
            storyOfTheFirstEdition(services, editions.get(0));
        } finally {
            apps.forEach(EnrichApp::close);
            services.forEach(StageService::close);
        }
    }

    /**
     * The story of the first edition: listed in its edition, shown whole by either instance. It reaches the reader
     * through a repartition topic, after the edition's page and article: waited for.
     */
    private void storyOfTheFirstEdition(List<StageService> services, String edition) throws InterruptedException {
        await(Duration.ofSeconds(60), () -> services.stream().allMatch(s ->
                !Jsoup.parse(get(s, ReaderLinks.edition(edition)).body()).select("ul.stories a").isEmpty()));
        for (StageService service : services) {
            Document doc = Jsoup.parse(get(service, ReaderLinks.edition(edition)).body());
            assertThat(doc.select("ul.stories a").text()).isEqualTo("headline of " + edition);
            Document story = Jsoup.parse(get(service, doc.select("ul.stories a").attr("href")).body());
            assertThat(story.select(".badge").text()).startsWith("story");
            assertThat(story.select(".body p").eachText())
                    .containsExactly("body of " + edition + "。", "and its continuation。");
        }
    }

    /** Follows "older editions" from the newest page to the last, then "newer" back: the same pages, in reverse. */
    private List<String> walkOlder(StageService service) {
        List<String> all = new ArrayList<>();
        List<List<String>> pages = new ArrayList<>();
        List<String> newerLinks = new ArrayList<>();
        String link = "/";
        while (link != null) {
            Document doc = Jsoup.parse(get(service, link).body());
            List<String> rows = doc.select("tr.edition td:first-child a").eachAttr("href");
            pages.add(rows);
            all.addAll(rows);
            newerLinks.add(doc.select("nav.paging a[rel=prev]").attr("href"));
            var older = doc.select("nav.paging a[rel=next]");
            link = older.isEmpty() ? null : older.attr("href");
        }
        assertThat(pages).hasSize((EDITIONS + 49) / 50);
        assertThat(newerLinks.get(0)).isEmpty();
        for (int i = pages.size() - 1; i > 0; i--) {
            List<String> back = Jsoup.parse(get(service, newerLinks.get(i)).body())
                    .select("tr.edition td:first-child a").eachAttr("href");
            assertThat(back).as("page %d from the page after it", i - 1).isEqualTo(pages.get(i - 1));
        }
        return all.stream().map(ReaderRoutingIT::editionOfLink).toList();
    }

    private static String editionOfLink(String href) {
        String[] parts = href.split("/");
        return URLDecoder.decode(parts[2], StandardCharsets.UTF_8) + "/" + parts[3];
    }

    /** Two papers, a page and an article per edition, written where ingest and enrich would put them. */
    private static List<String> publish(EmbeddedKafkaCluster kafka, Topics topics) throws Exception {
        List<String> editions = new ArrayList<>();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            for (int e = 0; e < EDITIONS; e++) {
                String paper = e % 2 == 0 ? "无锡日报" : "江南晚报";
                String date = FIRST.plusDays(e / 2).toString();
                String edition = EditionKey.of(paper, date, null);
                editions.add(edition);
                RawPage page = RawPage.newBuilder().setId(pageId(edition)).setPaper(paper).setEditionDate(date)
                        .setPageNumber(1).setFileName("1.txt").setCharset("UTF-8").setSha256("x").setSizeBytes(1)
                        .setText("headline of " + edition + "\nbody of " + edition + "。").setIngestTime(Instant.now())
                        .build();
                send(producer, topics.rawPages(), edition, edition, page);
                send(producer, topics.articles(), edition, page.getId() + "-00", article(page, edition));
                if (e == 0) {
                    // a stitched story, on the stories topic as enrich writes it: keyed by its first part, hashed
                    EnrichedArticle story = EnrichedArticle.newBuilder(article(page, edition))
                            .setText("body of " + edition + "。\nand its continuation。").build();
                    producer.send(new ProducerRecord<>(topics.stories().name(), story.getId(),
                            topics.stories().valueSerializer().serialize(topics.stories().name(), story))).get();
                }
            }
        }
        return editions;
    }

    private static <V> void send(KafkaProducer<String, byte[]> producer, Topic<String, V> topic, String edition,
                                 String key, V value) throws Exception {
        int partition = EditionKey.partition(edition, topic.partitions());
        producer.send(new ProducerRecord<>(topic.name(), partition, key,
                topic.valueSerializer().serialize(topic.name(), value))).get();
    }

    private static EnrichedArticle article(RawPage page, String edition) {
        PageRef ref = PageRef.newBuilder().setId(page.getId()).setFile(page.getFileName()).setPaper(page.getPaper())
                .setDate(page.getEditionDate()).setNumber(1).build();
        return EnrichedArticle.newBuilder().setId(page.getId() + "-00").setPage(ref).setPages(List.of(ref))
                .setKind(ArticleKind.news).setHeadline(Headline.newBuilder().setTitle("headline of " + edition).build())
                .setText("body of " + edition + "。").setParagraphs(List.of("body of " + edition + "。")).build();
    }

    private static String pageId(String edition) {
        return Integer.toHexString(edition.hashCode());
    }

    private HttpResponse<String> get(StageService service, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<String> response, String selector) {
        return response.statusCode() == 200 ? Jsoup.parse(response.body()).select(selector).text() : "";
    }

    private static void await(Duration limit, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within " + limit);
            }
            Thread.sleep(200);
        }
    }
}
