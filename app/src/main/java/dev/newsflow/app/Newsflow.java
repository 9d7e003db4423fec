package dev.newsflow.app;

import dev.newsflow.app.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The newsflow command line. Run through the {@code ./newsflow} script at the repository root, which
 * builds the project when needed.
 *
 * <pre>
 * ./newsflow run seeds --out OUT          # the whole pipeline on an embedded broker
 * ./newsflow ingest DIR --bootstrap-servers host:9092
 * ./newsflow enrich --bootstrap-servers host:9092
 * ./newsflow sink --out OUT --bootstrap-servers host:9092
 * echo 市委书记杜小刚调研 | ./newsflow tag
 * ./newsflow bench --pages 1000          # throughput, latency and heap: library, chain, pipeline
 * </pre>
 */
@Command(name = "newsflow", mixinStandardHelpOptions = true, version = "newsflow 0.1.0",
        description = "Raw newspaper pages to enriched article events on Apache Kafka.",
        subcommands = {RunCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class,
                SegmentCommand.class, TagCommand.class, VerifyCommand.class, TailCommand.class, BenchCommand.class})
public final class Newsflow {

    public static void main(String[] args) {
        int code = new CommandLine(new Newsflow())
                .setOut(new java.io.PrintWriter(Stdio.OUT, true))
                .setErr(new java.io.PrintWriter(Stdio.ERR, true))
                .execute(args);
        System.exit(code);
    }
}
