package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class EnrichAppConfigTest {

    private static final Map<String, Object> CLIENT = Map.of("bootstrap.servers", "localhost:9092");

    @Test
    void exactlyOnceWithTheDefaultCommitInterval() {
        Properties p = EnrichApp.config(CLIENT, "app", Path.of("state"), 2, 0, 1, new Properties());
        assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(p.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(EnrichApp.DEFAULT_COMMIT_INTERVAL_MS);
        // what Streams itself reads from it
        assertThat(new StreamsConfig(p).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(5000L);
        // a busy thread commits well before its transaction would time out
        Object timeout = new StreamsConfig(p).getProducerConfigs("enrich")
                .get(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG);
        assertThat(Long.parseLong(String.valueOf(timeout)))
                .isGreaterThanOrEqualTo(2 * EnrichApp.DEFAULT_COMMIT_INTERVAL_MS);
    }

    @Test
    void theClientConfigAndThenTheOverridesSetTheCommitInterval() {
        Map<String, Object> client = Map.of("bootstrap.servers", "localhost:9092",
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        Properties fromClient = EnrichApp.config(client, "app", Path.of("state"), 2, 0, 1, new Properties());
        assertThat(new StreamsConfig(fromClient).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(100L);

        Properties overrides = new Properties();
        overrides.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 250L);
        Properties overridden = EnrichApp.config(client, "app", Path.of("state"), 2, 0, 1, overrides);
        assertThat(new StreamsConfig(overridden).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(250L);
    }
}
