package dev.newsflow.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.enrich.topology.EnrichOptions;
import dev.newsflow.enrich.topology.EnrichTopology;
import dev.newsflow.ingest.Ingest;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.ingest.publish.IngestStats;
import dev.newsflow.ingest.publish.Offer;
import dev.newsflow.json.PlainJson;
import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.schemas.PageOutcome;
import dev.newsflow.schemas.PageStatus;
import dev.newsflow.sink.file.ArticleFiles;
import dev.newsflow.sink.file.FileSink;
import dev.newsflow.topics.Topic;
import dev.newsflow.topics.Topics;

/**
 * The whole pipeline in one process: an embedded KRaft broker (or an existing cluster), topics, enrich and
 * sink running, then ingest of the given pages, and a wait until every page offered has been processed and
 * every article is in the files. Its state (the embedded broker's data, Streams state) lives under
 * {@code OUT/.newsflow}, so a second run over the same pages publishes nothing and changes no file.
 */
public final class PipelineRun {

    /** What to run. */
    public record Settings(List<Path> inputs, Path out, String bootstrapServers, Edition edition, int threads,
                           long maxPageBytes, Duration timeout) {
    }

    private PipelineRun() {
    }

    public static RunSummary execute(Settings settings, KafkaOptions kafka, PrintStream err) throws Exception {
        return execute(settings, kafka, err, null);
    }

