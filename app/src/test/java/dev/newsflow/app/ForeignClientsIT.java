package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.testkit.Seeds;
import dev.newsflow.testkit.SharedKafka;
import dev.newsflow.sink.file.OutputAudit;

/**
 * Clients not written here read what the pipeline wrote on the seeds: kcat (librdkafka's command-line consumer) the
 * JSON twin of the articles topic, and the Python example ({@code examples/python/consume_articles.py}, with Debian's
 * confluent-kafka and avro packages) the Avro articles topic through the schemas topic. Both print every article of
 * the files, and nothing else. Each test is skipped, saying what to install, where its tool is missing
 * ({@code .ci/run} installs them).
 */
@ExtendWith(SharedKafka.class)
class ForeignClientsIT {

    private static final Duration LIMIT = Duration.ofMinutes(5);
    /** Numbers compared by value: the Python example writes 206632000000 as 206632000000.0. */
    private static final ObjectMapper DECIMALS = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @TempDir
    static Path out;

    private static String bootstrap;
    private static String prefix;
    private static RunSummary summary;

    @BeforeAll
    static void runThePipelineOnTheSeeds(EmbeddedKafkaCluster kafka) throws Exception {
        bootstrap = kafka.bootstrapServers();
        prefix = "foreign-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        var settings = new PipelineRun.Settings(List.of(Seeds.dir()), out, bootstrap, Edition.UNKNOWN, 1,
                4 * 1024 * 1024, LIMIT);
        summary = PipelineRun.execute(settings, KafkaOptions.of(bootstrap, prefix, 3, (short) 1), System.err);
        assertThat(summary.articles()).isPositive();
    }

    @Test
    void kcatPrintsEveryArticleOfTheFilesFromTheJsonTopicAsTheFilesLine() throws Exception {
        assumeTrue(works("kcat", "-V"), "kcat is not installed (Debian: apt-get install kcat; .ci/run installs it)");

        List<String> lines = run("kcat", "-C", "-b", bootstrap, "-t", prefix + "articles.json", "-e", "-q");

        assertThat(lines).hasSize((int) summary.articles());
        assertThat(lines).containsExactlyInAnyOrderElementsOf(fileLines());
    }

    @Test
    void thePythonExamplePrintsEveryArticleOfTheFilesFromTheAvroTopic() throws Exception {
        Optional<String> python = pythonWithKafkaAndAvro();
        assumeTrue(python.isPresent(), "no python3 with the confluent_kafka and avro modules (Debian: apt-get install "
                + "python3-confluent-kafka python3-avro; .ci/run installs them)");
        Path script = Seeds.dir().getParent().resolve(Path.of("examples", "python", "consume_articles.py"));

        List<String> lines = run(python.get(), script.toString(), "--bootstrap-servers", bootstrap,
                "--topic-prefix", prefix, "--topic", "articles");

        assertThat(lines).hasSize((int) summary.articles());
        Map<String, JsonNode> expected = byId(fileLines());
        Map<String, JsonNode> printed = byId(lines);
        assertThat(printed.keySet()).isEqualTo(expected.keySet());
        printed.forEach((id, article) -> assertThat(article.equals(ForeignClientsIT::sameValue, expected.get(id)))
                .as("article %s as the files have it", id).isTrue());
    }

    /** Equal JSON, numbers by their decimal value. */
    private static int sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    }

    /** Every line of the JSON Lines files the sink wrote. */
    private static List<String> fileLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path f : OutputAudit.segments(out)) {
            Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(lines::add);
        }
        return lines;
    }

    private static Map<String, JsonNode> byId(List<String> lines) throws IOException {
        Map<String, JsonNode> articles = new HashMap<>();
        for (String line : lines) {
            JsonNode article = DECIMALS.readTree(line);
            assertThat(articles.put(article.path("id").asText(), article)).as("printed twice: " + line).isNull();
        }
        return articles;
    }

    /** The first of Debian's python3 and the one on the PATH (maybe a pyenv one without them) that has both modules. */
    private static Optional<String> pythonWithKafkaAndAvro() {
        return Stream.of("/usr/bin/python3", "python3")
                .filter(p -> works(p, "-c", "import confluent_kafka, avro.io, avro.schema"))
                .findFirst();
    }

    private static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The lines a command printed on stdout; fails when it does not exit 0. */
    private static List<String> run(String... command) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("foreign-client", ".out");
        Path stderr = Files.createTempFile("foreign-client", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .start();
            if (!p.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end within " + LIMIT);
            }
            assertThat(p.exitValue()).as(String.join(" ", command) + ": " + read(stderr)).isZero();
            return read(stdout).lines().filter(l -> !l.isBlank()).toList();
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
