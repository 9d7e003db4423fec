package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerConfig;
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
import dev.newsflow.topics.Topics;

/**
 * Exactly once from file to files through hard crashes, modelled on Kafka's EosIntegrationTest: a replay of the
 * seed pages re-dated into many editions flows through ingest (watching an inbox), enrich and sink, each in a JVM of
 * its own, while each of them is killed with SIGKILL at planned points and restarted. The files and the articles
 * topic must then hold every article of a crash-free run exactly once, with identical content.
 *
 * <p>The kills are placed by progress, not by the clock. The corpus reaches the inbox in {@value #DROPS} drops; a
 * planned kill comes once its stage's output has passed a share of its drop (records written to raw-pages for ingest,
 * to the articles topic for enrich, articles in the files for the sink). The stage is frozen first (SIGSTOP) so that
 * what it was doing is on record, and ingest and enrich are killed only while their frozen producer holds an open
 * transaction. Ingest commits a batch of pages within moments of writing it, so it is held mid-transaction ({@link
 * HoldOpenInterceptor}) once it has written its kill's share, and let go after the kill: the kill does not depend on a
 * look landing inside a short transaction. The next drop is offered only once the kills planned for the drops offered
 * so far have happened, so every kill comes while pages are still to come, on a fast machine as on a busy one. Every
 * planned kill must have happened; the log lists each with the counts at which it came.
 */
@ExtendWith(SharedKafka.class)
class ExactlyOnceCrashIT {

    private static final int EDITIONS = Integer.getInteger("newsflow.crash.editions", 100);
    /** Kills are planned in the first three drops; the last two leave room for a kill that moves on to a later one. */
    private static final int DROPS = 5;
    /** A guard against a hang, not a verdict on speed. */
    private static final Duration LIMIT = Duration.ofMinutes(15);
    /**
     * How long a transaction must stay open while its producer is frozen to count as the frozen process's own: a
     * commit it had already sent lands at the broker within this.
     */
    private static final Duration SETTLE = Duration.ofMillis(300);
    /** How long the loop waits for records while no kill is due, and while one is (looking for an open transaction). */
    private static final Duration IDLE_POLL = Duration.ofMillis(50);
    private static final Duration DUE_POLL = Duration.ofMillis(5);

    /** The stages, and what each writes: the progress its kill is placed by. */
    enum Role {
        INGEST("records written to raw-pages"),
        ENRICH("records written to articles"),
        SINK("articles in the files");

        final String progress;

        Role(String progress) {
            this.progress = progress;
        }
    }

    /** A planned SIGKILL: the stage, the drop during which it comes, and the share of that drop's output before it. */
    record Planned(Role role, int drop, double share) {
    }

    /** A kill as it happened, with the counts at that moment. */
    record Happened(Planned plan, long threshold, long progress, int dropsOffered, long committedArticles,
                    long articlesInFiles, String state, List<TopicProgress.Open> open) {
    }

    /**
     * Ingest killed mid-publish, enrich three times mid-stream, the sink three times mid-run. Ingest is held open at
     * its kill's share of the first drop, so only one ingest kill is planned.
     */
    private static final Planned INGEST_KILL = new Planned(Role.INGEST, 0, 0.01);
    private static final List<Planned> PLAN = List.of(
            INGEST_KILL, new Planned(Role.ENRICH, 0, 0.3), new Planned(Role.SINK, 0, 0.5),
            new Planned(Role.ENRICH, 1, 0.3), new Planned(Role.SINK, 1, 0.6),
            new Planned(Role.ENRICH, 2, 0.4), new Planned(Role.SINK, 2, 0.7));

    @TempDir
    Path root;

