package dev.newsflow.enrich.topology;

import java.util.function.Function;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import dev.newsflow.topics.Topic;

/**
 * First stage: decodes a record's value from its Avro bytes (a raw page, an entity mention). A record that
 * cannot be decoded (corrupt bytes, a schema this reader cannot resolve, a null value) becomes a dead letter
 * holding the bytes and their topic, partition and offset; processing goes on with the next record.
 *
 * @param <V> the topic's value type
 * @param <T> what the next stage gets: the value, possibly wrapped
 */
final class DecodeProcessor<V, T> implements FixedKeyProcessor<String, byte[], Step<T>> {

    private final Topic<String, V> topic;
    private final Function<V, T> wrap;
    private final DeadLetters letters;
    private FixedKeyProcessorContext<String, Step<T>> context;

    DecodeProcessor(Topic<String, V> topic, Function<V, T> wrap, DeadLetters letters) {
        this.topic = topic;
        this.wrap = wrap;
        this.letters = letters;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Step<T>> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        Provenance provenance = new Provenance(meta == null ? topic.name() : meta.topic(),
                meta == null ? -1 : meta.partition(), meta == null ? -1 : meta.offset(), record.key(), record.value());
        Step<T> step;
        try {
            V value = topic.valueDeserializer().deserialize(provenance.topic(), record.value());
            step = value == null
                    ? new Step.Failed<>(letters.of("decode", "NullValue", "record has no value", provenance, null,
                    null))
                    : Step.ok(wrap.apply(value), provenance);
        } catch (RuntimeException e) {
            step = new Step.Failed<>(letters.of("decode", e, provenance, null));
        }
        context.forward(record.withValue(step));
    }
}
