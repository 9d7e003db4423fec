package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.json.PlainJson;
import dev.newsflow.testkit.Seeds;

/**
 * {@code --client-config} reaches every Kafka client newsflow makes: against a broker whose only client
 * listener requires SASL/PLAIN, {@code newsflow run} (admin, schema topic, ingest producer and index reader,
 * the Streams application's own clients, the sink, the run's readers) and {@code newsflow verify} complete;
 * one client without the settings would never get through. The credentials exist only for the test.
 */
class SecuredClusterIT {

    private static final Duration LIMIT = Duration.ofMinutes(5);

    @TempDir
    Path root;

    @Test
    void runAndVerifyLogInWithTheSettingsOfTheClientConfigFile() throws Exception {
        String password = UUID.randomUUID().toString();
        try (var cluster = EmbeddedKafkaCluster.builder().saslPlainUser("newsflow", password).build().start()) {
            String sasl = cluster.saslBootstrapServers();
            Path clientConfig = root.resolve("client.properties");
            Files.writeString(clientConfig, String.join("\n",
                    "security.protocol=SASL_PLAINTEXT",
                    "sasl.mechanism=PLAIN",
                    "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required "
                            + "username=\"newsflow\" password=\""
                            + password + "\";", ""), StandardCharsets.UTF_8);
            Path out = root.resolve("out");

            Forked.Result run = Forked.run(LIMIT, "run", Seeds.dir().toString(), "--out", out.toString(),
                    "--bootstrap-servers", sasl, "--client-config", clientConfig.toString(), "--timeout", "PT3M");
            assertThat(run.exit()).as(run.stderr()).isZero();
            JsonNode summary = PlainJson.mapper().readTree(run.lastLine());
            assertThat(summary.get("processed").asInt()).isEqualTo(5);
            assertThat(summary.get("duplicate_articles").asInt()).isZero();

            // the same through the environment
            Forked.Result verify = Forked.run(Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", sasl,
                    "NEWSFLOW_CLIENT_CONFIG", clientConfig.toString()), LIMIT, "verify", out.toString());
            assertThat(verify.exit()).as(verify.stderr()).isZero();
            JsonNode report = PlainJson.mapper().readTree(verify.lastLine());
            System.err.println("secured run: " + summary + "\nsecured verify: " + report);
            assertThat(report.get("topic_checked").asBoolean()).isTrue();
            assertThat(report.get("topic_articles").asInt()).isEqualTo(summary.get("articles").asInt());
            assertThat(report.get("ok").asBoolean()).isTrue();
        }
    }
}
