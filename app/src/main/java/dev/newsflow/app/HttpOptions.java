package dev.newsflow.app;

import java.net.InetAddress;
import java.net.UnknownHostException;

import picocli.CommandLine.Option;

/** Where a stage serves /metrics, /health and /people over HTTP. */
public final class HttpOptions {

    /** No HTTP server. */
    public static final int OFF = -1;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "${env:NEWSFLOW_HTTP_PORT}",
            description = {"Port of the HTTP server (/metrics, /health, /people/{name}); 0 picks a free port, -1 turns it off",
                    "(env NEWSFLOW_HTTP_PORT; default: 0 for the long-running stages, off for a batch run)."})
    Integer port;

    @Option(names = "--http-bind", paramLabel = "ADDRESS", defaultValue = "${env:NEWSFLOW_HTTP_BIND:-0.0.0.0}",
            description = "Address the HTTP server listens on (env NEWSFLOW_HTTP_BIND, default ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--http-host", paramLabel = "HOST", defaultValue = "${env:NEWSFLOW_HTTP_HOST}",
            description = {"Host name other instances reach this one's HTTP server by (Kafka Streams application.server,",
                    "for routing /people queries; env NEWSFLOW_HTTP_HOST, default: this machine's host name)."})
    String host;

    /** Options as code, for tests and embedding. */
    public static HttpOptions of(int port, String bind, String host) {
        HttpOptions o = new HttpOptions();
        o.port = port;
        o.bind = bind;
        o.host = host;
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
        return bind == null ? "0.0.0.0" : bind;
    }

    String advertisedHost() {
        if (host != null && !host.isBlank()) {
            return host;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
