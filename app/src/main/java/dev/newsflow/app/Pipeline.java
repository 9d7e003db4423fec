package dev.newsflow.app;

import java.io.PrintStream;
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

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.enrich.segment.HanLpSegmenter;
import dev.newsflow.enrich.topology.EnrichOptions;
import dev.newsflow.enrich.topology.EnrichTopology;
import dev.newsflow.ingest.Ingest;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.ingest.publish.IngestStats;
import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.schemas.PageStatus;
import dev.newsflow.sink.file.ArticleFiles;
import dev.newsflow.sink.file.FileSink;
import dev.newsflow.topics.ReadToEnd;
import dev.newsflow.topics.Topic;
import dev.newsflow.topics.Topics;

/**
 * A running pipeline in this process: an embedded KRaft broker (or an existing cluster), the topics, enrich and
 * the file sink, ready for pages to be ingested. {@link PipelineRun} runs it once over some pages; the bench
 * keeps it open to probe it. Its state (the embedded broker's data, Streams state) lives under
 * {@code OUT/.newsflow}. {@link #close()} stops the sink, enrich and the broker.
 */
public final class Pipeline implements AutoCloseable {

    private final EmbeddedKafkaCluster cluster;
    private final Map<String, Object> client;
    private final Topics topics;
    private final EnrichApp enrich;
    private final FileSink sink;
    private final Thread sinkThread;
    private final short replication;
    private final Path streamsDir;

    private Pipeline(EmbeddedKafkaCluster cluster, Map<String, Object> client, Topics topics, EnrichApp enrich,
                     FileSink sink, Thread sinkThread, short replication, Path streamsDir) {
        this.cluster = cluster;
        this.client = client;
        this.topics = topics;
        this.enrich = enrich;
        this.sink = sink;
        this.sinkThread = sinkThread;
        this.replication = replication;
        this.streamsDir = streamsDir;
    }

    /**
     * Starts the broker when {@code bootstrapServers} is blank, creates the topics, starts enrich with
     * {@code threads} stream threads and the sink writing under {@code out}, telling {@code listener} of each
     * committed segment; with a {@code service}, its metrics and health watch enrich and the sink.
     */
    public static Pipeline start(Path out, String bootstrapServers, KafkaOptions kafka, int threads,
                                 FileSink.CommitListener listener, PrintStream err) throws Exception {
        return start(out, bootstrapServers, kafka, threads, listener, null, err);
    }

    static Pipeline start(Path out, String bootstrapServers, KafkaOptions kafka, int threads,
                          FileSink.CommitListener listener, StageService service, PrintStream err) throws Exception {
        Path root = out.toAbsolutePath().normalize();
        Path state = root.resolve(".newsflow");
        Files.createDirectories(state);
        // the language models take seconds to load: meanwhile the broker starts and enrich joins its group
        // (paused until they are in)
        HanLpSegmenter.loadModelsInBackground();
        EmbeddedKafkaCluster cluster = Commands.embeddedUnless(bootstrapServers, state, err);
        EnrichApp enrich = null;
        try {
            KafkaSetup setup = KafkaSetup.of(kafka, Commands.clientConfig(kafka, cluster, bootstrapServers, err));
            Map<String, Object> client = setup.client();
            short replication = setup.replication();
            Topics topics = setup.topics();
            AppIds ids = AppIds.of(kafka);
            Path streamsDir = state.resolve("streams");
            Properties streamsConfig = EnrichApp.config(client, ids.enrich(), streamsDir, threads, 0, replication,
                    kafka.streamsOverrides());
            EnrichOptions options = EnrichOptions.defaults().withArticleWorkers(threads)
                    .withJsonTopics(kafka.jsonTopics());
            enrich = new EnrichApp(EnrichTopology.build(topics, options), streamsConfig).start();
            FileSink sink = new FileSink(topics, client, new ArticleFiles(root), ids.sink(), 256 * 1024)
                    .onCommit(listener);
            if (service != null) {
                service.enrich(enrich, topics);
                service.sink(sink);
            }
            Thread sinkThread = new Thread(sink, "newsflow-sink");
            sinkThread.start();
            return new Pipeline(cluster, client, topics, enrich, sink, sinkThread, replication, streamsDir);
        } catch (Exception | Error e) {
            if (enrich != null) {
                enrich.close();
            }
            if (cluster != null) {
                cluster.close();
            }
            throw e;
        }
    }

    public Map<String, Object> client() {
        return client;
    }

    public Topics topics() {
        return topics;
    }

    /** Replication factor the topics were created with (and Streams' internal topics use). */
    public short replication() {
        return replication;
    }

    /** Kafka Streams state directory, under the output's {@code .newsflow}. */
    public Path streamsDir() {
        return streamsDir;
    }

    /** Why the sink stopped, or null while it runs. */
    public Throwable sinkFailure() {
        return sink.failure();
    }

    public EnrichApp enrich() {
        return enrich;
    }

    /** Ingests the page files and folders once each, in one batch. */
    public IngestStats ingest(List<Path> inputs, Edition edition, long maxPageBytes, PrintStream err) {
        IngestConfig ingestConfig = IngestConfig.defaults(client).withMaxPageBytes(maxPageBytes);
        return Ingest.run(topics, ingestConfig, edition, inputs, err);
    }

    /** Reads page statuses until every awaited page has one. */
    public Map<String, PageStatus> awaitStatuses(Set<String> awaited, long deadline) throws TimeoutException {
        Map<String, PageStatus> found = new HashMap<>();
        Topic<String, PageStatus> topic = topics.pageStatus();
        try (var consumer = new KafkaConsumer<>(CommittedReader.readCommitted(client), topic.keyDeserializer(),
                topic.valueDeserializer())) {
            List<TopicPartition> partitions = CommittedReader.partitions(consumer, topic.name());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!found.keySet().containsAll(awaited)) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (awaited.contains(r.key())) {
                        found.put(r.key(), r.value());
                    }
                });
                checkAlive();
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
    public void awaitSink(long deadline) throws TimeoutException, InterruptedException {
        Map<TopicPartition, Long> end;
        try (var consumer = new KafkaConsumer<>(CommittedReader.readCommitted(client), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            // the log's end, not the last stable offset: enrich's last commit may still be writing its markers
            end = ReadToEnd.logEnds(client, CommittedReader.partitions(consumer, topics.articles().name()),
                    Duration.ofSeconds(30));
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

    /** Fails when enrich or the sink has stopped. */
    public void checkAlive() {
        KafkaStreams.State state = enrich.state();
        if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
            throw new IllegalStateException("enrich stopped: " + state);
        }
        if (sink.failure() != null) {
            throw new IllegalStateException("sink failed", sink.failure());
        }
    }

    /** Dead letters of single articles (a stage failed on one article) of the given pages. */
    public long countArticleDeadLetters(Set<String> pageIds) {
        Topic<String, DeadLetter> topic = topics.deadLetters();
        long[] count = {0};
        CommittedReader.forEach(client, topic.name(), topic.keyDeserializer(), topic.valueDeserializer(), r -> {
            DeadLetter letter = r.value();
            if (letter != null && letter.getArticleId() != null && pageIds.contains(letter.getPageId())) {
                count[0]++;
            }
        });
        return count[0];
    }

    /** Stops the sink and waits for its thread; enrich and the broker keep running. */
    public void stopSink() throws InterruptedException {
        sink.close();
        sinkThread.join(30_000);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            stopSink();
            enrich.close();
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }
}
