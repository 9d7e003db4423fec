package dev.newsflow.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.json.PlainJson;
import dev.newsflow.testkit.Seeds;

/**
 * A smoke run of the bench on a tiny corpus with its own embedded broker: every measure runs, the report is
 * written and the JSON line has the figures. No timing is asserted: this is a test of the bench, not a benchmark.
 */
class BenchIT {

    @TempDir
    Path dir;

    @Test
    void tinyBenchMeasuresAllThreeAndReportsEveryFigure() throws Exception {
        var settings = new Bench.Settings(10, Seeds.dir(), 2, 3, 2, Duration.ZERO, Duration.ZERO, dir.resolve("work"),
                IngestConfig.DEFAULT_MAX_PAGE_BYTES, Duration.ofMinutes(5), "./newsflow bench --pages 10");
        BenchReport report = Bench.run(settings, System.err);

        JsonNode json = PlainJson.mapper().readTree(report.json());
        assertThat(json.get("pages").asInt()).isEqualTo(10);
        for (String field : new String[] {"lib_chars_per_s", "core_chars_per_s", "pipeline_chars_per_s",
                "p99_latency_ms", "peak_heap_mb", "backfill_p99_latency_ms", "end_to_end_seconds"}) {
            assertThat(json.get(field)).as(field).isNotNull();
            assertThat(json.get(field).asDouble()).as(field).isPositive();
        }
        // the pipeline wrote every article the in-process split found, and each probe page was timed
        assertThat(json.get("chars").asLong())
                .isEqualTo(Workload.load(dir.resolve("work/corpus"), IngestConfig.DEFAULT_MAX_PAGE_BYTES)
                .articleChars());
        assertThat(report.probeLatency().count()).isEqualTo(2);
        assertThat(report.backfillLatency().count()).isEqualTo(10);

        Path md = dir.resolve("results.md");
        report.write(md);
        assertThat(Files.readString(md))
                .contains("./newsflow bench --pages 10", "| (a) library", "| (b) core", "| (c) pipeline");
    }
}
