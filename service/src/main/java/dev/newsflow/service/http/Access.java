package dev.newsflow.service.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who may see what the server offers. Without a token, anyone who can reach it (the server listens on the loopback
 * interface unless told otherwise). With a token, every request but {@code /health} must carry it: as a bearer token
 * ({@code Authorization: Bearer T}, for scrapers and scripts), or as the cookie a browser got by opening any page
 * once with {@code ?token=T} (answered by a redirect to the same page without it, so the token does not stay in the
 * address bar or the history).
 */
public final class Access {

    /** Name of the cookie that carries the token. */
    public static final String COOKIE = "newsflow_token";
    static final String PARAM = "token";

    private final byte[] token;

    private Access(String token) {
        this.token = token == null || token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** Open to anyone who can reach the server. */
    public static Access open() {
        return new Access(null);
    }

    /** Requests must carry {@code token}; a null or empty token leaves the server open. */
    public static Access token(String token) {
        return new Access(token);
    }

    public boolean required() {
        return token != null;
    }

    /** The header another instance's request carries, or null when no token is required. */
    public String authorization() {
        return token == null ? null : "Bearer " + new String(token, StandardCharsets.UTF_8);
    }

    /** Null when the request may go on; else the answer to give instead (401, or the redirect setting the cookie). */
    public Reply check(Request request) {
        if (token == null || "health".equals(request.segment(0)) && request.path().size() == 1) {
            return null;
        }
        if (matches(bearer(request.header("Authorization"))) || matches(cookie(request.header("Cookie")))) {
            return null;
        }
        if (matches(request.param(PARAM))) {
            return Reply.of(303, "text/plain; charset=utf-8", "")
                    .with("Location", withoutToken(request))
                    .with("Set-Cookie", COOKIE + "=" + Links.param(request.param(PARAM))
                            + "; Path=/; HttpOnly; SameSite=Strict");
        }
        return Reply.of(401, "text/plain; charset=utf-8", "This newsflow asks for its access token: open "
                        + "this page with ?token=… once, or send the header Authorization: Bearer ….\n")
                .with("WWW-Authenticate", "Bearer realm=\"newsflow\"");
    }

    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String authorization) {
        String prefix = "Bearer ";
        return authorization != null && authorization.regionMatches(true, 0, prefix, 0, prefix.length())
                ? authorization.substring(prefix.length()).strip() : null;
    }

    private static String cookie(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.strip();
            if (p.startsWith(COOKIE + "=")) {
                return URLDecoder.decode(p.substring(COOKIE.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String withoutToken(Request request) {
        String path = "/" + request.path().stream().map(Links::segment).collect(Collectors.joining("/"));
        String query = request.query().entrySet().stream().filter(e -> !e.getKey().equals(PARAM))
                .map(Access::pair).collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static String pair(Map.Entry<String, String> e) {
        return Links.param(e.getKey()) + "=" + Links.param(e.getValue());
    }
}
