package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * The HTTP server is closed by default: without {@code --http-bind} it listens on the loopback address alone, so
 * another address of the machine finds nobody there. The probe is 127.0.0.2, another address of the loopback range:
 * a server bound to every interface answers there (the control), the default one does not.
 */
class HttpOptionsTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static HttpOptions parse(String... args) {
        return CommandLine.populateCommand(new HttpOptions(), args);
    }

    private static boolean answersOn(String address, int port) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 5_000);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }

    @Test
    void withoutHttpBindTheServerListensOnLoopbackOnlyAndIsAdvertisedThere() throws Exception {
        HttpOptions defaults = parse("--http-port", "0");
        assertThat(defaults.advertisedHost()).isEqualTo("127.0.0.1");
        try (StageService service = StageService.start(defaults, true, QUIET)) {
            assertThat(service.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(answersOn("127.0.0.1", service.port())).isTrue();
            assertThat(answersOn("127.0.0.2", service.port())).isFalse();
        }
    }

    @Test
    void withHttpBindOnEveryInterfaceTheSameProbeFindsTheServer() throws Exception {
        HttpOptions everywhere = parse("--http-port", "0", "--http-bind", "0.0.0.0");
        assertThat(everywhere.advertisedHost()).isEqualTo(InetAddress.getLocalHost().getHostName());
        try (StageService service = StageService.start(everywhere, true, QUIET)) {
            assertThat(answersOn("127.0.0.2", service.port())).isTrue();
            URI uri = URI.create("http://127.0.0.2:" + service.port() + "/health");
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
        assertThat(parse("--http-bind", "0.0.0.0", "--http-host", "enrich-1").advertisedHost()).isEqualTo("enrich-1");
    }

    @Test
    void aTokenIsRequiredOnlyWhenGiven() {
        assertThat(parse().access().required()).isFalse();
        assertThat(parse("--http-token", "t").access().required()).isTrue();
        assertThatThrownBy(() -> parse("--http-bind")).isInstanceOf(CommandLine.ParameterException.class);
    }
}
