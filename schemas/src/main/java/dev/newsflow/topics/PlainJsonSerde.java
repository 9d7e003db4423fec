package dev.newsflow.topics;

import java.io.IOException;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;

import dev.newsflow.json.PlainJson;
import dev.newsflow.json.PlainJsonReader;

/**
 * The value serde of a JSON topic: a record as one line of plain JSON in UTF-8, exactly the line the sink writes to
 * its JSON Lines files ({@link PlainJson}), with no schema and no header, for consumers that know no Avro (kcat, Kafka
 * Connect's {@code JsonConverter} with {@code schemas.enable=false}, ksqlDB's {@code VALUE_FORMAT='JSON'}, Flink's
 * {@code json} format). Reads it back into the generated class ({@link PlainJsonReader}).
 */
public final class PlainJsonSerde<T extends SpecificRecord> implements SelfSerde<T> {

    static {
        AvroTrust.install();
    }

    private final Class<T> type;
    private final Schema schema;
    private final SpecificData model;

    public PlainJsonSerde(Class<T> type, Schema schema) {
        this.type = type;
        this.schema = schema;
        this.model = SpecificData.getForClass(type);
    }

    /** The generated class whose records this serde writes. */
    public Class<T> type() {
        return type;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        return data == null ? null : PlainJson.bytes(data);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return type.cast(PlainJsonReader.read(PlainJson.mapper().readTree(data), schema, model));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Record on " + topic + " is not the plain JSON of a "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
