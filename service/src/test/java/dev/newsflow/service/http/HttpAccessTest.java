package dev.newsflow.service.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsflow.service.health.Health;
import dev.newsflow.service.metrics.PipelineMetrics;

/** The token: every path but /health asks for it, as a bearer token or the cookie a ?token= visit sets. */
class HttpAccessTest {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(HttpService service, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withATokenEveryPathButHealthAnswers401WithoutItAndAnswersWithItAsBearerOrCookie() throws Exception {
        try (PipelineMetrics metrics = new PipelineMetrics();
             HttpService service = HttpService.start("127.0.0.1", 0, metrics, new Health(),
                     Access.token("s3cret t0ken"))) {
            service.route("", r -> Reply.html(200, "<p>editions</p>"));
            service.route("people", r -> Reply.json(200, "{}"));
            for (String path : List.of("/", "/metrics", "/people/%E6%9D%9C", "/nowhere", "/health/x")) {
                HttpResponse<String> denied = get(service, path);
                assertThat(denied.statusCode()).as(path).isEqualTo(401);
                assertThat(denied.headers().firstValue("WWW-Authenticate")).as(path)
                        .hasValue("Bearer realm=\"newsflow\"");
                assertThat(get(service, path, "Authorization", "Bearer wrong").statusCode()).as(path).isEqualTo(401);
            }
            assertThat(get(service, "/health").statusCode()).isEqualTo(200);
            assertThat(get(service, "/metrics", "Authorization", "Bearer s3cret t0ken").statusCode()).isEqualTo(200);
            assertThat(get(service, "/", "Cookie", "a=b; newsflow_token=s3cret%20t0ken").statusCode()).isEqualTo(200);

            HttpResponse<String> visit = get(service, "/people/x?page=2&token=s3cret+t0ken");
            assertThat(visit.statusCode()).isEqualTo(303);
            assertThat(visit.headers().firstValue("Location")).hasValue("/people/x?page=2");
            String cookie = visit.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
            String sent = cookie.substring(0, cookie.indexOf(';'));
            assertThat(get(service, "/people/x", "Cookie", sent).statusCode()).isEqualTo(200);
            assertThat(get(service, "/people/x?token=wrong").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void withoutATokenEverythingAnswersAndNothingButGetAndHeadIsAccepted() throws Exception {
        try (PipelineMetrics metrics = new PipelineMetrics();
             HttpService service = HttpService.start("127.0.0.1", 0, metrics, new Health())) {
            service.route("", r -> Reply.html(200, "<p>editions</p>"));
            HttpResponse<String> page = get(service, "/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'none'").doesNotContain("script-src"));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + service.port() + "/")).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(refused.statusCode()).as(method).isEqualTo(405);
            }
            assertThat(get(service, "/nowhere").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void requestPathsAreDecodedSegmentBySegmentAndBrowsersPreferHtml() {
        assertThat(Request.segments("/pages/%E6%97%A0%E9%94%A1%2F%E6%97%A5%E6%8A%A5/2024-06-07/a+b"))
                .containsExactly("pages", "无锡/日报", "2024-06-07", "a+b");
        assertThat(MediaTypes.prefersHtml("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isTrue();
        assertThat(MediaTypes.prefersHtml("*/*")).isFalse();
        assertThat(MediaTypes.prefersHtml(null)).isFalse();
        assertThat(MediaTypes.prefersHtml("application/json")).isFalse();
        assertThat(MediaTypes.prefersHtml("application/json, text/html;q=0.5")).isFalse();
        assertThat(MediaTypes.prefersHtml("text/*")).isTrue();
    }
}
