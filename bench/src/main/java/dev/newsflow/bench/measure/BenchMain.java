package dev.newsflow.bench.measure;

import java.io.PrintWriter;

import dev.newsflow.app.Newsflow;
import dev.newsflow.app.Stdio;

/**
 * {@code ./newsflow bench}: the launcher runs this class on the bench module's classpath (the product's jar and
 * this module's), so the product carries no measuring code and knows nothing of it. Answers mistakes and failures
 * as every newsflow command does.
 *
 * <pre>./newsflow bench --pages 1000</pre>
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        // the test kit on this classpath (the re-dated corpus) carries the tests' log4j2-test.xml, which Log4j
        // would prefer: a bench logs as the product does
        System.setProperty("log4j2.configurationFile", "log4j2.xml");
        PrintWriter out = new PrintWriter(Stdio.OUT, true);
        PrintWriter err = new PrintWriter(Stdio.ERR, true);
        System.exit(Newsflow.commandLine(new BenchCommand(), out, err).setCommandName("newsflow bench").execute(args));
    }
}
