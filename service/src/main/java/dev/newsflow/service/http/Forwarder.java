package dev.newsflow.service.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks another instance (its {@code application.server} address) for what it holds: a request forwarded as it came
 * (path, query, {@code Accept}), or a JSON answer of its own for a query that gathers from every instance. Requests
 * carry {@link Request#FORWARDED}, so the other instance answers from its own stores and never forwards again, and
 * the access token when the servers require one.
 */
public final class Forwarder {

    private static final Logger log = LoggerFactory.getLogger(Forwarder.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Access access;

    public Forwarder(Access access) {
        this.access = access;
    }

    /** The request, answered by {@code owner}; 502 when it does not answer. */
    public Reply forward(HostInfo owner, Request request) {
        String accept = request.header("Accept");
        try {
            HttpResponse<byte[]> response = send(owner, request.rawPathAndQuery(), accept == null ? "*/*" : accept);
            String type = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
            return new Reply(response.statusCode(), type, response.body(), Map.of());
        } catch (IOException e) {
            log.warn("Cannot forward {} to {}:{}: {}", request.rawPathAndQuery(), owner.host(), owner.port(),
                    e.toString());
            return Reply.json(502, "{\"error\":\"the instance holding this (" + owner.host() + ":" + owner.port()
                    + ") does not answer\"}");
        }
    }

    /** The body of {@code owner}'s answer to {@code pathAndQuery} (encoded), which must be 200. */
    public byte[] get(HostInfo owner, String pathAndQuery) throws IOException {
        HttpResponse<byte[]> response = send(owner, pathAndQuery, Reply.JSON);
        if (response.statusCode() != 200) {
            throw new IOException(owner.host() + ":" + owner.port() + pathAndQuery + " answered "
                    + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<byte[]> send(HostInfo owner, String pathAndQuery, String accept) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + owner.host() + ":" + owner.port()
                        + pathAndQuery))
                .timeout(TIMEOUT).header(Request.FORWARDED, "1").header("Accept", accept).GET();
        if (access.required()) {
            request.header("Authorization", access.authorization());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
