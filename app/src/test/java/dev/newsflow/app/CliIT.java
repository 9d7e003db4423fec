package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
    void splitPrintsTheArticlesOfPagesAsJsonLinesWithoutABrokerAndNamesDoubtfulPages() throws Exception {
        Forked.Result seeds = Forked.run(LIMIT, "split", Seeds.dir().toString());
        assertThat(seeds.exit()).as(seeds.stderr()).isZero();
        List<JsonNode> articles = new ArrayList<>();
        for (String line : seeds.stdout().strip().split("\n")) {
            articles.add(PlainJson.mapper().readTree(line));
        }
        assertThat(articles).hasSize(24).allSatisfy(a -> {
            assertThat(a.get("id").asText()).startsWith(a.path("page").path("id").asText() + "-");
            assertThat(a.path("text").asText()).isNotBlank();
        });
        assertThat(articles).anySatisfy(a -> {
            assertThat(a.path("page").path("paper").asText()).isEqualTo("无锡日报");
            assertThat(a.path("headline").path("title").asText()).contains("杜小刚主持召开");
            assertThat(a.path("bylines").toString()).contains("高美梅");
        });
        assertThat(seeds.stderr()).contains("split 5 pages into 24 articles; 0 doubtful, 0 refused")
                .doesNotContain("embedded Kafka broker");

        Path page = out.resolve("unmarked.txt");
        Files.writeString(page, ("会议指出，要深入推进各项工作，切实把任务落到实处，确保取得实效。\n").repeat(90));
        Forked.Result doubtful = Forked.run(LIMIT, "split", page.toString(), "--paper", "某某日报", "--date",
                "2024-06-07", "--page", "3");
        assertThat(doubtful.exit()).as(doubtful.stderr()).isZero();
        assertThat(doubtful.stderr()).contains("doubtful split: " + page, "one article spans the whole page");
        assertThat(PlainJson.mapper().readTree(doubtful.stdout().strip()).path("page").path("date").asText())
                .isEqualTo("2024-06-07");
    }

    @Test
    void runOnTheSeedsExitsZeroWithAJsonSummaryAndASecondRunChangesNoFile() throws Exception {
        Forked.Result first = Forked.run(LIMIT, "run", Seeds.dir().toString(), "--out", out.toString());
        assertThat(first.exit()).as(first.stderr()).isZero();
        JsonNode summary = PlainJson.mapper().readTree(first.lastLine());
        assertThat(summary.get("pages").asInt()).isEqualTo(5);
        assertThat(summary.get("published").asInt()).isEqualTo(5);
        assertThat(summary.get("processed").asInt()).isEqualTo(5);
        assertThat(summary.get("dead_letters").asInt()).isZero();
        assertThat(summary.get("doubtful_pages").asInt()).isZero();
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
