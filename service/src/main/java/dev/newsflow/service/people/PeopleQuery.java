package dev.newsflow.service.people;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.newsflow.enrich.topology.PeopleTopology;
import dev.newsflow.json.PlainJson;
import dev.newsflow.schemas.Person;

/**
 * Answers {@code GET /people/{name}} from the people directory's state store (Kafka Streams interactive
 * queries). The store is partitioned like the entity-mentions topic: with several instances, each holds
 * some of the people. An instance asks Kafka Streams which instance owns the name
 * ({@link KafkaStreams#queryMetadataForKey}, from the {@code application.server} every instance
 * advertises) and forwards the request there, marking it so that it is never forwarded twice.
 */
public final class PeopleQuery {

    /** An HTTP answer: status and JSON body. */
    public record Answer(int status, String json) {
    }

    /** Request header marking a request one instance forwarded to another. */
    public static final String FORWARDED = "X-Newsflow-Forwarded";

    private static final Logger log = LoggerFactory.getLogger(PeopleQuery.class);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param self this instance's {@code application.server}; null when it advertises none (a single instance) */
    public PeopleQuery(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    /** @param name the person's name as given (normalized here); @param forwarded whether another instance sent it */
    public Answer get(String name, boolean forwarded) {
        if (name == null || name.isBlank()) {
            return error(400, "give a name: /people/{name}", name);
        }
        String key = PeopleTopology.storeKey(name);
        if (self != null) {
            KeyQueryMetadata owner = streams.queryMetadataForKey(PeopleTopology.STORE, key, Serdes.String().serializer());
            if (owner == null || KeyQueryMetadata.NOT_AVAILABLE.equals(owner)) {
                return error(503, "the people directory is not available yet (starting or rebalancing)", name);
            }
            if (!self.equals(owner.activeHost())) {
                return forwarded
                        ? error(503, "this instance no longer owns the name (rebalancing); ask again", name)
                        : forward(owner.activeHost(), name);
            }
        }
        try {
            ReadOnlyKeyValueStore<String, Person> store = streams.store(
                    StoreQueryParameters.fromNameAndType(PeopleTopology.STORE, QueryableStoreTypes.keyValueStore()));
            Person person = store.get(key);
            return person == null ? error(404, "unknown person", name) : new Answer(200, PlainJson.write(person));
        } catch (InvalidStateStoreException e) {
            return error(503, "the people directory is not queryable now (" + e.getMessage() + ")", name);
        }
    }

    private Answer forward(HostInfo owner, String name) {
        URI uri = URI.create("http://" + owner.host() + ":" + owner.port() + "/people/"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header(FORWARDED, "1").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            log.warn("Cannot forward /people/{} to {}: {}", name, uri, e.toString());
            return error(502, "the instance owning this name (" + owner.host() + ":" + owner.port() + ") does not answer", name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "interrupted", name);
        }
    }

    private static Answer error(int status, String message, String name) {
        try {
            return new Answer(status, PlainJson.mapper().writeValueAsString(Map.of("error", message, "name", String.valueOf(name))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
