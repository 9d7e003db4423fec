package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.json.PlainJson;
import dev.newsflow.sink.file.OutputAudit;
import dev.newsflow.testkit.Corpus;
import dev.newsflow.testkit.Seeds;
import dev.newsflow.testkit.SharedKafka;

/**
 * Exactly once from file to files through hard crashes, modelled on Kafka's EosIntegrationTest: a replay of the
 * seed pages re-dated into many editions flows through ingest, enrich and sink, each in a JVM of its own, while
 * each of them is killed with SIGKILL at several points and restarted. The files and the articles topic must
 * then hold every article of a crash-free run exactly once, with identical content.
 */
@ExtendWith(SharedKafka.class)
class ExactlyOnceCrashIT {

    private static final int EDITIONS = Integer.getInteger("newsflow.crash.editions", 100);
    private static final Duration LIMIT = Duration.ofMinutes(8);

    @TempDir
    Path root;

    @Test
    void killedIngestEnrichAndSinkLoseNothingAndDuplicateNothing(EmbeddedKafkaCluster kafka) throws Exception {
        Path corpus = Corpus.redated(Seeds.dir(), root.resolve("corpus"), EDITIONS);
        long pages;
        try (Stream<Path> files = Files.walk(corpus)) {
            pages = files.filter(f -> f.toString().endsWith(".txt")).count();
        }
        assertThat(pages).isGreaterThanOrEqualTo(500);

        // the reference: a run without crashes, in-process, on topics of its own
        Path reference = root.resolve("reference");
        String refPrefix = "ref-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        RunSummary clean = PipelineRun.execute(new PipelineRun.Settings(List.of(corpus), reference, kafka.bootstrapServers(),
                        Edition.UNKNOWN, 2, 4 * 1024 * 1024, LIMIT),
                KafkaOptions.of(kafka.bootstrapServers(), refPrefix, 3, (short) 1), System.err);
        assertThat(clean.processed()).isEqualTo(pages);
        Map<String, String> expected = articles(reference);
        assertThat(expected).hasSize((int) clean.articles());

        // the same corpus through forked stages, killed and restarted
        String prefix = "crash-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Path out = root.resolve("out");
        List<String> kafkaArgs = List.of("--bootstrap-servers", kafka.bootstrapServers(), "--topic-prefix", prefix,
                "--replication-factor", "1");
        Forked.Stage enrich = new Forked.Stage(root.resolve("logs"), "enrich", args(List.of("enrich",
                "--application-id", prefix + "enrich", "--state-dir", root.resolve("state").toString(), "--threads", "2"), kafkaArgs));
        Forked.Stage sink = new Forked.Stage(root.resolve("logs"), "sink", args(List.of("sink", "--out", out.toString(),
                "--group-id", prefix + "sink"), kafkaArgs));
        Forked.Stage ingest = new Forked.Stage(root.resolve("logs"), "ingest", args(List.of("ingest", corpus.toString(),
                "--transactional-id", prefix + "ingest"), kafkaArgs));

        int kills = 0;
        long deadline = System.nanoTime() + LIMIT.toNanos();
        try {
            enrich.start();
            sink.start();
            ingest.start();
            // crash points: ingest mid-publish, enrich mid-stream (twice), sink mid-write (twice), then once more each
            long[] enrichKills = {6_000, 14_000, 30_000};
            long[] sinkKills = {9_000, 20_000, 34_000};
            long[] ingestKills = {2_500};
            long started = System.currentTimeMillis();
            int e = 0;
            int s = 0;
            int i = 0;
            while (true) {
                long t = System.currentTimeMillis() - started;
                if (i < ingestKills.length && t >= ingestKills[i]) {
                    if (ingest.alive()) {
                        ingest.kill();
                        kills++;
                    }
                    ingest.start();
                    i++;
                }
                if (e < enrichKills.length && t >= enrichKills[e]) {
                    enrich.kill();
                    kills++;
                    enrich.start();
                    e++;
                }
                if (s < sinkKills.length && t >= sinkKills[s]) {
                    sink.kill();
                    kills++;
                    sink.start();
                    s++;
                }
                if (!ingest.alive() && ingest.exitCode() != 0) {
                    throw new AssertionError("ingest failed: " + ingest.log());
                }
                boolean allKillsDone = e == enrichKills.length && s == sinkKills.length && i == ingestKills.length;
                if (allKillsDone && !ingest.alive() && OutputAudit.audit(out, null).articles() >= expected.size()) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("not done after " + LIMIT + ": " + OutputAudit.audit(out, null).articles()
                            + " of " + expected.size() + " articles in the files\nenrich: " + enrich.log() + "\nsink: " + sink.log());
                }
                Thread.sleep(250);
            }
        } finally {
            ingest.stop();
            enrich.stop();
            sink.stop();
        }

        // exactly once: in the files, against the topic, and the same content as the clean run
        var client = KafkaOptions.of(kafka.bootstrapServers(), prefix, 3, (short) 1).clientConfig(kafka.bootstrapServers());
        Map<String, Integer> onTopic = CommittedReader.liveKeys(client, prefix + "articles");
        OutputAudit.Report audit = OutputAudit.audit(out, onTopic.keySet());
        System.err.printf("crash run: %d pages, %d kills, %d articles expected, %d in files, %d on topic, %d duplicates,"
                        + " %d missing%n", pages, kills, expected.size(), audit.articles(), onTopic.size(),
                audit.duplicates().size(), audit.missing().size());
        assertThat(kills).isGreaterThanOrEqualTo(6);
        assertThat(audit.duplicates()).as("articles written twice").isEmpty();
        assertThat(audit.missing()).as("articles on the topic missing from the files").isEmpty();
        assertThat(audit.unexpected()).isEmpty();
        assertThat(audit.unreadable()).isEmpty();
        assertThat(audit.avroMismatch()).isEmpty();
        assertThat(onTopic.values()).as("records per article id on the topic").allMatch(n -> n == 1);
        Map<String, String> actual = articles(out);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (var entry : expected.entrySet()) {
            assertThat(actual.get(entry.getKey())).as("article %s", entry.getKey()).isEqualTo(entry.getValue());
        }
        assertJsonTwinHoldsEachArticleOnce(client, prefix, actual);
    }

    /** The JSON twin, written in the same transactions as the topic the sink read: each article once, its line. */
    private static void assertJsonTwinHoldsEachArticleOnce(Map<String, Object> client, String prefix,
                                                           Map<String, String> lines) {
        String twin = KafkaOptions.of(null, prefix, 3, (short) 1).topics(client).articlesJson().name();
        assertThat(CommittedReader.liveKeys(client, twin).values()).as("records per article id on " + twin)
                .allMatch(n -> n == 1);
        Map<String, String> json = new TreeMap<>();
        CommittedReader.forEach(client, twin, new StringDeserializer(), new StringDeserializer(),
                r -> json.put(r.key(), r.value()));
        assertThat(json).isEqualTo(lines);
    }

    private static List<String> args(List<String> command, List<String> kafkaArgs) {
        List<String> all = new ArrayList<>(command);
        all.addAll(kafkaArgs);
        return all;
    }

    /** Article id → its JSON line, from every committed segment under out. */
    private static Map<String, String> articles(Path out) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl") && !out.relativize(p).toString().startsWith(".")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        JsonNode node = PlainJson.mapper().readTree(line);
                        all.put(node.get("id").asText(), line);
                    }
                }
            }
        }
        return all;
    }
}
