package dev.newsflow.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

import org.apache.avro.Schema;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro binary with Avro's single-object encoding: every message starts with the two marker bytes
 * {@code C3 01} and the 8-byte fingerprint of the writer's schema, so no schema registry server is
 * needed. Readers resolve the writer's schema through a {@link SchemaCatalog} and read it with
 * their own (older or newer) compiled schema, following Avro's resolution rules.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {

    static {
        AvroTrust.install();
    }

    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    public AvroSerde(Class<T> type, Schema schema, SchemaCatalog catalog) {
        this.type = type;
        SpecificData model = SpecificData.getForClass(type);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema, catalog);
        // the reader's own schema is always known, whatever the catalog holds
        this.decoder.addSchema(schema);
        catalog.register(schema);
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            ByteBuffer buffer = encoder.encode(data);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return decoder.decode(data);
        } catch (MissingSchemaException e) {
            throw new SerializationException("Record on " + topic + " was written with a schema this reader cannot find ("
                    + e.getMessage() + "); is the writer newer and its schema not yet published to the schema topic?", e);
        } catch (BadHeaderException e) {
            throw new SerializationException("Record on " + topic + " is not an Avro single-object encoded "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Record on " + topic + " could not be decoded as "
                    + type.getSimpleName() + ": " + e, e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        // configured by its constructor
    }

    @Override
    public void close() {
        // stateless; the same instance serves as serde, serializer and deserializer
    }
}
