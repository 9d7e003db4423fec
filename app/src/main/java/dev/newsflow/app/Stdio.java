package dev.newsflow.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** UTF-8 standard streams, whatever the platform default. */
public final class Stdio {

    public static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
            true, StandardCharsets.UTF_8);
    public static final PrintStream ERR = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err),
            true, StandardCharsets.UTF_8);

    private Stdio() {
    }
}
