package dev.newsflow.topics;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * Told of the long-lived Kafka clients a stage opens, e.g. to bind their metrics. Both methods run on the
 * stage's own thread, right after the client is created.
 */
public interface ClientListener {

    /** Listens to nothing. */
    ClientListener NONE = new ClientListener() {
    };

    default void opened(String role, Producer<?, ?> producer) {
    }

    default void opened(String role, Consumer<?, ?> consumer) {
    }
}
