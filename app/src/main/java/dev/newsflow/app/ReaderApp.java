package dev.newsflow.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.service.reader.index.ReaderTopology;
import dev.newsflow.topics.Topics;

/**
 * The reader's index of the archive ({@link ReaderTopology}) as a Kafka Streams application of its own, beside enrich
 * and the people directory: it reads what they publish and needs no language model.
 */
final class ReaderApp {

    private ReaderApp() {
    }

    /**
     * @param server this instance's HTTP address, advertised as {@code application.server} so that any instance can
     *               tell which one holds an edition
     */
    static EnrichApp create(Topics topics, Map<String, Object> client, String applicationId, Path stateDir,
                            int standbyReplicas, short replication, HostInfo server) {
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.APPLICATION_SERVER_CONFIG, server.host() + ":" + server.port());
        return new EnrichApp(ReaderTopology.build(topics),
                EnrichApp.config(client, applicationId, stateDir, 1, standbyReplicas, replication, overrides),
                EnrichApp.Models.NONE);
    }
}
