package dev.newsflow.service.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer: status, content type, body and any headers besides. */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static final String JSON = "application/json; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";

    public Reply {
        headers = Map.copyOf(headers);
    }

    public static Reply of(int status, String contentType, String body) {
        return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Reply json(int status, String body) {
        return of(status, JSON, body);
    }

    public static Reply html(int status, String body) {
        return of(status, HTML, body);
    }

    /** This reply with one more header. */
    public Reply with(String header, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(header, value);
        return new Reply(status, contentType, body, all);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
