package dev.newsflow.service.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.newsflow.json.PlainJson;
import dev.newsflow.service.health.Health;
import dev.newsflow.service.metrics.PipelineMetrics;
import dev.newsflow.service.people.PeopleQuery;

/**
 * The HTTP side of a long-running stage, on the JDK's built-in server:
 * <ul>
 *   <li>{@code GET /metrics}: Prometheus text format ({@link PipelineMetrics})</li>
 *   <li>{@code GET /health}: {@code {"status":"UP"|"DOWN","checks":{…}}}, 200 when up, 503 when not</li>
 *   <li>{@code GET /people/{name}}: the people directory (where the stage runs it), JSON, 404 when unknown</li>
 * </ul>
 */
public final class HttpService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpService.class);
    private static final String JSON = "application/json; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private HttpService(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving metrics and health on {@code port} (0: any free port). */
    public static HttpService start(String bindAddress, int port, PipelineMetrics metrics, Health health) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
        // a few threads: a forwarded people query waits on another instance while metrics are scraped
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "newsflow-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        HttpService service = new HttpService(server, executor);
        server.createContext("/metrics", exchange -> service.handle(exchange,
                () -> new Reply(200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape())));
        server.createContext("/health", exchange -> service.handle(exchange, () -> health(health.report())));
        server.start();
        return service;
    }

    /** Serves {@code /people/{name}} from the given directory. */
    public void people(PeopleQuery query) {
        server.createContext("/people/", exchange -> handle(exchange, () -> {
            // URI.getPath() is the decoded path: %E6%9D%9C… is 杜…
            String name = exchange.getRequestURI().getPath().substring("/people/".length());
            PeopleQuery.Answer answer = query.get(name, exchange.getRequestHeaders().containsKey(PeopleQuery.FORWARDED));
            return new Reply(answer.status(), JSON, answer.json());
        }));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private record Reply(int status, String contentType, String body) {
    }

    private interface Handler {
        Reply reply() throws IOException;
    }

    private void handle(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            Reply reply;
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                reply = new Reply(405, JSON, "{\"error\":\"only GET\"}");
            } else {
                try {
                    reply = handler.reply();
                } catch (RuntimeException e) {
                    log.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                    reply = new Reply(500, JSON, json(Map.of("error", String.valueOf(e))));
                }
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(reply.status(), head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static Reply health(Health.Report report) {
        Map<String, Object> checks = new LinkedHashMap<>();
        report.checks().forEach((name, c) -> checks.put(name, Map.of("up", c.up(), "detail", c.detail())));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.up() ? "UP" : "DOWN");
        body.put("checks", checks);
        return new Reply(report.up() ? 200 : 503, JSON, json(body));
    }

    private static String json(Object value) {
        try {
            return PlainJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