    /** As {@link #execute(Settings, KafkaOptions, PrintStream)}, with metrics and health served while it runs. */
    static RunSummary execute(Settings settings, KafkaOptions kafka, PrintStream err, StageService service) throws Exception {
        long started = System.nanoTime();
        Path out = settings.out().toAbsolutePath().normalize();
        Path state = out.resolve(".newsflow");
        Files.createDirectories(state);
        EmbeddedKafkaCluster cluster = Commands.embeddedUnless(settings.bootstrapServers(), state, err);
        String bootstrap = cluster != null ? cluster.bootstrapServers() : settings.bootstrapServers();
        try {
            Map<String, Object> client = Commands.clientConfig(kafka, cluster, bootstrap, err);
            short replication = Commands.replication(kafka, client);
            Topics topics = Commands.createTopics(kafka, client, replication);

            AppIds ids = AppIds.of(kafka);
            String sinkGroup = ids.sink();
            Properties streamsConfig = EnrichApp.config(client, ids.enrich(),
                    state.resolve("streams"), settings.threads(), 0, replication, new Properties());
            try (EnrichApp enrich = new EnrichApp(EnrichTopology.build(topics, EnrichOptions.defaults()), streamsConfig).start();
                 FileSink sink = new FileSink(topics, client, new ArticleFiles(out), sinkGroup, 256 * 1024)) {
                if (service != null) {
                    service.enrich(enrich, topics);
                    service.sink(sink);
                }
                Thread sinkThread = new Thread(sink, "newsflow-sink");
                sinkThread.start();
                IngestConfig ingestConfig = IngestConfig.defaults(client).withMaxPageBytes(settings.maxPageBytes());
                IngestStats stats = Ingest.run(topics, ingestConfig, settings.edition(), settings.inputs(), err);
                err.println("newsflow: ingest done: " + stats);

                Set<String> offeredIds = new HashSet<>();
                Set<String> awaited = new HashSet<>();
                for (Offer o : stats.offers()) {
                    if (o.pageId() != null) {
                        offeredIds.add(o.pageId());
                    }
                    if (!o.deadLetter()) {
                        awaited.add(o.pageId());
                    }
                }
                long deadline = System.nanoTime() + settings.timeout().toNanos();
                Map<String, PageStatus> statuses = awaitStatuses(client, topics, awaited, enrich, sink, deadline);
                awaitSink(client, topics.articles(), sink, deadline);
                sink.close();
                sinkThread.join(30_000);

                // every offer is either a processed page or a dead letter: at ingest, or from enrich's page status
                long processed = 0;
                long deadLetters = 0;
                for (Offer o : stats.offers()) {
                    PageStatus status = o.deadLetter() ? null : statuses.get(o.pageId());
                    if (status != null && status.getStatus() == PageOutcome.processed) {
                        processed++;
                    } else {
                        deadLetters++;
                        err.println("newsflow: dead letter: " + o.file() + (o.pageId() == null ? "" : " (page " + o.pageId() + ")")
                                + ": " + (status == null ? o.detail() : status.getError()));
                    }
                }
                long[] counts = countArticles(out, offeredIds);
                double seconds = (System.nanoTime() - started) / 1e9;
                return new RunSummary(stats.offered(), stats.count(Offer.Result.PUBLISHED), stats.count(Offer.Result.DUPLICATE),
                        processed, deadLetters, counts[0], countArticleDeadLetters(client, topics, offeredIds), counts[1],
                        counts[2], seconds, out.toString());
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    /** Reads page statuses until every awaited page has one. */
    private static Map<String, PageStatus> awaitStatuses(Map<String, Object> client, Topics topics, Set<String> awaited,
                                                         EnrichApp enrich, FileSink sink, long deadline) throws TimeoutException {
        Map<String, PageStatus> found = new HashMap<>();
        Topic<String, PageStatus> topic = topics.pageStatus();
        try (var consumer = new KafkaConsumer<>(CommittedReader.readCommitted(client), topic.keyDeserializer(), topic.valueDeserializer())) {
            List<TopicPartition> partitions = CommittedReader.partitions(consumer, topic.name());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!found.keySet().containsAll(awaited)) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (awaited.contains(r.key())) {
                        found.put(r.key(), r.value());
                    }
                });
                checkAlive(enrich, sink);
                if (System.nanoTime() > deadline) {
                    Set<String> missing = new HashSet<>(awaited);
                    missing.removeAll(found.keySet());
                    throw new TimeoutException("timed out waiting for enrich to process pages " + missing);
                }
            }
        }
        return found;
    }

    /** Waits until the sink has written everything committed on the articles topic. */
    private static void awaitSink(Map<String, Object> client, Topic<?, ?> articles, FileSink sink, long deadline)
            throws TimeoutException, InterruptedException {
        Map<TopicPartition, Long> end;
        try (var consumer = new KafkaConsumer<>(CommittedReader.readCommitted(client), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            end = consumer.endOffsets(CommittedReader.partitions(consumer, articles.name()));
        }
        while (true) {
            Map<TopicPartition, Long> positions = sink.positions();
            boolean done = end.entrySet().stream()
                    .allMatch(e -> e.getValue() == 0 || positions.getOrDefault(e.getKey(), -1L) >= e.getValue());
            if (done) {
                return;
            }
            if (sink.failure() != null) {
                throw new IllegalStateException("sink failed", sink.failure());
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("timed out waiting for the sink: at " + positions + ", end " + end);
            }
            Thread.sleep(50);
        }
    }

    private static void checkAlive(EnrichApp enrich, FileSink sink) {
        KafkaStreams.State state = enrich.state();
        if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
            throw new IllegalStateException("enrich stopped: " + state);
        }
        if (sink.failure() != null) {
            throw new IllegalStateException("sink failed", sink.failure());
        }
    }

    /** Dead letters of single articles (a stage failed on one article) of the given pages. */
    private static long countArticleDeadLetters(Map<String, Object> client, Topics topics, Set<String> pageIds) {
        Topic<String, DeadLetter> topic = topics.deadLetters();
        long count = 0;
        try (var consumer = new KafkaConsumer<>(CommittedReader.readCommitted(client), topic.keyDeserializer(), topic.valueDeserializer())) {
            List<TopicPartition> partitions = CommittedReader.partitions(consumer, topic.name());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    DeadLetter letter = r.value();
                    if (letter != null && letter.getArticleId() != null && pageIds.contains(letter.getPageId())) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Articles of the given pages in the output files: {articles, entities, duplicate ids}. */
    static long[] countArticles(Path out, Set<String> pageIds) {
        long articles = 0;
        long entities = 0;
        Set<String> ids = new HashSet<>();
        long duplicates = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl") && !f.toString().contains("/.")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode article = PlainJson.mapper().readTree(line);
                    if (!pageIds.contains(article.path("page").path("id").asText())) {
                        continue;
                    }
                    articles++;
                    entities += article.path("entities").size();
                    if (!ids.add(article.path("id").asText())) {
                        duplicates++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the output files under " + out, e);
        }
        return new long[] {articles, entities, duplicates};
    }
}
