package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
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
import dev.newsflow.schemas.PageOutcome;
import dev.newsflow.sink.file.FileSink;
import dev.newsflow.sink.file.OutputAudit;
import dev.newsflow.testkit.TopicReader;
import dev.newsflow.topics.TopicAdmin;
import dev.newsflow.topics.Topics;

/**
 * The broker goes away in the middle of a run and comes back on the same ports with the same data: ingest,
 * enrich and sink must resume by themselves and still deliver every page and every article exactly once, on
 * the topics (read_committed) and in the files.
 *
 * <p>The outages are placed by progress, not by the clock: the corpus is ingested in drops, and each outage comes
 * once enrich has written a share of its drop's articles; the next drop is ingested after the broker is back. So
 * every outage comes while the run has articles still to deliver, on a fast machine as on a busy one.
 */
class BrokerRestartIT {

    private static final int EDITIONS = 24;
    /**
     * The first outage is short; the second outlasts Streams' 10 s transaction timeout, so open transactions are
     * aborted.
     */
    private static final Duration[] OUTAGES = {Duration.ofSeconds(4), Duration.ofSeconds(12)};
    /** One drop per outage and one after the last. */
    private static final int DROPS = OUTAGES.length + 1;
    /** The share of its drop's articles enrich has written when an outage begins. */
    private static final double OUTAGE_AT = 0.25;
    /** Guards against a hang, not verdicts on speed. */
    private static final Duration LIMIT = Duration.ofMinutes(8);

    /** An outage as it happened: its drop, the articles enrich had written then (and the threshold), those in files. */
    private record Outage(int drop, Duration length, long threshold, long written, long committed, int inFiles) {
    }

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
        List<List<Path>> drops = Replay.drops(corpus, DROPS);
        Path out = root.resolve("out");
        String bootstrap = cluster.bootstrapServers();
        KafkaOptions options = KafkaOptions.of(bootstrap, prefix("run"), 3, (short) 1);

        List<Outage> outages = new ArrayList<>();
        long processed;
        try (Pipeline pipeline = Pipeline.start(out, bootstrap, options, 2, FileSink.CommitListener.NONE,
                System.err)) {
            String articles = pipeline.topics().articles().name();
            Set<String> awaited = new HashSet<>();
            long before = 0;
            for (int d = 0; d < DROPS; d++) {
                for (Offer o : pipeline.ingest(drops.get(d), Edition.UNKNOWN, IngestConfig.DEFAULT_MAX_PAGE_BYTES,
                        System.err).offers()) {
                    assertThat(o.deadLetter()).as("%s is a page", o.file()).isFalse();
                    awaited.add(o.pageId());
                }
                long inDrop = articlesOf(drops.get(d));
                if (d < OUTAGES.length) {
                    long threshold = before + (long) Math.ceil(OUTAGE_AT * inDrop);
                    long[] counts = awaitWritten(pipeline, articles, threshold);
                    int inFiles = OutputAudit.audit(out, null).articles();
                    outage(OUTAGES[d]);
                    outages.add(new Outage(d, OUTAGES[d], threshold, counts[0], counts[1], inFiles));
                    assertThat(cluster.bootstrapServers()).as("same ports after the restart").isEqualTo(bootstrap);
                }
                before += inDrop;
            }
            long deadline = System.nanoTime() + LIMIT.toNanos();
            processed = pipeline.awaitStatuses(awaited, deadline).values().stream()
                    .filter(s -> s.getStatus() == PageOutcome.processed).count();
            pipeline.awaitSink(deadline);
        }
        for (Outage o : outages) {
            System.err.printf("broker restart run: outage of %s in drop %d of %d, begun at %d articles written by"
                            + " enrich (planned at >= %d), %d committed, %d in the files, of %d%n", o.length(),
                    o.drop() + 1, DROPS, o.written(), o.threshold(), o.committed(), o.inFiles(), expected.size());
        }

        assertThat(outages).as("outages that happened").hasSize(OUTAGES.length);
        assertThat(outages).as("each outage at its planned progress, while articles were still to come")
                .allSatisfy(o -> {
                    assertThat(o.written()).isGreaterThanOrEqualTo(o.threshold());
                    assertThat(o.inFiles()).isLessThan(expected.size());
                });
        assertThat(processed).isEqualTo(EDITIONS * 5);
        Map<String, Object> client = options.clientConfig(bootstrap);
        Replay.assertExactlyOnce(client, options.topics(client).articles().name(), out, expected);
    }

    /** Articles the pages of a drop hold. */
    private static long articlesOf(List<Path> pages) throws Exception {
        long n = 0;
        for (Path page : pages) {
            n += Replay.articleIds(page).size();
        }
        return n;
    }

    /** Waits until enrich has written at least {@code threshold} articles; returns {written, committed}. */
    private static long[] awaitWritten(Pipeline pipeline, String topic, long threshold) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        try (TopicProgress progress = new TopicProgress(cluster.bootstrapServers(), List.of(topic))) {
            while (progress.written(topic) < threshold) {
                progress.poll(Duration.ofMillis(50));
                pipeline.checkAlive();
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("enrich wrote " + progress.written(topic) + " articles, fewer than "
                            + threshold + ", in " + LIMIT);
                }
            }
            return new long[] {progress.written(topic), progress.committed(topic)};
        }
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
        Map<String, Long> perPage = pages.stream()
                .collect(Collectors.groupingBy(r -> r.value().getId(), Collectors.counting()));
        System.err.printf("ingest through an outage: %d files, %d pages on the topic, %d ids%n", files.size(),
                pages.size(), perPage.size());
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
}
