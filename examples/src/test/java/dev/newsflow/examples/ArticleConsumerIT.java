package dev.newsflow.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.schemas.ArticleKind;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.Entity;
import dev.newsflow.schemas.EntityType;
import dev.newsflow.schemas.Headline;
import dev.newsflow.schemas.PageRef;
import dev.newsflow.testkit.SharedKafka;
import dev.newsflow.topics.SchemaCatalog;
import dev.newsflow.topics.TopicAdmin;
import dev.newsflow.topics.Topics;

/** The example consumer reads what a newsflow writer published, with the schemas module alone. */
@ExtendWith(SharedKafka.class)
class ArticleConsumerIT {

    @Test
    void printsEachArticleWithItsHeadlineAndPeople(EmbeddedKafkaCluster kafka) throws Exception {
        String prefix = "example-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Map<String, Object> client = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        Topics topics = new Topics(prefix, 1, SchemaCatalog.builtIn());
        TopicAdmin.createTopics(client, topics.all(), (short) 1);
        EnrichedArticle article = EnrichedArticle.newBuilder()
                .setId("14de17e36ab3497a-03")
                .setPage(PageRef.newBuilder().setId("14de17e36ab3497a").setFile("000.txt").setPaper("无锡日报")
                .setDate("2022-12-10").build())
                .setKind(ArticleKind.news)
                .setHeadline(Headline.newBuilder().setTitle("市委常委会召开会议").build())
                .setText("市委书记杜小刚主持会议。")
                .setEntities(List.of(Entity.newBuilder().setText("杜小刚").setType(EntityType.PERSON).setStart(4).setEnd(7)
                        .setTitle("市委书记").build()))
                .build();
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(producerConfig,
                topics.articles().keySerializer(), topics.articles().valueSerializer())) {
            producer.send(new ProducerRecord<>(topics.articles().name(), article.getId(), article)).get();
        }

        List<String> lines = new CopyOnWriteArrayList<>();
        ArticleConsumer.consume(kafka.bootstrapServers(), prefix, prefix + "reader", 1, lines::add);

        assertThat(lines).containsExactly("14de17e36ab3497a-03  无锡日报 2022-12-10  市委常委会召开会议  [市委书记杜小刚]");
    }
}
