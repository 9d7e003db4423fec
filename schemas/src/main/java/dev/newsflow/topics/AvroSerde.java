package dev.newsflow.topics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro binary with Avro's single-object encoding: every message starts with the two marker bytes
 * {@code C3 01} and the 8-byte (little-endian) fingerprint of the writer's schema, so no schema registry server
 * is needed. Readers resolve the writer's schema through a {@link SchemaCatalog} and read it with their own
 * (older or newer) compiled schema, following Avro's resolution rules.
 *
 * <p>The bytes are those of Avro's {@code BinaryMessageEncoder}; encoding and decoding go through Avro's buffered
 * binary encoder and decoder over the array (its message classes read and write one byte at a time through a
 * stream, which cost the sink a tenth of a millisecond per article).
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {

    static {
        AvroTrust.install();
    }

    /** The marker and the fingerprint before each datum. */
    public static final int HEADER_BYTES = 10;
    private static final byte MARKER_0 = (byte) 0xC3;
    private static final byte MARKER_1 = (byte) 0x01;

    /** Per thread: the buffer and encoder serializing into it, and a decoder to reuse. */
    private static final class Codec {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        BinaryEncoder encoder;
        BinaryDecoder decoder;
    }

    private static final ThreadLocal<Codec> CODECS = ThreadLocal.withInitial(Codec::new);

    private final Class<T> type;
    private final Schema schema;
    private final long fingerprint;
    private final byte[] header;
    private final SpecificData model;
    private final SchemaCatalog catalog;
    private final DatumWriter<T> writer;
    /** Readers by writer fingerprint: the writer's schema resolved against this serde's. */
    private final Map<Long, DatumReader<T>> readers = new ConcurrentHashMap<>();

    public AvroSerde(Class<T> type, Schema schema, SchemaCatalog catalog) {
        this.type = type;
        this.schema = schema;
        this.fingerprint = SchemaCatalog.fingerprint(schema);
        this.header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN)
                .put(MARKER_0).put(MARKER_1).putLong(fingerprint).array();
        this.model = SpecificData.getForClass(type);
        this.catalog = catalog;
        this.writer = new SpecificDatumWriter<>(schema, model);
        // the reader's own schema is always known, whatever the catalog holds
        this.readers.put(fingerprint, new SpecificDatumReader<>(schema, schema, model));
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
        Codec codec = CODECS.get();
        codec.out.reset();
        codec.out.writeBytes(header);
        try {
            codec.encoder = EncoderFactory.get().binaryEncoder(codec.out, codec.encoder);
            writer.write(data, codec.encoder);
            codec.encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codec.out.toByteArray();
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (!hasHeader(data)) {
            throw new SerializationException("Record on " + topic + " is not an Avro single-object encoded "
                    + type.getSimpleName() + ": no C3 01 marker and schema fingerprint before the datum");
        }
        DatumReader<T> reader = reader(fingerprintOf(data), topic);
        Codec codec = CODECS.get();
        try {
            codec.decoder = DecoderFactory.get().binaryDecoder(data, HEADER_BYTES, data.length - HEADER_BYTES, codec.decoder);
            return reader.read(null, codec.decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Record on " + topic + " could not be decoded as "
                    + type.getSimpleName() + ": " + e, e);
        }
    }

    private DatumReader<T> reader(long writtenWith, String topic) {
        DatumReader<T> known = readers.get(writtenWith);
        if (known != null) {
            return known;
        }
        Schema writerSchema = catalog.findByFingerprint(writtenWith);
        if (writerSchema == null) {
            throw new SerializationException("Record on " + topic + " was written with a schema this reader cannot find ("
                    + "fingerprint " + Long.toHexString(writtenWith) + "); is the writer newer and its schema not yet "
                    + "published to the schema topic?");
        }
        return readers.computeIfAbsent(writtenWith, fp -> new SpecificDatumReader<>(writerSchema, schema, model));
    }

    /**
     * The Avro binary datum inside a message, when the message was written with exactly this serde's schema (what an
     * Avro container file of that schema holds per record, as is); null for any other message.
     */
    public ByteBuffer datumIfOwnSchema(byte[] message) {
        if (message == null || !hasHeader(message) || fingerprintOf(message) != fingerprint) {
            return null;
        }
        return ByteBuffer.wrap(message, HEADER_BYTES, message.length - HEADER_BYTES);
    }

    private static boolean hasHeader(byte[] message) {
        return message.length >= HEADER_BYTES && message[0] == MARKER_0 && message[1] == MARKER_1;
    }

    /** The writer schema's fingerprint in a message that {@link #hasHeader has its header}. */
    private static long fingerprintOf(byte[] message) {
        return ByteBuffer.wrap(message, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
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
        // the same instance serves as serde, serializer and deserializer
    }
}
