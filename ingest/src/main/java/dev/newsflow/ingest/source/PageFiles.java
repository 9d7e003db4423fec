package dev.newsflow.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the page files under the paths a user gives: files as given, folders walked recursively. */
public final class PageFiles {

    /** Manifest of edition metadata, read beside the pages, never ingested itself. */
    public static final String MANIFEST = "editions.json";

    private PageFiles() {
    }

    /** Every page file, in path order; hidden files, temporary files and manifests skipped. */
    public static List<Path> expand(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> isPageFile(root.relativize(p)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + root, e);
                }
            } else if (Files.exists(root)) {
                files.add(root);
            } else {
                throw new UncheckedIOException(new java.nio.file.NoSuchFileException(root.toString()));
            }
        }
        return files;
    }

    /** Not hidden (no part of the path starts with a dot), not a partial download, not the manifest. */
    public static boolean isPageFile(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = relative.getFileName().toString();
        return !name.equals(MANIFEST) && !name.endsWith(".tmp") && !name.endsWith(".part")
                && !name.endsWith(".partial") && !name.endsWith(".done") && !name.endsWith("~");
    }
}
