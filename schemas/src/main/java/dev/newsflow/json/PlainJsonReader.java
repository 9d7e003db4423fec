package dev.newsflow.json;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.IndexedRecord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The inverse of {@link PlainJson}: an Avro datum of a given schema from its plain JSON. A union takes the value of
 * its first branch that reads it ({@code null} for a null branch), an enum its symbol, bytes and fixed their base64,
 * {@code timestamp-millis} its ISO-8601 instant and {@code date} its ISO date; a field missing from the JSON takes its
 * default, so JSON written before a field with a default was added reads too. Records and enums are made by the given
 * model ({@link org.apache.avro.specific.SpecificData} makes the generated classes). Pure.
 */
public final class PlainJsonReader {

    /** How much of a value that does not fit is quoted in the error. */
    private static final int SHOWN_CHARS = 40;

    private PlainJsonReader() {
    }

    /**
     * @throws IllegalArgumentException when {@code json} is not the plain JSON of a datum of {@code schema}, naming the
     *                                  field
     */
    public static Object read(JsonNode json, Schema schema, GenericData model) {
        return switch (schema.getType()) {
            case RECORD -> record(json, schema, model);
            case ARRAY -> array(json, schema, model);
            case MAP -> map(json, schema, model);
            case UNION -> union(json, schema, model);
            default -> scalar(json, schema, model);
        };
    }

    /** A value that does not parse (a date, base64) is a mismatch like any other. */
    private static Object scalar(JsonNode json, Schema schema, GenericData model) {
        try {
            return parseScalar(json, schema, model);
        } catch (Mismatch e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Mismatch("", schema.getType().getName() + " expected: " + e.getMessage());
        }
    }

    private static IndexedRecord record(JsonNode json, Schema schema, GenericData model) {
        require(json.isObject(), json, schema);
        IndexedRecord record = (IndexedRecord) model.newRecord(null, schema);
        for (Schema.Field field : schema.getFields()) {
            JsonNode value = json.get(field.name());
            if (value == null && !field.hasDefaultValue()) {
                throw new Mismatch(field.name(), "missing, and the field has no default");
            }
            try {
                Object datum = value == null ? model.getDefaultValue(field) : read(value, field.schema(), model);
                record.put(field.pos(), datum);
            } catch (Mismatch e) {
                throw new Mismatch(e.path.isEmpty() ? field.name() : field.name() + "." + e.path, e.problem);
            }
        }
        return record;
    }

    private static List<Object> array(JsonNode json, Schema schema, GenericData model) {
        require(json.isArray(), json, schema);
        List<Object> items = new ArrayList<>(json.size());
        for (JsonNode item : json) {
            items.add(read(item, schema.getElementType(), model));
        }
        return items;
    }

    private static Map<String, Object> map(JsonNode json, Schema schema, GenericData model) {
        require(json.isObject(), json, schema);
        Map<String, Object> values = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> values.put(e.getKey(), read(e.getValue(), schema.getValueType(), model)));
        return values;
    }

    private static Object union(JsonNode json, Schema schema, GenericData model) {
        Mismatch last = null;
        for (Schema branch : schema.getTypes()) {
            if (branch.getType() == Schema.Type.NULL) {
                if (json.isNull()) {
                    return null;
                }
                continue;
            }
            try {
                return read(json, branch, model);
            } catch (Mismatch e) {
                last = e;
            }
        }
        throw last != null ? last : mismatch(json, schema);
    }

    private static Object parseScalar(JsonNode json, Schema schema, GenericData model) {
        LogicalType logical = schema.getLogicalType();
        return switch (schema.getType()) {
            case STRING -> text(json, schema);
            case ENUM -> symbol(json, schema, model);
            case INT -> logical instanceof LogicalTypes.Date ? LocalDate.parse(text(json, schema))
                    : integer(json, schema);
            case LONG -> logical instanceof LogicalTypes.TimestampMillis ? Instant.parse(text(json, schema))
                    : whole(json, schema);
            case DOUBLE -> number(json, schema).doubleValue();
            case FLOAT -> number(json, schema).floatValue();
            case BOOLEAN -> {
                require(json.isBoolean(), json, schema);
                yield json.booleanValue();
            }
            case BYTES -> ByteBuffer.wrap(Base64.getDecoder().decode(text(json, schema)));
            case FIXED -> model.createFixed(null, Base64.getDecoder().decode(text(json, schema)), schema);
            case NULL -> {
                require(json.isNull(), json, schema);
                yield null;
            }
            default -> throw mismatch(json, schema);
        };
    }

    private static Object symbol(JsonNode json, Schema schema, GenericData model) {
        String symbol = text(json, schema);
        if (!schema.hasEnumSymbol(symbol)) {
            throw new Mismatch("", "one of " + schema.getEnumSymbols() + " expected, not " + symbol);
        }
        return model.createEnum(symbol, schema);
    }

    private static String text(JsonNode json, Schema schema) {
        require(json.isTextual(), json, schema);
        return json.textValue();
    }

    private static int integer(JsonNode json, Schema schema) {
        require(json.canConvertToInt() && json.isIntegralNumber(), json, schema);
        return json.intValue();
    }

    private static long whole(JsonNode json, Schema schema) {
        require(json.canConvertToLong() && json.isIntegralNumber(), json, schema);
        return json.longValue();
    }

    private static Number number(JsonNode json, Schema schema) {
        require(json.isNumber(), json, schema);
        return json.numberValue();
    }

    private static void require(boolean holds, JsonNode json, Schema schema) {
        if (!holds) {
            throw mismatch(json, schema);
        }
    }

    private static Mismatch mismatch(JsonNode json, Schema schema) {
        String shown = json.toString();
        return new Mismatch("", schema.getType().getName() + " expected, not "
                + (shown.length() > SHOWN_CHARS ? shown.substring(0, SHOWN_CHARS) + "…" : shown));
    }

    /** JSON that is not of the schema: what, and at which field path ({@code amounts.value}; empty at the top). */
    private static final class Mismatch extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String path;
        private final String problem;

        Mismatch(String path, String problem) {
            super(path.isEmpty() ? problem : path + ": " + problem);
            this.path = path;
            this.problem = problem;
        }
    }
}
