package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.edition.EditionResolver;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.ingest.publish.Offer;
import dev.newsflow.ingest.publish.PagePublisher;
import dev.newsflow.ingest.source.PageFiles;
import dev.newsflow.sink.file.OutputAudit;
import dev.newsflow.testkit.TopicReader;
import dev.newsflow.topics.TopicAdmin;
import dev.newsflow.topics.Topics;

/**
 * The broker goes away in the middle of a run and comes back on the same ports with the same data: ingest,
 * enrich and sink must resume by themselves and still deliver every page and every article exactly once, on
 * the topics (read_committed) and in the files.
 */
class BrokerRestartIT {

    private static final int EDITIONS = 24;
    /** The first outage is short; the second outlasts Streams' 10 s transaction timeout, so open transactions are aborted. */
    private static final Duration[] OUTAGES = {Duration.ofSeconds(4), Duration.ofSeconds(12)};

    @TempDir
    static Path root;

    private static EmbeddedKafkaCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = EmbeddedKafkaCluster.builder().dataDir(root.resolve("kafka")).build().start();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    void pipelineResumesByItselfAfterTheBrokerIsStoppedAndStartedTwiceMidRun() throws Exception {
        Path corpus = Replay.corpus(root.resolve("corpus"), EDITIONS);
        Set<String> expected = Replay.expectedArticleIds(corpus);
        Path out = root.resolve("out");
        String bootstrap = cluster.bootstrapServers();
        KafkaOptions options = KafkaOptions.of(bootstrap, prefix("run"), 3, (short) 1);
        var settings = new PipelineRun.Settings(List.of(corpus), out, bootstrap, Edition.UNKNOWN, 2,
                IngestConfig.DEFAULT_MAX_PAGE_BYTES, Duration.ofMinutes(8));

        CompletableFuture<RunSummary> run = CompletableFuture.supplyAsync(() -> {
            try {
                return PipelineRun.execute(settings, options, System.err);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // the first outage as soon as articles reach the files, the second half way through
        int[] thresholds = {1, expected.size() / 2};
        List<Integer> inFilesAtOutage = new ArrayList<>();
        for (int i = 0; i < OUTAGES.length; i++) {
            awaitArticles(out, thresholds[i], run);
            inFilesAtOutage.add(OutputAudit.audit(out, null).articles());
            outage(OUTAGES[i]);
            assertThat(cluster.bootstrapServers()).as("same ports after the restart").isEqualTo(bootstrap);
        }
        RunSummary summary = run.get(10, TimeUnit.MINUTES);
        System.err.printf("broker restart run: %d pages, %d articles, outages of %s at %s articles in the files, %.1f s%n",
                summary.pages(), summary.articles(), List.of(OUTAGES), inFilesAtOutage, summary.seconds());

        assertThat(inFilesAtOutage).as("both outages came while articles were still flowing")
                .allMatch(n -> n < expected.size());
        assertThat(summary.pages()).isEqualTo(EDITIONS * 5);
        assertThat(summary.processed()).isEqualTo(summary.pages());
        assertThat(summary.deadLetters()).isZero();
        assertThat(summary.duplicateArticles()).isZero();
        Map<String, Object> client = options.clientConfig(bootstrap);
        Replay.assertExactlyOnce(client, options.topics(client).articles().name(), out, expected);
    }

    @Test
    void anIngestTransactionCaughtByAnOutageCommitsOnceWhenTheBrokerIsBack() throws Exception {
        Path corpus = Replay.corpus(root.resolve("ingest-corpus"), 4);
        List<Path> files = PageFiles.expand(List.of(corpus));
        String bootstrap = cluster.bootstrapServers();
        KafkaOptions options = KafkaOptions.of(bootstrap, prefix("ingest"), 3, (short) 1);
        Map<String, Object> client = options.clientConfig(bootstrap);
        Topics topics = options.topics(client);
        TopicAdmin.createTopics(client, topics.all(), (short) 1);
        IngestConfig config = IngestConfig.defaults(client).withTransactionalId(topics.prefix() + "ingest");

        try (PagePublisher publisher = new PagePublisher(topics, config, new EditionResolver(Edition.UNKNOWN),
                Clock.systemUTC()).start()) {
            int half = files.size() / 2;
            files.subList(0, half).forEach(publisher::offer);
            // the first half is sent and committed while the broker is away
            cluster.stop();
            CompletableFuture<Void> flush = CompletableFuture.runAsync(publisher::flush);
            Thread.sleep(OUTAGES[0].toMillis());
            assertThat(flush).as("no commit without a broker").isNotDone();
            cluster.restart();
            flush.get(3, TimeUnit.MINUTES);
            files.subList(half, files.size()).forEach(publisher::offer);
            files.forEach(publisher::offer);
            publisher.flush();
            assertThat(publisher.stats().count(Offer.Result.PUBLISHED)).isEqualTo(files.size());
            assertThat(publisher.stats().count(Offer.Result.DUPLICATE)).isEqualTo(files.size());
        }
        var pages = TopicReader.readAll(bootstrap, topics.rawPages());
        Map<String, Long> perPage = pages.stream().collect(Collectors.groupingBy(r -> r.value().getId(), Collectors.counting()));
        System.err.printf("ingest through an outage: %d files, %d pages on the topic, %d ids%n", files.size(), pages.size(),
                perPage.size());
        assertThat(perPage).hasSize(files.size());
        assertThat(perPage.values()).as("records per page id").allMatch(n -> n == 1);
        assertThat(TopicReader.readAll(bootstrap, topics.ingestIndex())).hasSize(files.size());
    }

    private static void outage(Duration length) throws InterruptedException {
        cluster.stop();
        Thread.sleep(length.toMillis());
        cluster.restart();
    }

    private static String prefix(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    }

    private static void awaitArticles(Path out, int atLeast, CompletableFuture<RunSummary> run) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (OutputAudit.audit(out, null).articles() < atLeast) {
            if (run.isDone()) {
                run.join(); // rethrows the run's failure
                throw new AssertionError("the run ended before " + atLeast + " articles were in the files");
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + atLeast + " articles in the files after 5 minutes");
            }
            Thread.sleep(100);
        }
    }
}
