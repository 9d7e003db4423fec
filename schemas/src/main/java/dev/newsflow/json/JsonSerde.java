package dev.newsflow.json;

import java.io.IOException;

import org.apache.kafka.common.errors.SerializationException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

import dev.newsflow.topics.SelfSerde;

/**
 * A Java record (or any Jackson-mappable class) as JSON bytes: the values of state stores that belong to one
 * application and never reach a topic other consumers read (their changelogs aside). Unknown fields are ignored,
 * so a store written by a newer version that added a field is still read by an older one.
 */
public final class JsonSerde<T> implements SelfSerde<T> {

    private final Class<T> type;
    private final ObjectWriter writer;
    private final ObjectReader reader;

    private JsonSerde(Class<T> type) {
        this.type = type;
        this.writer = PlainJson.mapper().writerFor(type);
        this.reader = PlainJson.mapper().readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(type);
    }

    @Override
    public byte[] serialize(String topic, T value) {
        if (value == null) {
            return null;
        }
        try {
            return writer.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new SerializationException("Cannot write " + type.getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return reader.readValue(bytes);
        } catch (IOException e) {
            throw new SerializationException("Cannot read " + type.getSimpleName() + " from JSON", e);
        }
    }
}
