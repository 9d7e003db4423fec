package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsflow.json.PlainJson;
import dev.newsflow.testkit.Seeds;

/**
 * The packaged launcher as a user runs it: {@code java -jar app/target/newsflow.jar run seeds --out OUT} in a
 * process of its own, with its embedded broker; then the same again.
 */
class CliIT {

    private static final Duration LIMIT = Duration.ofMinutes(5);

    @TempDir
    Path out;

    @Test
    void runOnTheSeedsExitsZeroWithAJsonSummaryAndASecondRunChangesNoFile() throws Exception {
        Forked.Result first = Forked.run(LIMIT, "run", Seeds.dir().toString(), "--out", out.toString());
        assertThat(first.exit()).as(first.stderr()).isZero();
        JsonNode summary = PlainJson.mapper().readTree(first.lastLine());
        assertThat(summary.get("pages").asInt()).isEqualTo(5);
        assertThat(summary.get("published").asInt()).isEqualTo(5);
        assertThat(summary.get("processed").asInt()).isEqualTo(5);
        assertThat(summary.get("dead_letters").asInt()).isZero();
        assertThat(summary.get("articles").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(summary.get("entities").asInt()).isPositive();
        assertThat(summary.get("duplicate_articles").asInt()).isZero();
        assertThat(summary.has("seconds")).isTrue();
        Map<String, String> files = contents(out);
        assertThat(files.keySet()).anyMatch(f -> f.startsWith("无锡日报/2022-12-10/") && f.endsWith(".jsonl"));
        assertThat(files.keySet()).anyMatch(f -> f.startsWith("江南晚报/2023-07-21/") && f.endsWith(".avro"));

        Forked.Result second = Forked.run(LIMIT, "run", Seeds.dir().toString(), "--out", out.toString());
        assertThat(second.exit()).as(second.stderr()).isZero();
        JsonNode again = PlainJson.mapper().readTree(second.lastLine());
        assertThat(again.get("published").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(5);
        assertThat(again.get("articles").asInt()).isEqualTo(summary.get("articles").asInt());
        assertThat(again.get("duplicate_articles").asInt()).isZero();
        assertThat(contents(out)).isEqualTo(files);
    }

    @Test
    void usageMistakesAreOneLineOnStderrAndExitTwoWithNoBrokerStarted() throws Exception {
        Path missing = out.resolve("nonexistent");
        Path target = out.resolve("X");
        Forked.Result noPath = Forked.run(LIMIT, "run", missing.toString(), "--out", target.toString());
        Forked.Result badDate = Forked.run(LIMIT, "run", Seeds.dir().toString(), "--out", target.toString(), "--date",
                "2024-13-45");
        for (Forked.Result r : new Forked.Result[] {noPath, badDate}) {
            assertThat(r.exit()).as(r.stderr()).isEqualTo(2);
            assertThat(r.stderr().strip().lines()).as(r.stderr()).hasSize(1).allMatch(l -> l.startsWith("newsflow: "));
            assertThat(r.stdout()).isEmpty();
        }
        assertThat(noPath.stderr()).contains(missing.toString());
        assertThat(badDate.stderr()).contains("2024-13-45");
        assertThat(target).as("no broker started, no state written").doesNotExist();
    }

    /** Relative path → SHA-256 of every output file (the pipeline's own state under .newsflow excluded). */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(f).toString();
                if (!rel.startsWith(".newsflow")) {
                    out.put(rel, sha256(Files.readAllBytes(f)));
                }
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
