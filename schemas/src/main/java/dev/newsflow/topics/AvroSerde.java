package dev.newsflow.topics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.avro.Conversion;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Avro binary with Avro's single-object encoding: every message starts with the two marker bytes
 * {@code C3 01} and the 8-byte (little-endian) fingerprint of the writer's schema, so no schema registry server
 * is needed. Readers resolve the writer's schema through a {@link SchemaCatalog} and read it with their own
 * (older or newer) compiled schema, following Avro's resolution rules.
 *
 * <p>The bytes are those of Avro's {@code BinaryMessageEncoder}; encoding and decoding go through Avro's buffered
 * binary encoder and decoder over the array (its message classes read and write one byte at a time through a
 * stream, a cost the sink paid for every article).
 */
public final class AvroSerde<T extends SpecificRecord> implements SelfSerde<T> {

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
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Class<T> type;
    private final Schema schema;
    private final long fingerprint;
    private final byte[] header;
    private final SpecificData model;
    private final SchemaCatalog catalog;
    private final DatumWriter<T> writer;
    /** Readers by writer fingerprint: the writer's schema resolved against this serde's. */
    private final Map<Long, DatumReader<T>> readers = new ConcurrentHashMap<>();
    /** The same for {@link #deserializeGeneric}: generic records, strings left as {@link org.apache.avro.util.Utf8}. */
    private final GenericData genericModel;
    private final Map<Long, DatumReader<GenericRecord>> genericReaders = new ConcurrentHashMap<>();

    public AvroSerde(Class<T> type, Schema schema, SchemaCatalog catalog) {
        this.type = type;
        this.schema = schema;
        this.fingerprint = SchemaCatalog.fingerprint(schema);
        this.header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN)
                .put(MARKER_0).put(MARKER_1).putLong(fingerprint).array();
        this.model = SpecificData.getForClass(type);
        this.catalog = catalog;
        this.writer = new SpecificDatumWriter<>(schema, model);
        this.genericModel = new GenericData();
        for (Conversion<?> conversion : model.getConversions()) {
            genericModel.addLogicalTypeConversion(conversion);
        }
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
        return decode(topic, data, readers, writerSchema -> new SpecificDatumReader<>(writerSchema, schema, model));
    }

    /**
     * The message as a generic record of this serde's schema (the writer's schema resolved against it, as by
     * {@link #deserialize}), its strings left as Avro {@link org.apache.avro.util.Utf8}: the bytes as read, with no
     * UTF-16 copy, for readers that pass text on as UTF-8 (the sink's JSON Lines). Logical types convert as in the
     * compiled class. The record's schema is this serde's without its {@code avro.java.string} properties (same
     * fields and positions, same fingerprint).
     */
    public GenericRecord deserializeGeneric(String topic, byte[] data) {
        return decode(topic, data, genericReaders,
                writerSchema -> new GenericDatumReader<>(writerSchema, withUtf8Strings(schema), genericModel));
    }

    /** Reads {@code data} with the reader for its writer's schema, made by {@code newReader} the first time. */
    private <R> R decode(String topic, byte[] data, Map<Long, DatumReader<R>> cache,
                         Function<Schema, DatumReader<R>> newReader) {
        if (data == null) {
            return null;
        }
        long writtenWith = checkHeader(topic, data);
        DatumReader<R> reader = cache.get(writtenWith);
        if (reader == null) {
            Schema writerSchema = writtenWith == fingerprint ? schema : writerSchema(writtenWith, topic);
            reader = cache.computeIfAbsent(writtenWith, fp -> newReader.apply(writerSchema));
        }
        Codec codec = CODECS.get();
        try {
            codec.decoder = DecoderFactory.get()
                    .binaryDecoder(data, HEADER_BYTES, data.length - HEADER_BYTES, codec.decoder);
            return reader.read(null, codec.decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Record on " + topic + " could not be decoded as "
                    + type.getSimpleName() + ": " + e, e);
        }
    }

    /** The writer schema's fingerprint, once the message is known to have the single-object header. */
    private long checkHeader(String topic, byte[] data) {
        if (!hasHeader(data)) {
            throw new SerializationException("Record on " + topic + " is not an Avro single-object encoded "
                    + type.getSimpleName() + ": no C3 01 marker and schema fingerprint before the datum");
        }
        return fingerprintOf(data);
    }

    private Schema writerSchema(long writtenWith, String topic) {
        Schema writerSchema = catalog.findByFingerprint(writtenWith);
        if (writerSchema == null) {
            throw new SerializationException("Record on " + topic
                    + " was written with a schema this reader cannot find ("
                    + "fingerprint " + Long.toHexString(writtenWith) + "); is the writer newer and its schema not yet "
                    + "published to the schema topic?");
        }
        return writerSchema;
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

    /**
     * {@code schema} without the {@code avro.java.string} properties the compiler adds for {@code String} fields:
     * Avro's readers build a {@link String} for every string whose schema carries one.
     */
    static Schema withUtf8Strings(Schema schema) {
        try {
            JsonNode tree = JSON.readTree(schema.toString());
            removeStringType(tree);
            return new Schema.Parser().parse(JSON.writeValueAsString(tree));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the schema of " + schema.getFullName(), e);
        }
    }

    private static void removeStringType(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(GenericData.STRING_PROP);
        }
        node.forEach(AvroSerde::removeStringType);
    }

    private static boolean hasHeader(byte[] message) {
        return message.length >= HEADER_BYTES && message[0] == MARKER_0 && message[1] == MARKER_1;
    }

    /** The writer schema's fingerprint in a message that {@link #hasHeader has its header}. */
    private static long fingerprintOf(byte[] message) {
        return ByteBuffer.wrap(message, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }
}
