package dev.newsflow.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.newsflow.sink.file.OutputAudit;
import dev.newsflow.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newsflow verify OUT [--bootstrap-servers …]}: reconciles the output files, and the topic when given. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Reconciles the sink's output folder: every article once, every JSON Lines segment readable and",
                "matching its Avro file; with --bootstrap-servers also against the articles topic (committed records).",
                "Prints one JSON line; details on stderr. Exit code 1 on any duplicate, missing or unreadable "
                        + "article."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "OUT", description = "The output folder of a sink.")
    Path out;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        if (!Files.isDirectory(out)) {
            throw new UsageException("OUT is not a folder: " + out);
        }
        Set<String> onTopic = null;
        Map<String, Integer> topicDuplicates = Map.of();
        String bootstrap = kafka.bootstrapServers();
        if (bootstrap != null && !bootstrap.isBlank()) {
            kafka.validate();
            Map<String, Object> client = kafka.clientConfig(bootstrap);
            ClusterReach.brokers(client);
            Topics topics = kafka.topics(client);
            Map<String, Integer> counts = CommittedReader.liveKeys(client, topics.articles().name());
            onTopic = counts.keySet();
            topicDuplicates = new java.util.TreeMap<>();
            for (var e : counts.entrySet()) {
                if (e.getValue() > 1) {
                    topicDuplicates.put(e.getKey(), e.getValue());
                }
            }
        }
        OutputAudit.Report report = OutputAudit.audit(out, onTopic);
        report.duplicates().forEach((id, n) -> Stdio.ERR.println("duplicate in files: " + id + " ×" + n));
        topicDuplicates.forEach((id, n) -> Stdio.ERR.println("duplicate on topic: " + id + " ×" + n));
        report.missing().forEach(id -> Stdio.ERR.println("missing from files: " + id));
        report.unexpected().forEach(id -> Stdio.ERR.println("in files but not on the topic: " + id));
        report.unreadable().forEach(r -> Stdio.ERR.println("unreadable: " + r));
        report.avroMismatch().forEach(r -> Stdio.ERR.println("avro mismatch: " + r));
        boolean ok = report.ok() && topicDuplicates.isEmpty();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("articles", report.articles());
        summary.put("files", report.files());
        summary.put("duplicates", report.duplicates().size());
        summary.put("topic_checked", onTopic != null);
        summary.put("topic_articles", onTopic == null ? null : onTopic.size());
        summary.put("topic_duplicates", topicDuplicates.size());
        summary.put("missing", report.missing().size());
        summary.put("unexpected", report.unexpected().size());
        summary.put("unreadable", report.unreadable().size());
        summary.put("avro_mismatch", report.avroMismatch().size());
        summary.put("ok", ok);
        Stdio.OUT.println(Commands.json(summary));
        return ok ? 0 : 1;
    }
}
