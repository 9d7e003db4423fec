package dev.newsflow.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.enrich.topology.PeopleTopology;
import dev.newsflow.topics.Topics;

/** The people directory as a Kafka Streams application of its own, beside enrich. */
final class PeopleApp {

    private PeopleApp() {
    }

    /**
     * @param server    this instance's HTTP address, advertised as {@code application.server} so that any
     *                  instance can tell which one holds a name; null when it serves no HTTP
     * @param jsonTopic also write the people topic's plain-JSON twin
     */
    static EnrichApp create(Topics topics, Map<String, Object> client, String applicationId, Path stateDir,
                            int standbyReplicas, short replication, HostInfo server, boolean jsonTopic) {
        Properties overrides = new Properties();
        if (server != null) {
            overrides.put(StreamsConfig.APPLICATION_SERVER_CONFIG, server.host() + ":" + server.port());
        }
        return new EnrichApp(PeopleTopology.build(topics, jsonTopic),
                EnrichApp.config(client, applicationId, stateDir, 1, standbyReplicas, replication, overrides));
    }
}
