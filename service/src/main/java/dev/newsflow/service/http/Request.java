package dev.newsflow.service.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.Headers;

/**
 * A GET request as the handlers see it: the path cut into decoded segments, the query parameters, the headers.
 *
 * @param rawPathAndQuery the path and query as sent (still encoded), for forwarding the request as it came
 */
public record Request(List<String> path, Map<String, String> query, Headers headers, String rawPathAndQuery) {

    /** Header marking a request one instance forwarded to another: it is answered there, never forwarded again. */
    public static final String FORWARDED = "X-Newsflow-Forwarded";

    public static Request of(URI uri, Headers headers) {
        String raw = uri.getRawPath() == null ? "/" : uri.getRawPath();
        return new Request(segments(raw), query(uri.getRawQuery()), headers,
                raw + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /** Segment {@code i} of the path, "" when the path is shorter. */
    public String segment(int i) {
        return i < path.size() ? path.get(i) : "";
    }

    /** A query parameter, null when absent. */
    public String param(String name) {
        return query.get(name);
    }

    public String header(String name) {
        return headers.getFirst(name);
    }

    /** Whether another instance forwarded this request (see {@link #FORWARDED}). */
    public boolean forwarded() {
        return headers.containsKey(FORWARDED);
    }

    /**
     * The path cut at its slashes, each segment decoded on its own: an encoded slash ({@code %2F}) in a paper's name
     * stays inside its segment. A {@code +} is a plus in a path, not a space.
     */
    static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                out.add(decode(s.replace("+", "%2B")));
            }
        }
        return out;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            out.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return s;
        }
    }
}
