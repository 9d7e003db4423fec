package dev.newsflow.service.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsflow.json.PlainJson;
import dev.newsflow.service.health.Health;
import dev.newsflow.service.metrics.PipelineMetrics;

class HttpServiceTest {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpService service, String method, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesCountersInPrometheusFormatAndHealthThatFollowsItsChecks() throws Exception {
        AtomicBoolean sinkUp = new AtomicBoolean(true);
        Health health = new Health()
                .add("enrich", () -> Health.Check.up("RUNNING"))
                .add("sink", () -> sinkUp.get() ? Health.Check.up("writing") : Health.Check.down("failed: disk full"));
        try (PipelineMetrics metrics = new PipelineMetrics();
             HttpService service = HttpService.start("127.0.0.1", 0, metrics, health)) {
            metrics.counter(PipelineMetrics.PAGES, "ingest", "result", "published").increment(3);

            HttpResponse<String> scrape = send(service, "GET", "/metrics");
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(scrape.body()).contains("newsflow_pages_total{result=\"published\",stage=\"ingest\"} 3.0")
                    .contains("jvm_memory_used_bytes");

            HttpResponse<String> up = send(service, "GET", "/health");
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(PlainJson.mapper().readTree(up.body()).get("status").asText()).isEqualTo("UP");

            sinkUp.set(false);
            HttpResponse<String> down = send(service, "GET", "/health");
            assertThat(down.statusCode()).isEqualTo(503);
            JsonNode body = PlainJson.mapper().readTree(down.body());
            assertThat(body.get("status").asText()).isEqualTo("DOWN");
            assertThat(body.at("/checks/sink/detail").asText()).isEqualTo("failed: disk full");
            assertThat(body.at("/checks/enrich/up").asBoolean()).isTrue();

            assertThat(send(service, "POST", "/metrics").statusCode()).isEqualTo(405);
        }
    }
}
