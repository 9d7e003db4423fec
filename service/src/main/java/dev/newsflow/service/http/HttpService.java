package dev.newsflow.service.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

/**
 * The HTTP side of a long-running stage, on the JDK's built-in server:
 * <ul>
 *   <li>{@code GET /metrics}: Prometheus text format ({@link PipelineMetrics})</li>
 *   <li>{@code GET /health}: {@code {"status":"UP"|"DOWN","checks":{…}}}, 200 when up, 503 when not</li>
 *   <li>what the stage adds with {@link #route}: where the people directory and the reader run, their views</li>
 * </ul>
 * Read only: every method but GET and HEAD gets 405. {@link Access} decides who may ask; every answer carries headers
 * that keep a browser from running or framing anything in it (the pages need no script).
 */
public final class HttpService implements AutoCloseable {

    /** Answers one request. */
    public interface Handler {
        Reply handle(Request request) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(HttpService.class);
    /**
     * Request threads: a view forwarded to another instance, or gathering from every instance, waits on the others
     * while a browser loads the stylesheet and Prometheus scrapes.
     */
    private static final int THREADS = 6;
    /** Routes are told apart by their first segments, at most this many. */
    private static final int MAX_ROUTE_SEGMENTS = 3;
    private static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";
    /** No script, no frame, no plug-in; styles and images from this server only (the chart is inline SVG). */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    static {
        // the JDK's server writes a reply's headers and body apart; with Nagle's algorithm on its sockets, the body
        // waits for the client's delayed acknowledgement of the headers on every request (docs/performance.md). Read
        // by the server's configuration once, when the first server starts; a value given on the command line wins
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Access access;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private volatile Handler notFound = request -> Reply.json(404, "{\"error\":\"not found\"}");

    private HttpService(HttpServer server, ExecutorService executor, Access access) {
        this.server = server;
        this.executor = executor;
        this.access = access;
    }

    /** Starts serving metrics and health on {@code port} (0: any free port), open to anyone who reaches it. */
    public static HttpService start(String bindAddress, int port, PipelineMetrics metrics, Health health)
            throws IOException {
        return start(bindAddress, port, metrics, health, Access.open());
    }

    /** Starts serving metrics and health on {@code port} (0: any free port) to the requests {@code access} lets in. */
    public static HttpService start(String bindAddress, int port, PipelineMetrics metrics, Health health, Access access)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "newsflow-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        HttpService service = new HttpService(server, executor, access);
        service.route("metrics", request -> Reply.of(200, PROMETHEUS, metrics.scrape()));
        service.route("health", request -> health(health.report()));
        server.createContext("/", service::handle);
        server.start();
        return service;
    }

    /**
     * Serves the paths that start with {@code prefix} (segments joined by {@code /}, e.g. {@code people} or
     * {@code api/local/people}; "" for {@code /} itself) with {@code handler}; the longest prefix routed wins.
     */
    public void route(String prefix, Handler handler) {
        routes.put(prefix, handler);
    }

    /** Answers the paths no route takes (by default a JSON 404). */
    public void notFound(Handler handler) {
        this.notFound = handler;
    }

    public Access access() {
        return access;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address the server listens on. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply = reply(exchange);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            securityHeaders(exchange);
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(reply.status(), head || reply.body().length == 0 ? -1 : reply.body().length);
            if (!head && reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    private Reply reply(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return Reply.json(405, "{\"error\":\"only GET\"}").with("Allow", "GET, HEAD");
        }
        Request request = Request.of(exchange.getRequestURI(), exchange.getRequestHeaders());
        Reply denied = access.check(request);
        if (denied != null) {
            return denied;
        }
        try {
            return route(request).handle(request);
        } catch (IOException | RuntimeException e) {
            log.warn("{} {} failed", method, exchange.getRequestURI(), e);
            return Reply.json(500, json(Map.of("error", String.valueOf(e))));
        }
    }

    /** The route of the longest path prefix (up to {@value #MAX_ROUTE_SEGMENTS} segments) that has one. */
    private Handler route(Request request) {
        for (int n = Math.min(MAX_ROUTE_SEGMENTS, request.path().size()); n > 0; n--) {
            Handler handler = routes.get(String.join("/", request.path().subList(0, n)));
            if (handler != null) {
                return handler;
            }
        }
        return request.path().isEmpty() ? routes.getOrDefault("", notFound) : notFound;
    }

    private static void securityHeaders(HttpExchange exchange) {
        var headers = exchange.getResponseHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("Cache-Control", "no-store");
    }

    private static Reply health(Health.Report report) {
        Map<String, Object> checks = new LinkedHashMap<>();
        report.checks().forEach((name, c) -> checks.put(name, Map.of("up", c.up(), "detail", c.detail())));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.up() ? "UP" : "DOWN");
        body.put("checks", checks);
        return Reply.json(report.up() ? 200 : 503, json(body));
    }

    /** {@code value} as JSON. */
    public static String json(Object value) {
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
