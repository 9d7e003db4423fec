package dev.newsflow.json;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.IndexedRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.newsflow.topics.AvroTrust;

/**
 * Avro records as plain JSON: a union is written as its value (no {@code {"string": …}} wrapper),
 * an enum as its symbol, bytes as base64, timestamps as ISO-8601. This is the JSON Lines format of
 * the sink and of {@code newsflow tail}; field names are the Avro field names.
 */
public final class PlainJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        AvroTrust.install();
    }

    private PlainJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON, no trailing newline. */
    public static String write(IndexedRecord record) {
        try {
            return MAPPER.writeValueAsString(toPlain(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + record.getSchema().getFullName() + " as JSON", e);
        }
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
        if (v == null || v instanceof Boolean || v instanceof Number) {
            return v;
        }
        if (v instanceof CharSequence s) {
            return s.toString();
        }
        if (v instanceof IndexedRecord r) {
            return toPlain(r);
        }
        if (v instanceof GenericData.EnumSymbol || v instanceof Enum<?>) {
            return v.toString();
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
        if (v instanceof Instant || v instanceof LocalDate) {
            return v.toString();
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
        if (v instanceof GenericContainer) {
            return v.toString();
        }
        return v.toString();
    }
}
