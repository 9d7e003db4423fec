package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.testkit.Seeds;

/**
 * How the command line answers a user's mistakes, in process: one line {@code newsflow: …} on stderr naming the
 * problem, exit status 2, and nothing started (no output folder, no broker); a cluster that does not answer is one
 * line naming its address and what was tried, exit status 1; the stack trace only with {@code --verbose}.
 */
class CommandLineMistakesTest {

    @TempDir
    Path dir;

    private record Answer(int exit, String out, String err) {
        String errLine() {
            assertThat(err.strip().lines()).as("lines on stderr: %s", err).hasSize(1);
            assertThat(err).startsWith("newsflow: ");
            return err.strip();
        }
    }

    private static Answer newsflow(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Newsflow.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Answer(exit, out.toString(), err.toString());
    }

    @Test
    void aPathThatDoesNotExistIsOneLineAndExitTwoBeforeAnythingStarts() {
        Path out = dir.resolve("out");
        Answer a = newsflow("run", dir.resolve("nonexistent").toString(), "--out", out.toString());
        assertThat(a.exit()).isEqualTo(2);
        assertThat(a.errLine()).contains("does not exist", dir.resolve("nonexistent").toString());
        assertThat(out).as("nothing started: no output folder, no broker state").doesNotExist();
    }

    @Test
    void aMalformedDateIsOneLineAndExitTwo() {
        Path out = dir.resolve("out");
        Answer a = newsflow("run", Seeds.dir().toString(), "--out", out.toString(), "--date", "2024-13-45");
        assertThat(a.exit()).isEqualTo(2);
        assertThat(a.errLine()).contains("--date", "2024-13-45");
        assertThat(out).doesNotExist();
    }

    @Test
    void aValueOfTheWrongFormIsOneLineAndExitTwo() {
        assertThat(newsflow("run", "--partitions", "many").errLine()).contains("--partitions", "many");
        assertThat(newsflow("run", "--partitions", "many").exit()).isEqualTo(2);
        assertThat(newsflow("run", "--timeout", "5min").errLine()).contains("--timeout", "5min");
        assertThat(newsflow("run", "--threads", "0").errLine()).contains("--threads", "0");
        assertThat(newsflow("run", "--threads", "0").exit()).isEqualTo(2);
        assertThat(newsflow("tag", "--date", "2024-13-45").errLine()).contains("--date", "2024-13-45");
        assertThat(newsflow("sink", "--no-such-option").errLine()).contains("--no-such-option");
    }

    @Test
    void missingOrConflictingOptionsAreOneLineAndExitTwo() {
        Answer noCluster = newsflow("ingest", Seeds.dir().toString());
        assertThat(noCluster.exit()).isEqualTo(2);
        assertThat(noCluster.errLine()).contains("--bootstrap-servers");
        Answer both = newsflow("ingest", Seeds.dir().toString(), "--watch", dir.toString(), "--bootstrap-servers",
                "h:1");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.errLine()).contains("not both");
        Answer config = newsflow("sink", "--bootstrap-servers", "h:1", "--client-config",
                dir.resolve("none.properties").toString());
        assertThat(config.exit()).isEqualTo(2);
        assertThat(config.errLine()).contains("--client-config", "none.properties");
        assertThat(newsflow("verify", dir.resolve("nothing").toString()).exit()).isEqualTo(2);
        assertThat(newsflow("tail", "no-such-topic", "--bootstrap-servers", "h:1").errLine()).contains("no-such-topic");
    }

    @Test
    void anUnreachableClusterIsOneLineNamingTheAddressAndWhatWasTried() throws IOException {
        String address = "127.0.0.1:" + closedPort();
        Answer a = newsflow("ingest", Seeds.dir().toString(), "--bootstrap-servers", address);
        assertThat(a.exit()).isEqualTo(1);
        assertThat(a.errLine()).contains("cannot reach Kafka at " + address, "TCP connection");
        for (String command : new String[] {"enrich", "sink"}) {
            assertThat(newsflow(command, "--bootstrap-servers", address, "--http-port", "-1").errLine())
                    .contains("cannot reach Kafka at " + address);
        }
    }

    @Test
    void theStackTraceOnlyWithVerbose() throws IOException {
        String address = "127.0.0.1:" + closedPort();
        Answer a = newsflow("ingest", Seeds.dir().toString(), "--bootstrap-servers", address, "--verbose");
        assertThat(a.exit()).isEqualTo(1);
        assertThat(a.err()).startsWith("newsflow: cannot reach Kafka at " + address)
                .contains(ClusterReach.UnreachableException.class.getName(), "\tat ");
    }

    @Test
    void describeJoinsTheCausesInOneLine() {
        var e = new IllegalStateException("sink failed", new java.io.UncheckedIOException("Cannot write out/a.jsonl",
                new java.io.IOException("No space left\non device")));
        assertThat(Newsflow.describe(e)).isEqualTo("sink failed: Cannot write out/a.jsonl: No space left on device");
    }

    /** A port nothing listens on: bound, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
