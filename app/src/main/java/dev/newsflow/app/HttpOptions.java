package dev.newsflow.app;

import java.net.InetAddress;
import java.net.UnknownHostException;

import dev.newsflow.service.http.Access;
import picocli.CommandLine.Option;

/**
 * Where a stage serves /metrics, /health, the people directory and the reader over HTTP, and to whom. Closed by
 * default: the server listens on the loopback interface only, so nothing on the network reaches it unless
 * {@code --http-bind} says so; {@code --http-token} makes every request but /health carry a token.
 */
public final class HttpOptions {

    /** No HTTP server. */
    public static final int OFF = -1;
    /** The loopback interface: reachable from this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "${env:NEWSFLOW_HTTP_PORT}",
            description = {"Port of the HTTP server (/, /metrics, /health, /people/{name}); 0 picks a free port,",
                    "-1 turns it off (env NEWSFLOW_HTTP_PORT; default: 0 for the long-running stages, off for a",
                    "batch run)."})
    Integer port;

    @Option(names = "--http-bind", paramLabel = "ADDRESS", defaultValue = "${env:NEWSFLOW_HTTP_BIND:-" + LOOPBACK + "}",
            description = {"Address the HTTP server listens on (env NEWSFLOW_HTTP_BIND, default ${DEFAULT-VALUE}:",
                    "this machine only); 0.0.0.0 for every interface, as a container or instances on several hosts",
                    "need."})
    String bind;

    @Option(names = "--http-token", paramLabel = "TOKEN", defaultValue = "${env:NEWSFLOW_HTTP_TOKEN}",
            description = {"Every request but /health must carry this token: header Authorization: Bearer TOKEN,",
                    "or open any page once with ?token=TOKEN to get it as a cookie (env NEWSFLOW_HTTP_TOKEN, which",
                    "keeps it out of the process list; default: none). Every instance of a deployment needs the same."})
    String token;

    @Option(names = "--http-host", paramLabel = "HOST", defaultValue = "${env:NEWSFLOW_HTTP_HOST}",
            description = {"Host name other instances reach this one's HTTP server by (Kafka Streams",
                    "application.server, for routing queries to the instance holding a key; env NEWSFLOW_HTTP_HOST,",
                    "default: the --http-bind address, or this machine's host name when it binds every interface)."})
    String host;

    /** Options as code, for tests and embedding. */
    public static HttpOptions of(int port, String bind, String host) {
        return of(port, bind, host, null);
    }

    /** Options as code, with an access token (null: none). */
    public static HttpOptions of(int port, String bind, String host, String token) {
        HttpOptions o = new HttpOptions();
        o.port = port;
        o.bind = bind;
        o.host = host;
        o.token = token;
        return o;
    }

    /** The port to serve on, {@link #OFF} for none; a stage that runs until stopped serves by default. */
    int port(boolean longRunning) {
        if (port != null) {
            return port;
        }
        return longRunning ? 0 : OFF;
    }

    String bind() {
        return bind == null || bind.isBlank() ? LOOPBACK : bind;
    }

    Access access() {
        return Access.token(token);
    }

    /**
     * The host other instances are told to reach this one by: {@code --http-host}; else the address it binds, unless
     * that is every interface, then this machine's host name.
     */
    String advertisedHost() {
        if (host != null && !host.isBlank()) {
            return host;
        }
        if (!isWildcard(bind())) {
            return bind();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static boolean isWildcard(String address) {
        try {
            return InetAddress.getByName(address).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
