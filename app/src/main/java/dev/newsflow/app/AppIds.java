package dev.newsflow.app;

import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.topics.Topics;

/**
 * The Kafka Streams application ids and consumer groups of one pipeline. Topics of another prefix are
 * another pipeline: its applications and groups must not meet this one's.
 */
record AppIds(String enrich, String people, String reader, String sink) {

    static AppIds of(KafkaOptions kafka) {
        boolean defaultPrefix = Topics.DEFAULT_PREFIX.equals(kafka.topicPrefix);
        String enrich = defaultPrefix ? EnrichApp.DEFAULT_APPLICATION_ID : kafka.topicPrefix + "enrich";
        String sink = defaultPrefix ? "newsflow-sink" : kafka.topicPrefix + "sink";
        return new AppIds(enrich, people(enrich), reader(enrich), sink);
    }

    /** The people directory runs beside enrich, as an application of its own. */
    static String people(String enrichApplicationId) {
        return enrichApplicationId + "-people";
    }

    /** The reader's index of the archive runs beside enrich, as an application of its own. */
    static String reader(String enrichApplicationId) {
        return enrichApplicationId + "-reader";
    }
}
