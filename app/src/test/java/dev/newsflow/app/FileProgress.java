package dev.newsflow.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How many articles the sink has committed to the files under an output folder: the lines of its committed JSON
 * Lines segments (a committed segment never changes, so each is counted once), and how many temporary segment files
 * it has open.
 */
final class FileProgress {

    private final Path out;
    private final Map<Path, Long> counted = new HashMap<>();

    FileProgress(Path out) {
        this.out = out;
    }

    /** Articles in committed segments now. */
    long articles() {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(f -> f.toString().endsWith(".jsonl") && !out.relativize(f).toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .forEach(f -> counted.computeIfAbsent(f, FileProgress::lines));
        } catch (IOException | UncheckedIOException e) {
            // a segment renamed while the folder is walked: counted at the next call
        }
        return counted.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Temporary segment files the sink is writing now (hidden, not yet renamed into place). */
    long temporaryFiles() {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".") && f.toString().endsWith(".tmp"))
                    .count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static long lines(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            long n = 0;
            for (byte b : bytes) {
                if (b == '\n') {
                    n++;
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
