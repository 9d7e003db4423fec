package dev.newsflow.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * A fault seam the crash test loads into a forked stage through Kafka's {@code interceptor.classes}: once a producer
 * has sent {@value #AFTER} records to the topic {@value #TOPIC}, its next send waits for as long as the file
 * {@value #FILE} exists. The records already sent still reach the broker (the producer's sender thread is not held),
 * so the transaction they belong to stays open there until the test deletes the file or kills the process: the test
 * can catch the stage mid-transaction by progress, however quickly the stage would otherwise have committed. The
 * held send belongs to the same transaction when the stage writes each record together with another one, as ingest
 * writes each page with its index entry.
 *
 * <p>Clients given the same settings that consume pass through unchanged; so do producers without the settings.
 */
public final class HoldOpenInterceptor implements ProducerInterceptor<Object, Object>,
        ConsumerInterceptor<Object, Object> {

    static final String FILE = "newsflow.test.hold.file";
    static final String TOPIC = "newsflow.test.hold.topic";
    static final String AFTER = "newsflow.test.hold.after";
    /** How often a held send looks whether the file is gone: how soon it goes on after the test lets it. */
    private static final long LOOK_MS = 10;

    private Path file;
    private String topic;
    private long after;
    private long sent;

    @Override
    public void configure(Map<String, ?> configs) {
        Object f = configs.get(FILE);
        if (f != null) {
            file = Path.of(f.toString());
            topic = String.valueOf(configs.get(TOPIC));
            after = Long.parseLong(String.valueOf(configs.get(AFTER)));
        }
    }

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        if (file == null) {
            return record;
        }
        if (sent >= after) {
            while (Files.exists(file)) {
                try {
                    Thread.sleep(LOOK_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return record;
                }
            }
        }
        if (record.topic().equals(topic)) {
            sent++;
        }
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    }

    @Override
    public ConsumerRecords<Object, Object> onConsume(ConsumerRecords<Object, Object> records) {
        return records;
    }

    @Override
    public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    }

    @Override
    public void close() {
    }
}
