package dev.newsflow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample pages in the repository's seeds/ folder. */
public final class Seeds {

    private Seeds() {
    }

    /** seeds/ of this checkout: the {@code newsflow.seeds} system property, else found above the working directory. */
    public static Path dir() {
        String configured = System.getProperty("newsflow.seeds");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("seeds/editions.json"))) {
                return p.resolve("seeds");
            }
        }
        throw new IllegalStateException("seeds/ not found; set -Dnewsflow.seeds");
    }

    /** The page files, sorted by name (editions.json excluded). */
    public static List<Path> pages() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page whose file name starts with {@code prefix}, e.g. "002". */
    public static Path page(String prefix) {
        return pages().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed page " + prefix));
    }

    public static String text(String prefix) {
        try {
            return Files.readString(page(prefix), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
