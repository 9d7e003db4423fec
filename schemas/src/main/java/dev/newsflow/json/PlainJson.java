package dev.newsflow.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.util.Utf8;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Avro records as plain JSON: a union is written as its value (no {@code {"string": …}} wrapper),
 * an enum as its symbol, bytes as base64, timestamps as ISO-8601, a double as the shortest decimal that reads back
 * as the same double, in plain notation ({@code 206632000000}, not {@code 2.06632E11}). This is the JSON Lines format
 * of the sink, of the JSON topics and of {@code newsflow tail}; field names are the Avro field names.
 */
public final class PlainJson {

    /**
     * Characters beyond the Basic Multilingual Plane (rare hanzi of names, emoji) go out as their four UTF-8 bytes, as
     * in the one-line form, not as escapes of their two UTF-16 surrogates (Jackson's default for UTF-8).
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private PlainJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON in UTF-8, no trailing newline: a record's value on a JSON topic. */
    public static byte[] bytes(IndexedRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            write(json, record, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + record.getSchema().getFullName() + " as JSON", e);
        }
        return out.toByteArray();
    }

    /** One line of JSON, no trailing newline. */
    public static String write(IndexedRecord record) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            write(json, record, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + record.getSchema().getFullName() + " as JSON", e);
        }
        return out.toString();
    }

    /**
     * JSON Lines: each record as one line of JSON (as {@link #write(IndexedRecord)} writes it) and a newline,
     * encoded in UTF-8 straight onto {@code out}, which stays open.
     */
    public static void writeLines(Iterable<? extends IndexedRecord> records, OutputStream out) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            // no space between root values: each line ends with a newline of its own
            json.setRootValueSeparator(null);
            for (IndexedRecord record : records) {
                write(json, record, true);
                json.writeRaw('\n');
            }
        }
    }

    /**
     * The record streamed as JSON by the rules of {@link #toPlain}, without building the maps in between. With
     * {@code utf8Out} (a generator writing UTF-8 bytes) an Avro {@link Utf8} string goes out as its bytes, escaped
     * but never decoded (what a generic reader of Avro gives for a string).
     */
    private static void write(JsonGenerator json, IndexedRecord record, boolean utf8Out) throws IOException {
        json.writeStartObject();
        for (Schema.Field field : record.getSchema().getFields()) {
            json.writeFieldName(field.name());
            writeValue(json, record.get(field.pos()), utf8Out);
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Object v, boolean utf8Out) throws IOException {
        if (v == null) {
            json.writeNull();
        } else if (utf8Out && v instanceof Utf8 u) {
            json.writeUTF8String(u.getBytes(), 0, u.getByteLength());
        } else if (v instanceof CharSequence s) {
            json.writeString(s.toString());
        } else if (v instanceof IndexedRecord r) {
            write(json, r, utf8Out);
        } else if (v instanceof Collection<?> c) {
            json.writeStartArray();
            for (Object item : c) {
                writeValue(json, item, utf8Out);
            }
            json.writeEndArray();
        } else if (v instanceof Map<?, ?> m) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                json.writeFieldName(e.getKey().toString());
                writeValue(json, e.getValue(), utf8Out);
            }
            json.writeEndObject();
        } else if (v instanceof Integer i) {
            json.writeNumber(i);
        } else if (v instanceof Long l) {
            json.writeNumber(l);
        } else if (v instanceof Double d) {
            writeDouble(json, d);
        } else if (v instanceof Float f) {
            json.writeNumber(f);
        } else if (v instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (v instanceof Number) {
            // other numbers as Jackson's serializers write them (the common ones above skip their lookup)
            json.writeObject(v);
        } else {
            // enums, bytes, fixed, timestamps and anything else: the string toPlain makes of them
            json.writeString((String) value(v));
        }
    }

    private static void writeDouble(JsonGenerator json, double d) throws IOException {
        if (Double.isFinite(d)) {
            json.writeNumber(decimal(d).toPlainString());
        } else {
            json.writeNumber(d);
        }
    }

    /**
     * The shortest decimal that reads back as {@code d} (Jackson's Schubfach writer, as Java 19's
     * {@code Double.toString}; Java 17's is sometimes a digit longer), without trailing zeros. An exact decimal of
     * up to 15 significant digits that was rounded to a double comes back as itself: 2066.32 × 10⁸ converted
     * exactly gives 206632000000, where multiplying doubles gave 206632000000.00003.
     */
    static BigDecimal decimal(double d) {
        BigDecimal shortest = new BigDecimal(NumberOutput.toString(d, true));
        return shortest.signum() == 0 ? BigDecimal.ZERO : shortest.stripTrailingZeros();
    }

    /** The record as nested maps, lists, strings, numbers and booleans. */
    public static Map<String, Object> toPlain(IndexedRecord record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Schema.Field field : record.getSchema().getFields()) {
            out.put(field.name(), value(record.get(field.pos())));
        }
        return out;
    }

    private static Object value(Object v) {
        if (v instanceof IndexedRecord r) {
            return toPlain(r);
        }
        if (v instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>(c.size());
            for (Object item : c) {
                list.add(value(item));
            }
            return list;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.forEach((k, item) -> map.put(k.toString(), value(item)));
            return map;
        }
        return scalar(v);
    }

    /**
     * A value that holds no other: a finite double as its shortest decimal, booleans and other numbers as they are,
     * bytes as Base64, and everything else (strings, enum symbols, dates, instants) as its text.
     */
    private static Object scalar(Object v) {
        if (v instanceof Double d && Double.isFinite(d)) {
            return decimal(d);
        }
        if (v == null || v instanceof Boolean || v instanceof Number) {
            return v;
        }
        if (v instanceof ByteBuffer b) {
            ByteBuffer copy = b.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (v instanceof GenericData.Fixed f) {
            return Base64.getEncoder().encodeToString(f.bytes());
        }
        return v.toString();
    }
}
