package dev.newsflow.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * docs/asyncapi.yaml against the code: one channel per topic of {@link Topics} (none missing, none stale),
 * each with the topic's name, key type, partitions and cleanup policy, and a payload that is the very Avro
 * schema (by parsing fingerprint) the topic's serde writes, read from the .avsc file it references.
 */
class AsyncApiContractTest {

    private static final Topics TOPICS = Topics.defaults();
    private static Path doc;
    private static JsonNode api;

    @BeforeAll
    static void read() throws IOException {
        doc = locate(Path.of("docs", "asyncapi.yaml"));
        api = new ObjectMapper(new YAMLFactory()).readTree(doc.toFile());
    }

    /** The file under the repository root, found above the working directory (a module or the root). */
    private static Path locate(Path relative) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(relative))) {
                return p.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void isAnAsyncApi3DocumentWithAKafkaServer() {
        assertThat(api.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(api.path("info").path("title").asText()).isNotBlank();
        assertThat(api.path("servers").elements()).toIterable()
                .anySatisfy(s -> assertThat(s.path("protocol").asText()).isEqualTo("kafka"));
    }

    @Test
    void hasOneChannelPerTopicAndNoOther() {
        List<String> addresses = new ArrayList<>();
        api.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(TOPICS.all().stream().map(Topic::name).toList());
    }

    @Test
    void everyChannelMatchesItsTopicsKeyPartitionsAndCleanupPolicy() {
        for (Topic<?, ?> topic : TOPICS.all()) {
            JsonNode channel = channel(topic);
            JsonNode kafka = channel.path("bindings").path("kafka");
            assertThat(kafka.path("topic").asText()).as(topic.name()).isEqualTo(topic.name());
            assertThat(kafka.path("topicConfiguration").path("cleanup.policy").get(0).asText()).as(topic.name())
                    .isEqualTo(topic.config().get(TopicConfig.CLEANUP_POLICY_CONFIG));
            String retention = topic.config().get(TopicConfig.RETENTION_MS_CONFIG);
            JsonNode documentedRetention = kafka.path("topicConfiguration").path("retention.ms");
            assertThat(documentedRetention.isMissingNode() ? null : documentedRetention.asText()).as(topic.name())
                    .isEqualTo(retention);
            if (topic.partitions() != Topics.DEFAULT_PARTITIONS) {
                // a fixed partition count (the others follow --partitions)
                assertThat(kafka.path("partitions").asInt()).as(topic.name()).isEqualTo(topic.partitions());
            }
            JsonNode message = message(channel);
            assertThat(topic.keySerde()).isInstanceOf(Serdes.StringSerde.class);
            assertThat(message.path("bindings").path("kafka").path("key").path("type").asText()).as(topic.name())
                    .isEqualTo("string");
        }
    }

    @Test
    void everyPayloadIsTheSchemaTheTopicsSerdeWrites() throws IOException {
        for (Topic<?, ?> topic : TOPICS.all()) {
            JsonNode message = message(channel(topic));
            JsonNode payload = message.path("payload");
            if (topic.valueSerde() instanceof AvroSerde<?> avro) {
                assertThat(payload.path("schemaFormat").asText()).as(topic.name())
                        .startsWith("application/vnd.apache.avro+json");
                assertDocumentsTheSchemaOf(topic, payload.path("schema").path("$ref"), avro.type());
            } else if (topic.valueSerde() instanceof PlainJsonSerde<?> json) {
                // plain JSON of the Avro record: an object whose fields the referenced schema gives
                assertThat(message.path("contentType").asText()).as(topic.name()).isEqualTo("application/json");
                assertThat(payload.path("type").asText()).as(topic.name()).isEqualTo("object");
                assertDocumentsTheSchemaOf(topic, payload.path("x-avro-schema").path("$ref"), json.type());
            } else {
                assertThat(topic.valueSerde()).isInstanceOf(Serdes.StringSerde.class);
                assertThat(payload.path("type").asText()).as(topic.name()).isEqualTo("string");
            }
        }
    }

    @Test
    void everyJsonTopicIsTheTwinOfAnAvroTopicWithItsKeysPartitionsAndCleanup() {
        List<Topic<?, ?>> twins = TOPICS.all().stream()
                .filter(t -> t.valueSerde() instanceof PlainJsonSerde<?>).toList();
        assertThat(twins).extracting(Topic::name).containsExactlyInAnyOrder("newsflow.articles.json",
                "newsflow.stories.json", "newsflow.entity-mentions.json", "newsflow.people.json");
        for (Topic<?, ?> twin : twins) {
            Topic<?, ?> avro = TOPICS.byName(twin.name().substring(0, twin.name().length() - ".json".length()));
            assertThat(((PlainJsonSerde<?>) twin.valueSerde()).type())
                    .isEqualTo(((AvroSerde<?>) avro.valueSerde()).type());
            assertThat(twin.partitions()).isEqualTo(avro.partitions());
            assertThat(twin.config()).isEqualTo(avro.config());
        }
    }

    /** The .avsc file {@code ref} points at is the schema compiled into the build for {@code type}. */
    private static void assertDocumentsTheSchemaOf(Topic<?, ?> topic, JsonNode ref, Class<?> type) throws IOException {
        Path avsc = doc.getParent().resolve(ref.asText()).normalize();
        Schema documented = avroSchemas().get(avsc.getFileName().toString());
        assertThat(documented).as(topic.name() + " → " + avsc).isNotNull();
        Schema written = SpecificData.get().getSchema(type);
        assertThat(documented.getFullName()).isEqualTo(written.getFullName());
        assertThat(SchemaNormalization.parsingFingerprint64(documented))
                .as(topic.name() + ": " + avsc.getFileName() + " is not the schema compiled into the build")
                .isEqualTo(SchemaNormalization.parsingFingerprint64(written));
    }

    @Test
    void everyMessageAndOperationIsUsedAndPointsAtSomethingThatExists() {
        Set<String> used = new HashSet<>();
        api.path("channels").forEach(c -> c.path("messages").forEach(m -> used.add(ref(m))));
        Set<String> defined = new HashSet<>();
        api.path("components").path("messages").fieldNames()
                .forEachRemaining(n -> defined.add("#/components/messages/" + n));
        assertThat(defined).isEqualTo(used);

        Set<String> channels = new HashSet<>();
        api.path("channels").fieldNames().forEachRemaining(n -> channels.add("#/channels/" + n));
        Set<String> operated = new HashSet<>();
        api.path("operations").forEach(op -> {
            assertThat(op.path("action").asText()).isIn("send", "receive");
            operated.add(ref(op.path("channel")));
        });
        assertThat(operated).isEqualTo(channels);
    }

    private static JsonNode channel(Topic<?, ?> topic) {
        List<JsonNode> found = new ArrayList<>();
        api.path("channels").forEach(c -> {
            if (c.path("address").asText().equals(topic.name())) {
                found.add(c);
            }
        });
        assertThat(found).as("channel of " + topic.name()).hasSize(1);
        return found.get(0);
    }

    /** The one message of a channel, resolved from components. */
    private static JsonNode message(JsonNode channel) {
        List<JsonNode> messages = new ArrayList<>();
        channel.path("messages").forEach(messages::add);
        assertThat(messages).hasSize(1);
        String ref = ref(messages.get(0));
        JsonNode message = api.at(ref.substring(1));
        assertThat(message.isMissingNode()).as(ref).isFalse();
        return message;
    }

    private static String ref(JsonNode node) {
        String ref = node.path("$ref").asText();
        assertThat(ref).startsWith("#/");
        return ref;
    }

    /** Every .avsc file the document may reference, parsed together (they refer to each other's types). */
    private static Map<String, Schema> avroSchemas() throws IOException {
        Path dir = locate(Path.of("schemas", "src", "main", "avro", "RawPage.avsc")).getParent();
        Schema.Parser parser = new Schema.Parser();
        Map<String, Schema> byFile = new HashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            // the enum first: records use it by name
            files = list.filter(p -> p.toString().endsWith(".avsc"))
                    .sorted((a, b) -> Boolean.compare(!a.endsWith("EntityType.avsc"), !b.endsWith("EntityType.avsc")))
                    .toList();
        }
        for (Path f : files) {
            byFile.put(f.getFileName().toString(), parser.parse(f.toFile()));
        }
        return byFile;
    }
}
