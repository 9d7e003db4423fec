package dev.newsflow.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A mistake in how a command was called that is found only once its options are read together (a path that does
 * not exist, two options that exclude each other): one line {@code newsflow: …} and exit status 2, as picocli
 * answers a malformed option, before anything is started.
 */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }

    /** Fails unless every path exists (a file or a folder). */
    static void requireExisting(String what, List<Path> paths) {
        if (paths == null) {
            return;
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UsageException(what + " does not exist: " + p);
            }
        }
    }

    /** Fails unless the value is at least 1. */
    static void requirePositive(String option, long value) {
        if (value < 1) {
            throw new UsageException(option + " must be at least 1, not " + value);
        }
    }
}
