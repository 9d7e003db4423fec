package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import dev.newsflow.testkit.Seeds;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docker-compose.yml and the Dockerfile, checked without a Docker engine (there is none on the build machine): the
 * images and the Kafka version, Kafka's log on its named volume, a health check on every long-running stage, every
 * command a real command line of the CLI, every NEWSFLOW_ variable one its command reads, and an image that resolves
 * its dependencies in a layer of their own and runs as a user of its own.
 */
class DockerComposeTest {

    private static final Pattern ENV_DEFAULT = Pattern.compile("\\$\\{env:(NEWSFLOW_[A-Z_]+)");

    private static Path root;
    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        root = Seeds.dir().getParent();
        try (Reader in = Files.newBufferedReader(root.resolve("docker-compose.yml"), StandardCharsets.UTF_8)) {
            compose = new Yaml().load(in);
        }
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void kafkaIsTheVersionOfThePomWithItsLogOnANamedVolume() {
        Map<String, Object> kafka = services.get("kafka");
        assertThat(kafka.get("image")).isEqualTo("apache/kafka:" + System.getProperty("kafka.version"));
        String logDirs = (String) environment(kafka).get("KAFKA_LOG_DIRS");
        assertThat(logDirs).as("KAFKA_LOG_DIRS").isNotBlank();
        assertThat(namedVolumeAt(kafka, logDirs)).as("a named volume mounted at the log dir " + logDirs).isNotNull();
    }

    @Test
    void everyNamedVolumeIsDeclaredAndEveryDeclaredOneIsUsed() {
        Set<String> used = new TreeSet<>();
        for (Map<String, Object> service : services.values()) {
            for (String volume : volumes(service)) {
                String source = volume.split(":")[0];
                if (!source.startsWith(".") && !source.startsWith("/")) {
                    used.add(source);
                }
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> declared = (Map<String, Object>) compose.get("volumes");
        assertThat(used).isEqualTo(declared.keySet());
    }

    @Test
    void everyStageIsACommandLineOfTheCli() {
        for (var e : appServices().entrySet()) {
            List<String> command = command(e.getValue());
            CommandLine cli = new CommandLine(new Newsflow());
            assertThatCode(() -> cli.parseArgs(command.toArray(String[]::new)))
                    .as("service %s: newsflow %s", e.getKey(), String.join(" ", command)).doesNotThrowAnyException();
            assertThat(cli.getSubcommands()).as("service %s", e.getKey()).containsKey(command.get(0));
        }
    }

    @Test
    void everyNewsflowVariableIsOneTheStagesCommandReads() {
        for (var e : appServices().entrySet()) {
            // the default values as written, ${env:NEWSFLOW_…} not yet replaced by the variable's value
            CommandSpec spec = new CommandLine(new Newsflow()).setInterpolateVariables(false).getSubcommands()
                    .get(command(e.getValue()).get(0)).getCommandSpec();
            Set<String> read = new TreeSet<>();
            for (OptionSpec option : spec.options()) {
                if (option.defaultValue() != null) {
                    Matcher m = ENV_DEFAULT.matcher(option.defaultValue());
                    while (m.find()) {
                        read.add(m.group(1));
                    }
                }
            }
            Set<String> given = new TreeSet<>(environment(e.getValue()).keySet());
            given.removeIf(name -> !name.startsWith("NEWSFLOW_"));
            assertThat(read).as("service %s reads", e.getKey()).containsAll(given);
        }
    }

    @Test
    void everyLongRunningStageHasAHealthCheckOnItsHealthEndpoint() {
        for (var e : appServices().entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> check = (Map<String, Object>) e.getValue().get("healthcheck");
            assertThat(check).as("service %s has a health check section", e.getKey()).isNotNull();
            if (isOneShot(e.getValue())) {
                assertThat(check.get("disable")).as("one-shot %s: no server to check", e.getKey()).isEqualTo(true);
                continue;
            }
            String test = String.join(" ", asStrings(check.get("test")));
            String port = String.valueOf(environment(e.getValue()).get("NEWSFLOW_HTTP_PORT"));
            assertThat(test).as("service %s", e.getKey()).contains("/health", "127.0.0.1/" + port, " 200 ");
            assertThat(check.get("disable")).isNull();
        }
    }

    @Test
    void theImageResolvesDependenciesBeforeTheSourcesAndRunsAsAUserOfItsOwn() throws IOException {
        List<String> lines = Files.readAllLines(root.resolve("Dockerfile"), StandardCharsets.UTF_8);
        int goOffline = indexOf(lines, "dependency:go-offline");
        int sources = indexOf(lines, "COPY . .");
        assertThat(goOffline).as("dependency:go-offline").isNotNegative().isLessThan(sources);
        for (String module : modules()) {
            assertThat(lines.subList(0, goOffline)).as("module %s's pom in the dependency layer", module)
                    .contains("COPY " + module + "/pom.xml " + module + "/");
        }
        List<String> users = lines.stream().filter(l -> l.startsWith("USER ")).toList();
        assertThat(users).as("the runtime stage's user").isNotEmpty();
        assertThat(users.get(users.size() - 1)).isNotIn("USER root", "USER 0");
        assertThat(appServices().values()).allSatisfy(s -> assertThat(String.valueOf(s.get("user")))
                .doesNotStartWith("root").doesNotStartWith("0:"));
    }

    /** The services built from the Dockerfile: the newsflow stages. */
    private static Map<String, Map<String, Object>> appServices() {
        Map<String, Map<String, Object>> app = new java.util.TreeMap<>();
        services.forEach((name, s) -> {
            if (s.containsKey("build")) {
                app.put(name, s);
            }
        });
        assertThat(app).as("newsflow stages in the compose file").isNotEmpty();
        return app;
    }

    /** A batch ingest of given paths ends by itself; every other stage runs until stopped. */
    private static boolean isOneShot(Map<String, Object> service) {
        List<String> command = command(service);
        return command.get(0).equals("ingest") && !command.contains("--watch");
    }

    private static List<String> command(Map<String, Object> service) {
        return asStrings(service.get("command"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        Object env = service.get("environment");
        return env == null ? Map.of() : (Map<String, Object>) env;
    }

    private static List<String> volumes(Map<String, Object> service) {
        return service.get("volumes") == null ? List.of() : asStrings(service.get("volumes"));
    }

    /** The named volume (not a host path) mounted at the container path, or null. */
    private static String namedVolumeAt(Map<String, Object> service, String path) {
        for (String volume : volumes(service)) {
            String[] parts = volume.split(":");
            if (parts.length >= 2 && parts[1].equals(path) && !parts[0].startsWith(".") && !parts[0].startsWith("/")) {
                return parts[0];
            }
        }
        return null;
    }

    private static List<String> asStrings(Object list) {
        List<String> out = new ArrayList<>();
        ((List<?>) list).forEach(item -> out.add(String.valueOf(item)));
        return out;
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The modules of the parent pom. */
    private static List<String> modules() throws IOException {
        Matcher m = Pattern.compile("<module>([^<]+)</module>")
                .matcher(Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8));
        List<String> modules = new ArrayList<>();
        while (m.find()) {
            modules.add(m.group(1));
        }
        assertThat(modules).isNotEmpty();
        return modules;
    }
}