    @Test
    void killedIngestEnrichAndSinkLoseNothingAndDuplicateNothing(EmbeddedKafkaCluster kafka) throws Exception {
        Path corpus = Corpus.redated(Seeds.dir(), root.resolve("corpus"), EDITIONS);
        List<List<Path>> drops = Replay.drops(corpus, DROPS);
        Expected expected = Expected.of(drops);
        assertThat(expected.pages(DROPS)).isGreaterThanOrEqualTo(500);

        // the reference: a run without crashes, in-process, on topics of its own
        Path reference = root.resolve("reference");
        String refPrefix = "ref-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        RunSummary clean = PipelineRun.execute(new PipelineRun.Settings(List.of(corpus), reference,
                        kafka.bootstrapServers(), Edition.UNKNOWN, 2, 4 * 1024 * 1024, LIMIT),
                KafkaOptions.of(kafka.bootstrapServers(), refPrefix, 3, (short) 1), System.err);
        assertThat(clean.processed()).isEqualTo(expected.pages(DROPS));
        Map<String, String> articles = articles(reference);
        assertThat(articles).hasSize((int) clean.articles()).hasSize((int) expected.articles(DROPS));

        // the same corpus through forked stages, killed and restarted
        String prefix = "crash-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Path out = root.resolve("out");
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        KafkaOptions options = KafkaOptions.of(kafka.bootstrapServers(), prefix, Topics.DEFAULT_PARTITIONS, (short) 1);
        Topics topics = KafkaSetup.of(options, options.clientConfig(kafka.bootstrapServers())).topics();
        List<String> common = List.of("--bootstrap-servers", kafka.bootstrapServers(), "--topic-prefix", prefix,
                "--replication-factor", "1", "--http-port", "-1");
        Path logs = root.resolve("logs");
        Path hold = Files.createFile(root.resolve("hold-ingest"));
        Path ingestClient = holdOpenClientConfig(root.resolve("ingest-client.properties"), hold,
                topics.rawPages().name(), expected.threshold(INGEST_KILL));
        Map<Role, Forked.Stage> stages = Map.of(
                Role.ENRICH, new Forked.Stage(logs, "enrich", args(common, "enrich", "--application-id",
                        prefix + "enrich", "--state-dir", root.resolve("state").toString(), "--threads", "2")),
                Role.SINK, new Forked.Stage(logs, "sink", args(common, "sink", "--out", out.toString(), "--group-id",
                        prefix + "sink")),
                Role.INGEST, new Forked.Stage(logs, "ingest", Forked.hooks(root.resolve("hooks"),
                        HoldOpenInterceptor.class), args(common, "ingest", "--watch", inbox.toString(),
                        "--transactional-id", prefix + "ingest", "--settle", "PT0.2S",
                        "--client-config", ingestClient.toString())));

        List<Happened> kills;
        try (TopicProgress progress = new TopicProgress(kafka.bootstrapServers(),
                List.of(topics.rawPages().name(), topics.articles().name()))) {
            Run run = new Run(topics, progress, new FileProgress(out), stages, expected, drops, corpus, inbox, hold);
            for (Forked.Stage stage : stages.values()) {
                stage.start();
            }
            try {
                kills = run.throughAllDrops();
            } finally {
                for (Forked.Stage stage : stages.values()) {
                    stage.stop();
                }
            }
            for (int i = 0; i < kills.size(); i++) {
                System.err.println(describe(i, kills.get(i), progress.committedIn(kills.get(i).open())));
            }
        }

        // every planned kill happened, where it was planned, while pages were still to come
        assertThat(kills).as("kills that happened").hasSize(PLAN.size());
        for (Happened k : kills) {
            assertThat(k.progress()).as("%s kill at its planned progress", k.plan().role())
                    .isGreaterThanOrEqualTo(k.threshold());
            assertThat(k.dropsOffered()).as("%s kill before the last drop was offered", k.plan().role())
                    .isLessThan(DROPS);
            assertThat(k.articlesInFiles()).isLessThan(articles.size());
            if (k.plan().role() != Role.SINK) {
                assertThat(k.open()).as("%s killed holding an open transaction", k.plan().role()).isNotEmpty();
            }
        }
        assertExactlyOnce(kafka, prefix, out, articles, kills.size());
    }

    private static void assertExactlyOnce(EmbeddedKafkaCluster kafka, String prefix, Path out,
                                          Map<String, String> expected, int kills) throws IOException {
        var client = KafkaOptions.of(kafka.bootstrapServers(), prefix, 3, (short) 1)
                .clientConfig(kafka.bootstrapServers());
        Map<String, Integer> onTopic = CommittedReader.liveKeys(client, prefix + "articles");
        OutputAudit.Report audit = OutputAudit.audit(out, onTopic.keySet());
        System.err.printf("crash run: %d kills, %d articles expected, %d in files, %d on topic, %d duplicates,"
                        + " %d missing%n", kills, expected.size(), audit.articles(), onTopic.size(),
                audit.duplicates().size(), audit.missing().size());
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

    /** The corpus's pages and articles per drop, from the pure stages: what each stage has to write. */
    private record Expected(long[] pages, long[] articles) {

        static Expected of(List<List<Path>> drops) throws Exception {
            long[] pages = new long[drops.size()];
            long[] articles = new long[drops.size()];
            for (int d = 0; d < drops.size(); d++) {
                pages[d] = drops.get(d).size();
                for (Path file : drops.get(d)) {
                    articles[d] += Replay.articleIds(file).size();
                }
            }
            return new Expected(pages, articles);
        }

        /** Pages of the first {@code drops} drops. */
        long pages(int drops) {
            return Arrays.stream(pages).limit(drops).sum();
        }

        long articles(int drops) {
            return Arrays.stream(articles).limit(drops).sum();
        }

        /** The count of a stage's output after which a planned kill comes. */
        long threshold(Planned p) {
            long before = p.role() == Role.INGEST ? pages(p.drop()) : articles(p.drop());
            long of = p.role() == Role.INGEST ? pages[p.drop()] : articles[p.drop()];
            return before + (long) Math.ceil(p.share() * of);
        }
    }

    /** The drops offered one after the other, and the kills carried out as the progress reaches them. */
    private static final class Run {
        private final Topics topics;
        private final TopicProgress progress;
        private final FileProgress files;
        private final Map<Role, Forked.Stage> stages;
        private final Expected expected;
        private final List<List<Path>> drops;
        private final Path corpus;
        private final Path inbox;
        /** While this file exists, ingest holds its transaction open once it has written its kill's share. */
        private final Path hold;
        private final List<Planned> pending = new ArrayList<>(PLAN);
        private final List<Happened> happened = new ArrayList<>();
        /** How many times each kill has frozen its stage, looking for an open transaction. */
        private final Map<Planned, Integer> attempts = new HashMap<>();
        private int offered;

        Run(Topics topics, TopicProgress progress, FileProgress files, Map<Role, Forked.Stage> stages,
            Expected expected, List<List<Path>> drops, Path corpus, Path inbox, Path hold) {
            this.topics = topics;
            this.progress = progress;
            this.files = files;
            this.stages = stages;
            this.expected = expected;
            this.drops = drops;
            this.corpus = corpus;
            this.inbox = inbox;
            this.hold = hold;
        }

        List<Happened> throughAllDrops() throws Exception {
            long deadline = System.nanoTime() + LIMIT.toNanos();
            offerNextDrop();
            while (!(offered == DROPS && pending.isEmpty() && files.articles() >= expected.articles(DROPS))) {
                progress.poll(due().isEmpty() ? IDLE_POLL : DUE_POLL);
                List<Planned> due = due();
                Forked.Stage ingest = stages.get(Role.INGEST);
                if (!ingest.alive()) {
                    throw new AssertionError("ingest stopped by itself: " + ingest.log());
                }
                for (Planned plan : due) {
                    Happened k = tryKill(plan);
                    if (k != null) {
                        happened.add(k);
                        pending.remove(plan);
                        System.err.println(describe(happened.size() - 1, k, -1));
                    }
                }
                if (offered < DROPS && (nothingArmed() || offeredDropsDone())) {
                    offerNextDrop();
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("not done after " + LIMIT + ": " + files.articles() + " of "
                            + expected.articles(DROPS) + " articles in the files, " + offered + " drops offered, "
                            + "kills still planned " + pending + "\nenrich: " + stages.get(Role.ENRICH).log()
                            + "\nsink: " + stages.get(Role.SINK).log());
                }
            }
            return happened;
        }

        /**
         * The kills to try now: of each stage, its next planned kill, if its drop has been offered and the stage's
         * output has reached its threshold. The stages' kills do not wait on each other.
         */
        private List<Planned> due() {
            List<Planned> due = new ArrayList<>();
            for (Role role : Role.values()) {
                pending.stream().filter(p -> p.role() == role).findFirst()
                        .filter(p -> p.drop() < offered && progressOf(role) >= expected.threshold(p))
                        .ifPresent(due::add);
            }
            return due;
        }

        /** No kill waits on the drops offered so far (every one still planned belongs to a later drop). */
        private boolean nothingArmed() {
            return pending.stream().allMatch(p -> p.drop() >= offered);
        }

        /**
         * Every page offered so far is published and its articles are in the files: a kill still waiting (for an
         * open transaction it never caught) moves on to the next drop.
         */
        private boolean offeredDropsDone() {
            return progress.committed(topics.rawPages().name()) >= expected.pages(offered)
                    && files.articles() >= expected.articles(offered);
        }

        private long progressOf(Role role) {
            return switch (role) {
                case INGEST -> progress.written(topics.rawPages().name());
                case ENRICH -> progress.written(topics.articles().name());
                case SINK -> files.articles();
            };
        }

        /**
         * Freezes the stage at once and kills it (then starts it again) if it is mid-work: for ingest and enrich, only
         * while its frozen producer holds an open transaction, else it is resumed and tried again later (null).
         */
        private Happened tryKill(Planned plan) throws Exception {
            Forked.Stage stage = stages.get(plan.role());
            int attempt = attempts.merge(plan, 1, Integer::sum);
            stage.pause();
            progress.poll(Duration.ZERO);
            long at = progressOf(plan.role());
            List<TopicProgress.Open> open = List.of();
            String state;
            if (plan.role() == Role.SINK) {
                state = files.temporaryFiles() + " temporary segment files open";
            } else {
                open = heldOpen(topicOf(plan.role()));
                if (open.isEmpty()) {
                    stage.resume();
                    return null;
                }
                state = "a transaction open on " + open.size() + " partitions, "
                        + open.stream().mapToLong(o -> o.end() - o.lastStable()).sum() + " offsets not committed"
                        + " (caught at look " + attempt + ")";
            }
            stage.kill();
            if (plan.role() == Role.INGEST) {
                Files.delete(hold);
            }
            stage.start();
            return new Happened(plan, expected.threshold(plan), at, offered,
                    progress.committed(topics.articles().name()), files.articles(), state, open);
        }

        /** The topic a stage writes in transactions. */
        private String topicOf(Role role) {
            return role == Role.INGEST ? topics.rawPages().name() : topics.articles().name();
        }

        /** The open transactions on the topic that stay open while the stage is frozen: its own. */
        private List<TopicProgress.Open> heldOpen(String topic) throws InterruptedException {
            List<TopicProgress.Open> first = progress.openTransactions(topic);
            if (first.isEmpty()) {
                return first;
            }
            Thread.sleep(SETTLE.toMillis());
            List<TopicProgress.Open> still = progress.openTransactions(topic);
            return first.stream().filter(o -> still.stream().anyMatch(s -> s.partition().equals(o.partition())
                    && s.lastStable() == o.lastStable())).toList();
        }

        /** Moves the next drop's page files into the inbox, each by an atomic rename from a hidden name. */
        private void offerNextDrop() throws IOException {
            for (Path file : drops.get(offered)) {
                Path target = inbox.resolve(corpus.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
                Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            offered++;
            System.err.printf("crash run: drop %d of %d offered (%d pages)%n", offered, DROPS,
                    drops.get(offered - 1).size());
        }
    }

    /** One kill as a line of the log; {@code committedInOpenRange} -1 while that is not known yet. */
    private static String describe(int index, Happened k, long committedInOpenRange) {
        String aborted = k.open().isEmpty() || committedInOpenRange < 0 ? ""
                : "; of its uncommitted offsets, " + committedInOpenRange + " records were committed later";
        return String.format("crash run: kill %d of %d: %s, planned in drop %d at %.0f%% of it (%s >= %d), happened at "
                        + "%d %s, %d drops offered, %d articles committed on the topic, %d in the files; %s%s",
                index + 1, PLAN.size(), k.plan().role(), k.plan().drop() + 1, 100 * k.plan().share(),
                k.plan().role().progress, k.threshold(), k.progress(), k.plan().role().progress, k.dropsOffered(),
                k.committedArticles(), k.articlesInFiles(), k.state(), aborted);
    }

    /**
     * Ingest's client settings: the interceptor that holds its transaction open once {@code after} records are on
     * {@code topic}, while {@code hold} exists; the transaction's timeout as long as the test's guard, so that the
     * broker does not abort the held transaction before the test comes to kill it on a busy machine.
     */
    private static Path holdOpenClientConfig(Path file, Path hold, String topic, long after) throws IOException {
        Properties p = new Properties();
        p.setProperty(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, HoldOpenInterceptor.class.getName());
        p.setProperty(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, String.valueOf(LIMIT.toMillis()));
        p.setProperty(HoldOpenInterceptor.FILE, hold.toString());
        p.setProperty(HoldOpenInterceptor.TOPIC, topic);
        p.setProperty(HoldOpenInterceptor.AFTER, String.valueOf(after));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "ingest held open for its kill");
        }
        return file;
    }

    private static List<String> args(List<String> common, String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(common);
        return all;
    }

    /** Article id → its JSON line, from every committed segment under out. */
    private static Map<String, String> articles(Path out) throws IOException {
        Map<String, String> all = new TreeMap<>();
        for (Path f : OutputAudit.segments(out)) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode node = PlainJson.mapper().readTree(line);
                    all.put(node.get("id").asText(), line);
                }
            }
        }
        return all;
    }
}
