package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.json.PlainJson;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.testkit.Seeds;
import dev.newsflow.testkit.SharedKafka;
import dev.newsflow.testkit.TopicReader;
import dev.newsflow.topics.SchemaTopic;
import dev.newsflow.topics.TopicAdmin;
import dev.newsflow.topics.Topics;

/**
 * Start-up against a cluster whose schema topic already holds an article schema published by another build: a build
 * whose schema is not mutually compatible with it does not start, and says which field; one that only adds an
 * optional field starts and publishes its schema.
 */
@ExtendWith(SharedKafka.class)
class SchemaEvolutionIT {

    private static final Duration LIMIT = Duration.ofMinutes(3);
    private static final String ARTICLE = EnrichedArticle.getClassSchema().toString();

    @TempDir
    Path out;

    /** Topics of their own on the shared broker. */
    private static KafkaOptions options(String bootstrap) {
        return KafkaOptions.of(bootstrap, "evolve-" + UUID.randomUUID().toString().substring(0, 8) + ".", 1, (short) 1);
    }

    /** The article schema of this build, as another build edited it. */
    private static Schema article(String from, String to) {
        assertThat(ARTICLE).contains(from);
        return new Schema.Parser().parse(ARTICLE.replace(from, to));
    }

    @Test
    void runDoesNotStartWhenItsArticleSchemaIsIncompatibleWithThePublishedOne(EmbeddedKafkaCluster kafka)
            throws Exception {
        String bootstrap = kafka.bootstrapServers();
        KafkaOptions options = options(bootstrap);
        Map<String, Object> client = options.clientConfig(bootstrap);
        Topics topics = options.topics(client);
        TopicAdmin.createTopics(client, topics.all(), (short) 1);
        // another build, whose amounts carry their value as a string, published its schema first
        Schema other = article("{\"name\":\"value\",\"type\":\"double\"", "{\"name\":\"value\",\"type\":\"string\"");
        new SchemaTopic(client, topics.schemas().name()).publish(List.of(other));

        Forked.Result run = Forked.run(LIMIT, "run", Seeds.dir().toString(), "--out", out.toString(),
                "--bootstrap-servers", bootstrap, "--topic-prefix", topics.prefix(), "--replication-factor", "1");

        assertThat(run.exit()).as(run.stderr()).isNotZero();
        run.stderr().lines().filter(l -> l.contains("not compatible")).forEach(System.err::println);
        assertThat(run.stderr())
                .contains("Schema dev.newsflow.schemas.EnrichedArticle of this build")
                .contains("is not compatible with the latest one on the schema topic " + topics.schemas().name())
                .contains("field amounts[].value: reader type: STRING not compatible with writer type: DOUBLE");
        assertThat(TopicReader.readAll(bootstrap, topics.rawPages())).as("no page ingested").isEmpty();
        assertThat(TopicReader.readAll(bootstrap, topics.schemas())).as("none of this build's schemas published")
                .hasSize(1);
    }

    @Test
    void startUpAcceptsAndPublishesOnceASchemaThatAddsAnOptionalField(EmbeddedKafkaCluster kafka) throws Exception {
        String bootstrap = kafka.bootstrapServers();
        KafkaOptions options = options(bootstrap);
        Map<String, Object> client = options.clientConfig(bootstrap);
        Topics topics = options.topics(client);
        TopicAdmin.createTopics(client, topics.all(), (short) 1);
        // an older build published its article schema: this build's without the optional field added since
        Schema older = withoutAmountField("exact_value");
        new SchemaTopic(client, topics.schemas().name()).publish(List.of(older));

        KafkaSetup.of(options, client);
        int afterFirst = TopicReader.readAll(bootstrap, topics.schemas()).size();
        KafkaSetup.of(options, client);

        List<Schema> published = TopicReader.readAll(bootstrap, topics.schemas()).stream()
                .map(r -> new Schema.Parser().parse(r.value())).toList();
        assertThat(published).hasSize(afterFirst).as("published once").startsWith(older)
                .contains(EnrichedArticle.getClassSchema());
    }

    /** The article schema of this build without one field of its amounts. */
    private static Schema withoutAmountField(String name) throws Exception {
        ObjectNode schema = (ObjectNode) PlainJson.mapper().readTree(ARTICLE);
        for (JsonNode field : schema.get("fields")) {
            if (field.get("name").asText().equals("amounts")) {
                ArrayNode amountFields = (ArrayNode) field.get("type").get("items").get("fields");
                for (int i = 0; i < amountFields.size(); i++) {
                    if (amountFields.get(i).get("name").asText().equals(name)) {
                        amountFields.remove(i);
                        return new Schema.Parser().parse(schema.toString());
                    }
                }
            }
        }
        throw new IllegalStateException("no amount field " + name);
    }
}
