package dev.newsflow.enrich.topology;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import dev.newsflow.schemas.RawPage;
import dev.newsflow.topics.Topic;

/**
 * First stage: decodes the raw page from its Avro bytes. A record that is no RawPage (corrupt bytes, a
 * schema this reader cannot resolve, a null value) becomes a dead letter holding the bytes and their
 * topic, partition and offset; processing goes on with the next record.
 */
final class DecodeProcessor implements FixedKeyProcessor<String, byte[], Step<Values.Page>> {

    private final Topic<String, RawPage> topic;
    private final DeadLetters letters;
    private FixedKeyProcessorContext<String, Step<Values.Page>> context;

    DecodeProcessor(Topic<String, RawPage> topic, DeadLetters letters) {
        this.topic = topic;
        this.letters = letters;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Step<Values.Page>> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        Provenance provenance = new Provenance(meta == null ? topic.name() : meta.topic(),
                meta == null ? -1 : meta.partition(), meta == null ? -1 : meta.offset(), record.key(), record.value());
        Step<Values.Page> step;
        try {
            RawPage page = topic.valueDeserializer().deserialize(provenance.topic(), record.value());
            step = page == null
                    ? new Step.Failed<>(letters.of("decode", "NullValue", "record has no value", provenance, null, null))
                    : Step.ok(new Values.Page(page), provenance);
        } catch (RuntimeException e) {
            step = new Step.Failed<>(letters.of("decode", e, provenance, null));
        }
        context.forward(record.withValue(step));
    }
}
