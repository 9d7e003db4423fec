package dev.newsflow.service.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Parts of the server's addresses, encoded. */
public final class Links {

    private Links() {
    }

    /** One path segment, percent-encoded (a space as {@code %20}, a slash as {@code %2F}). */
    public static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One query parameter's value, percent-encoded. */
    public static String param(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
