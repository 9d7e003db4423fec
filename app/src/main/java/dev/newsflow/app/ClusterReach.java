package dev.newsflow.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Whether the cluster a command was pointed at answers, found out before the command starts anything: a TCP
 * connection to each bootstrap server, then the admin client's describe-cluster request. A cluster that does not
 * answer is one line naming the address and what was tried, within seconds, instead of a client timing out a
 * minute later with a stack trace.
 */
final class ClusterReach {

    /** Long enough for a TCP handshake across a data centre, short enough for a user waiting at a prompt. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** A broker that accepted the connection answers a metadata request in well under this, security set right. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    /** The cluster did not answer; the message names the addresses and what was tried. */
    static final class UnreachableException extends RuntimeException {
        UnreachableException(String message) {
            super(message);
        }
    }

    private ClusterReach() {
    }

    /** The number of brokers of the cluster the client settings point at; fails when it does not answer. */
    static int brokers(Map<String, Object> client) {
        String bootstrap = String.valueOf(client.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
        List<String> refused = new ArrayList<>();
        boolean anyConnected = false;
        for (String server : bootstrap.split(",")) {
            String problem = connect(server.strip());
            if (problem == null) {
                anyConnected = true;
            } else {
                refused.add(server.strip() + " (" + problem + ")");
            }
        }
        if (!anyConnected) {
            throw new UnreachableException("cannot reach Kafka at " + bootstrap
                    + ": no bootstrap server accepted a TCP "
                    + "connection: " + String.join(", ", refused));
        }
        try (Admin admin = Admin.create(client)) {
            return admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) ANSWER_TIMEOUT.toMillis()))
                    .nodes().get(ANSWER_TIMEOUT.toMillis() + CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + bootstrap + " for its brokers", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new UnreachableException("cannot reach Kafka at " + bootstrap
                    + ": a TCP connection was accepted, but "
                    + "no broker answered the admin client's describe-cluster request within "
                    + ANSWER_TIMEOUT.toSeconds() + " s ("
                    + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName()
                    + "); check the listener's security settings (--client-config)");
        }
    }

    /** Null when a TCP connection to HOST:PORT was accepted, else what went wrong. */
    static String connect(String server) {
        int colon = server.lastIndexOf(':');
        if (colon <= 0 || colon == server.length() - 1) {
            return "not HOST:PORT";
        }
        int port;
        try {
            port = Integer.parseInt(server.substring(colon + 1));
        } catch (NumberFormatException e) {
            return "not HOST:PORT";
        }
        String host = server.substring(0, colon).replace("[", "").replace("]", "");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
            return null;
        } catch (UnknownHostException e) {
            return "unknown host";
        } catch (IOException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "invalid port " + port;
        }
    }
}
