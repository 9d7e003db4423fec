package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.EnrichApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class KafkaOptionsTest {

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        KafkaOptions kafka;
    }

    private static KafkaOptions parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.kafka;
    }

    @Test
    void commitIntervalDefaultsToEnrichsDefault() {
        assertThat(parse().streamsOverrides().get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG))
                .isEqualTo(EnrichApp.DEFAULT_COMMIT_INTERVAL_MS);
        assertThat(KafkaOptions.of(null, "p.", 6, (short) 1).streamsOverrides()
                .get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG))
                .isEqualTo(EnrichApp.DEFAULT_COMMIT_INTERVAL_MS);
    }

    @Test
    void commitIntervalFromTheFlag() {
        assertThat(parse("--commit-interval-ms", "100").streamsOverrides().get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG))
                .isEqualTo(100L);
        assertThatThrownBy(() -> parse("--commit-interval-ms", "0").streamsOverrides())
                .hasMessageContaining("--commit-interval-ms");
    }

    @Test
    void jsonTopicsAreWrittenUnlessTurnedOff() {
        assertThat(parse().jsonTopics()).isTrue();
        assertThat(KafkaOptions.of(null, "p.", 6, (short) 1).jsonTopics()).isTrue();
        assertThat(parse("--json-topics").jsonTopics()).isTrue();
        assertThat(parse("--no-json-topics").jsonTopics()).isFalse();
    }
}
