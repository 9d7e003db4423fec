package dev.newsflow.examples;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.EntityType;
import dev.newsflow.topics.SchemaCatalog;
import dev.newsflow.topics.SchemaTopic;
import dev.newsflow.topics.Topic;
import dev.newsflow.topics.Topics;

/**
 * A downstream consumer of newsflow's enriched articles, using only the published {@code newsflow-schemas}
 * module (generated classes, serdes, topic names). It prints one line per article: id, paper, date,
 * headline and the people named in it.
 *
 * <pre>
 * # dependency: dev.newsflow:newsflow-schemas
 * java -cp … dev.newsflow.examples.ArticleConsumer localhost:9092 my-team
 * </pre>
 *
 * Three things a consumer does: reads with {@code isolation.level=read_committed} (newsflow writes in
 * transactions; aborted records must not be seen), takes the topic and its serdes from {@link Topics}, and
 * backs the schema catalog with the schemas topic, so that articles written by a newer newsflow (a
 * compatible schema this build does not know) are still read, resolved against this build's schema.
 */
public final class ArticleConsumer {

    private ArticleConsumer() {
    }

    public static void main(String[] args) {
        String bootstrap = args.length > 0 ? args[0]
                : System.getenv().getOrDefault("NEWSFLOW_BOOTSTRAP_SERVERS", "localhost:9092");
        String group = args.length > 1 ? args[1] : "newsflow-article-consumer";
        String prefix = System.getenv().getOrDefault("NEWSFLOW_TOPIC_PREFIX", Topics.DEFAULT_PREFIX);
        consume(bootstrap, prefix, group, Long.MAX_VALUE, System.out::println);
    }

    /** Reads articles from the group's position (the beginning for a new group) until {@code max} were read. */
    public static void consume(String bootstrap, String prefix, String group, long max, Consumer<String> out) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // the schema catalog reads the schemas topic with these settings (no group needed)
        Map<String, Object> client = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        Topics topics = new Topics(prefix, Topics.DEFAULT_PARTITIONS,
                SchemaCatalog.backedBy(new SchemaTopic(client, prefix + "schemas")));
        Topic<String, EnrichedArticle> articles = topics.articles();

        long read = 0;
        try (var consumer = new KafkaConsumer<>(config, articles.keyDeserializer(), articles.valueDeserializer())) {
            consumer.subscribe(List.of(articles.name()));
            while (read < max) {
                for (ConsumerRecord<String, EnrichedArticle> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null) {
                        out.accept(describe(record.value()));
                        read++;
                    }
                }
            }
        }
    }

    /** {@code id  paper date  title  [people]} */
    static String describe(EnrichedArticle a) {
        String title = a.getHeadline() == null ? "(no headline)" : a.getHeadline().getTitle();
        String people = a.getEntities().stream()
                .filter(e -> e.getType() == EntityType.PERSON)
                .map(e -> e.getTitle() == null ? e.getText() : e.getTitle() + e.getText())
                .distinct()
                .collect(Collectors.joining(", "));
        return a.getId() + "  " + a.getPage().getPaper() + " " + a.getPage().getDate() + "  " + title + "  [" + people
                + "]";
    }
}
