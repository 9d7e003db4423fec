package dev.newsflow.topics;

import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A topic together with the serdes of its keys and values and how it is created.
 * Every topic newsflow reads or writes is one of these, defined once in {@link Topics}.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, int partitions,
                          Map<String, String> config, String doc) {

    public Serializer<K> keySerializer() {
        return keySerde.serializer();
    }

    public Serializer<V> valueSerializer() {
        return valueSerde.serializer();
    }

    public Deserializer<K> keyDeserializer() {
        return keySerde.deserializer();
    }

    public Deserializer<V> valueDeserializer() {
        return valueSerde.deserializer();
    }

    /** Decodes the value of a record read as bytes, e.g. by a tool that reads any topic. */
    public V value(ConsumerRecord<byte[], byte[]> record) {
        return record.value() == null ? null : valueDeserializer().deserialize(name, record.headers(), record.value());
    }

    public NewTopic newTopic(short replicationFactor, Map<String, String> extraConfig) {
        var all = new java.util.HashMap<>(config);
        all.putAll(extraConfig);
        return new NewTopic(name, Optional.of(partitions), Optional.of(replicationFactor)).configs(all);
    }
}
