package dev.newsflow.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.avro.Schema;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema history on a compacted Kafka topic of one partition: key = fingerprint (hex), value = the schema's JSON,
 * in the order schemas were first published. Every writer publishes the schemas it writes with at start-up, once
 * each, after {@link SchemaEvolution} has checked them against the latest of their record; readers read the topic
 * when they meet a fingerprint they do not know. A schema registry, without a registry server.
 */
public final class SchemaTopic implements SchemaCatalog.Source {

    private static final Logger log = LoggerFactory.getLogger(SchemaTopic.class);

    private final Map<String, Object> clientConfig;
    private final String topic;

    public SchemaTopic(Map<String, Object> clientConfig, String topic) {
        this.clientConfig = Map.copyOf(clientConfig);
        this.topic = topic;
    }

    @Override
    public void publish(Collection<Schema> schemas) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (Schema schema : schemas) {
                String key = Long.toHexString(SchemaCatalog.fingerprint(schema));
                producer.send(new ProducerRecord<>(topic, key, schema.toString())).get();
            }
        } catch (ExecutionException e) {
            throw new KafkaException("Could not publish schemas to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted while publishing schemas to " + topic, e);
        }
    }

    @Override
    public List<Schema> readAll(Duration timeout) {
        List<Schema> schemas = new ArrayList<>();
        ReadToEnd.forEach(clientConfig, false, topic, new StringDeserializer(), new StringDeserializer(), timeout,
                timeout, record -> {
                    try {
                        schemas.add(new Schema.Parser().parse(record.value()));
                    } catch (RuntimeException e) {
                        log.warn("Ignoring unreadable schema at {}-{}@{}: {}", topic, record.partition(),
                                record.offset(), e.toString());
                    }
                });
        return schemas;
    }

    @Override
    public String toString() {
        return "the schema topic " + topic;
    }
}
