package dev.newsflow.app;

import java.util.Map;

import dev.newsflow.topics.TopicAdmin;
import dev.newsflow.topics.Topics;

/**
 * What every command that runs a stage does first, in one place: make sure the cluster answers, create the
 * topics that are missing and publish this build's schemas to the schemas topic (so that any reader can resolve
 * what this process writes).
 *
 * @param replication replicas of the topics (and of Streams' internal topics)
 */
record KafkaSetup(Map<String, Object> client, Topics topics, short replication) {

    /** Replicas when the user asks for none: three where the cluster has them, else one per broker. */
    private static final int DEFAULT_MAX_REPLICAS = 3;

    static KafkaSetup of(KafkaOptions kafka, Map<String, Object> client) {
        int brokers = ClusterReach.brokers(client);
        short replication = kafka.replicationFactor > 0 ? kafka.replicationFactor
                : (short) Math.min(DEFAULT_MAX_REPLICAS, brokers);
        Topics topics = kafka.topics(client);
        TopicAdmin.createTopics(client, topics.all(), replication);
        topics.catalog().publish();
        return new KafkaSetup(client, topics, replication);
    }
}
