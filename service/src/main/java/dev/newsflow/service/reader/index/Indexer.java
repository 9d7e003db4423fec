package dev.newsflow.service.reader.index;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.topics.Topic;

/**
 * A processor that indexes the records of one topic into the reader's stores. A record it cannot decode is skipped
 * with a warning: the stage that wrote it, or enrich reading it, has already made it a dead letter, which the reader
 * indexes in its turn. Forwards nothing.
 *
 * @param <V> the topic's value type
 */
abstract class Indexer<V> implements Processor<String, byte[], Void, Void> {

    private static final Logger log = LoggerFactory.getLogger(Indexer.class);

    private final Topic<String, V> topic;
    private ProcessorContext<Void, Void> context;

    Indexer(Topic<String, V> topic) {
        this.topic = topic;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        init(new EditionBook(context), context);
    }

    /** Takes the stores it writes. */
    abstract void init(EditionBook book, ProcessorContext<Void, Void> context);

    /** Indexes one decoded value; {@code key} is the record's key. */
    abstract void index(String key, V value);

    @Override
    public void process(Record<String, byte[]> record) {
        V value;
        try {
            value = record.value() == null ? null : topic.valueDeserializer().deserialize(topic.name(), record.value());
        } catch (RuntimeException e) {
            log.warn("Reader skips a record of {} it cannot decode ({}, key {}): {}", topic.name(),
                    context.recordMetadata().map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("?"),
                    record.key(), e.toString());
            return;
        }
        if (value != null) {
            index(record.key(), value);
        }
    }
}
