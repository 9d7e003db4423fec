package dev.newsflow.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import dev.newsflow.json.PlainJson;
import dev.newsflow.topics.Topic;
import dev.newsflow.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow tail TOPIC [--from-beginning]}: a topic's records, decoded, as JSON lines. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Prints the committed records of a newsflow topic as JSON lines, following it until stopped:",
                "{\"topic\",\"partition\",\"offset\",\"timestamp\",\"key\",\"value\"} with the Avro value as plain "
                        + "JSON",
                "(field names as in the schema; null for a tombstone). A record that cannot be decoded is printed",
                "with an \"error\" instead of its value. Reads without a consumer group."})
final class TailCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TOPIC",
            description = "Topic by its short name (articles, dead-letters, people, …) or full name.")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the earliest record, not at the end.")
    boolean fromBeginning;

    @Option(names = "--max-messages", paramLabel = "N", description = "Exit after N records.")
    Long maxMessages;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "Exit when no record came for this long (ISO-8601, e.g. PT5S).")
    Duration timeout;

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        kafka.validate();
        Map<String, Object> client = kafka.clientConfig(Commands.requireBootstrap(kafka));
        Topics topics = kafka.topics(client);
        Topic<?, ?> t;
        try {
            t = topics.byName(topic);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ClusterReach.brokers(client);
        try (var consumer = new KafkaConsumer<>(CommittedReader.readCommitted(client), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = CommittedReader.partitions(consumer, t.name());
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            PrintWriter out = spec.commandLine().getOut();
            Commands.runUntilStopped("tail", () -> follow(consumer, t, out), () -> {
                try {
                    consumer.wakeup();
                } catch (RuntimeException e) {
                    // already closed: nothing to stop
                }
            });
        }
        return 0;
    }

    private void follow(KafkaConsumer<byte[], byte[]> consumer, Topic<?, ?> t, PrintWriter out) {
        long printed = 0;
        long lastRecord = System.nanoTime();
        try {
            while (maxMessages == null || printed < maxMessages) {
                var records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    out.println(line(t, r));
                    if (maxMessages != null && ++printed >= maxMessages) {
                        return;
                    }
                }
                if (!records.isEmpty()) {
                    lastRecord = System.nanoTime();
                } else if (timeout != null && System.nanoTime() - lastRecord > timeout.toNanos()) {
                    return;
                }
            }
        } catch (WakeupException e) {
            // stopped (Ctrl-C)
        } finally {
            out.flush();
        }
    }

    /** One record as one line of JSON. */
    static String line(Topic<?, ?> topic, ConsumerRecord<byte[], byte[]> record) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("topic", record.topic());
        m.put("partition", record.partition());
        m.put("offset", record.offset());
        m.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
        try {
            m.put("key", record.key() == null ? null
                    : topic.keyDeserializer().deserialize(record.topic(), record.key()));
            Object value = topic.value(record);
            m.put("value", value instanceof IndexedRecord avro ? PlainJson.toPlain(avro) : value);
        } catch (RuntimeException e) {
            m.put("error", e.getMessage());
        }
        try {
            return PlainJson.mapper().writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
