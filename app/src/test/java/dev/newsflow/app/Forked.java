package dev.newsflow.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/** newsflow commands in JVMs of their own (the packaged jar), to be killed with SIGKILL and started again. */
final class Forked {

    private Forked() {
    }

    static Path jar() {
        Path jar = Path.of("target", "newsflow.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("package the app first: " + jar + " is missing");
        }
        return jar;
    }

    /** What a command printed and how it exited. */
    record Result(int exit, String stdout, String stderr) {
        /** The last line of stdout: a command's JSON summary. */
        String lastLine() {
            String[] lines = stdout.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    /** Runs a newsflow command to its end, as a user would: {@code java -jar newsflow.jar ARGS}. */
    static Result run(Duration limit, String... args) throws IOException, InterruptedException {
        return run(Map.of(), limit, args);
    }

    /** The same, with these environment variables set. */
    static Result run(Map<String, String> env, Duration limit, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-jar", jar().toString()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile("newsflow", ".out");
        Path stderr = Files.createTempFile("newsflow", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            builder.environment().putAll(env);
            Process p = builder.start();
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("newsflow " + String.join(" ", args) + " did not finish in " + limit + ": "
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** The packaged jar's main class, as its manifest names it. */
    private static String mainClass() throws IOException {
        try (JarFile jar = new JarFile(jar().toFile())) {
            return jar.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
        }
    }

    /**
     * Copies a test class (a top-level class without nested ones) into a directory of its own, for a forked stage's
     * class path: that class alone, not the test resources beside it.
     */
    static Path hooks(Path dir, Class<?> hook) throws IOException {
        String name = hook.getName().replace('.', '/') + ".class";
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = hook.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + hook.getName());
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** One stage: the same command, started again after each kill; its output appended to one log. */
    static final class Stage {
        private final Path log;
        private final List<String> command = new ArrayList<>();
        private Process process;

        Stage(Path logs, String name, List<String> args) throws IOException {
            this(logs, name, null, args);
        }

        /**
         * A stage whose JVM also loads classes from {@code hooks} (null for none): the packaged jar's main class run
         * with the directory on its class path, so that the stage's client settings can name a test's interceptor.
         */
        Stage(Path logs, String name, Path hooks, List<String> args) throws IOException {
            Files.createDirectories(logs);
            this.log = logs.resolve(name + ".log");
            if (hooks == null) {
                command.addAll(List.of(java(), "-Xmx768m", "-jar", jar().toString()));
            } else {
                command.addAll(List.of(java(), "-Xmx768m", "-cp", jar() + File.pathSeparator + hooks, mainClass()));
            }
            command.addAll(args);
        }

        void start() throws IOException {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            // should the test's JVM itself be stopped, the stage goes with it instead of outliving it
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, "forked-stage-reaper"));
        }

        boolean alive() {
            return process != null && process.isAlive();
        }

        int exitCode() {
            return process.exitValue();
        }

        /** SIGSTOP: the process holds still, open transactions and files as they are, until resumed or killed. */
        void pause() throws IOException, InterruptedException {
            signal("STOP");
        }

        /** SIGCONT after {@link #pause()}. */
        void resume() throws IOException, InterruptedException {
            signal("CONT");
        }

        private void signal(String name) throws IOException, InterruptedException {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        }

        /** SIGKILL: no shutdown hook, no flush, no transaction commit or abort. */
        void kill() throws InterruptedException {
            if (process != null) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }

        /** SIGTERM, then SIGKILL if it does not stop. */
        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(40, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }

        String log() {
            try {
                String all = Files.readString(log, StandardCharsets.UTF_8);
                return all.length() > 4000 ? all.substring(all.length() - 4000) : all;
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }
    }
}
