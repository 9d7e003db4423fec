package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.enrich.topology.PeopleTopology;
import dev.newsflow.json.PlainJson;
import dev.newsflow.schemas.EntityMention;
import dev.newsflow.schemas.EntityType;
import dev.newsflow.testkit.SharedKafka;
import dev.newsflow.topics.Topics;

/**
 * Two instances of the people directory share its partitions; either answers /people/{name} for every
 * name, forwarding to the instance that holds it.
 */
@ExtendWith(SharedKafka.class)
class PeopleRoutingIT {

    @TempDir
    Path state;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eitherInstanceAnswersForEveryPersonWhicheverHoldsIt(EmbeddedKafkaCluster kafka) throws Exception {
        String prefix = "people-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        KafkaOptions options = KafkaOptions.of(kafka.bootstrapServers(), prefix, 3, (short) 1);
        Map<String, Object> client = options.clientConfig(kafka.bootstrapServers());
        Topics topics = KafkaSetup.of(options, client).topics();
        List<String> names = List.of("杜小刚", "赵建军", "周文栋", "于捷普", "蒋敏", "陈菁菁", "高美梅", "惠晓婧", "王进健", "华安东");
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(producerConfig,
                topics.entityMentions().keySerializer(), topics.entityMentions().valueSerializer())) {
            for (String name : names) {
                EntityMention m = EntityMention.newBuilder().setEntity(name).setType(EntityType.PERSON).setText(name)
                        .setTitle("市长").setArticleId("a-" + name.hashCode()).setPageId("p").setPaper("无锡日报")
                        .setDate("2022-12-10").setStart(0).setEnd(name.length()).build();
                producer.send(new ProducerRecord<>(topics.entityMentions().name(), PeopleTopology.storeKey(name), m))
                        .get();
            }
        }

        List<StageService> services = new ArrayList<>();
        List<EnrichApp> apps = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                StageService service = StageService.start(HttpOptions.of(0, "127.0.0.1", "127.0.0.1"), true,
                        System.err);
                EnrichApp app = PeopleApp.create(topics, client, prefix + "people", state.resolve("i" + i), 0,
                        (short) 1,
                        service.advertised(), true);
                service.people(app, topics);
                services.add(service);
                apps.add(app.start());
            }
            await(Duration.ofSeconds(60), () -> apps.stream().allMatch(a -> a.state() == KafkaStreams.State.RUNNING)
                    && names.stream()
                    .allMatch(n -> status(services.get(0), n) == 200 && status(services.get(1), n) == 200));

            Set<Integer> owners = new HashSet<>();
            for (String name : names) {
                owners.add(apps.get(0).streams()
                        .queryMetadataForKey(PeopleTopology.STORE, PeopleTopology.storeKey(name),
                        Serdes.String().serializer()).activeHost().port());
                for (StageService service : services) {
                    JsonNode person = PlainJson.mapper().readTree(get(service, name).body());
                    assertThat(person.get("name").asText()).isEqualTo(name);
                    assertThat(person.get("titles").get(0).asText()).isEqualTo("市长");
                }
            }
            // both instances hold some of the names: half of the answers above were forwarded
            assertThat(owners).containsExactlyInAnyOrder(services.get(0).port(), services.get(1).port());
            assertThat(status(services.get(1), "无名氏")).isEqualTo(404);
            assertThat(status(services.get(0), "无名氏")).isEqualTo(404);
        } finally {
            apps.forEach(EnrichApp::close);
            services.forEach(StageService::close);
        }
    }

    private int status(StageService service, String name) {
        return get(service, name).statusCode();
    }

    private HttpResponse<String> get(StageService service, String name) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/people/"
                    + URLEncoder.encode(name, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(Duration limit, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within " + limit);
            }
            Thread.sleep(100);
        }
    }
}
