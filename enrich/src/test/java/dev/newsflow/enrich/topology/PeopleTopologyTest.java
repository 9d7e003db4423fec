package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.enrich.people.PersonArticle;
import dev.newsflow.json.PlainJson;
import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.schemas.EntityMention;
import dev.newsflow.schemas.EntityType;
import dev.newsflow.schemas.Person;
import dev.newsflow.topics.Topics;

class PeopleTopologyTest {

    private final Topics topics = Topics.defaults();

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver() {
        return driver(true);
    }

    private TopologyTestDriver driver(boolean jsonTopic) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "people-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new TopologyTestDriver(PeopleTopology.build(topics, jsonTopic), p);
    }

    private static EntityMention mention(EntityType type, String name, String title, String article, String date) {
        return EntityMention.newBuilder().setEntity(name).setType(type).setText(name).setTitle(title)
                .setArticleId(article).setPageId(article.substring(0, 2)).setPaper("无锡日报").setDate(date)
                .setHeadline("headline of " + article).setStart(0).setEnd(name.length()).build();
    }

    private void pipe(TestInputTopic<String, byte[]> in, EntityMention m) {
        in.pipeInput(m.getType() + ":" + m.getEntity(),
                topics.entityMentions().valueSerializer().serialize(topics.entityMentions().name(), m));
    }

    @Test
    void aggregatesMentionsOfAPersonIntoTitlesDatesAndArticlesQueryableAndOnThePeopleTopic() {
        try (TopologyTestDriver d = driver()) {
            var in = d.createInputTopic(topics.entityMentions().name(), Serdes.String().serializer(),
                    Serdes.ByteArray().serializer());
            var people = d.createOutputTopic(topics.people().name(), topics.people().keyDeserializer(),
                    topics.people().valueDeserializer());
            pipe(in, mention(EntityType.PERSON, "杜小刚", "市委书记", "p2-1", "2022-12-10"));
            pipe(in, mention(EntityType.PERSON, "杜小刚", null, "p2-1", "2022-12-10"));
            pipe(in, mention(EntityType.ORGANIZATION, "无锡市委", null, "p2-1", "2022-12-10"));
            pipe(in, mention(EntityType.PERSON, "杜小刚", "市人大常委会主任", "p1-3", "2022-12-09"));
            pipe(in, mention(EntityType.PERSON, "赵建军", "市长", "p1-3", "2022-12-09"));

            Map<String, Person> latest = people.readKeyValuesToMap();
            assertThat(latest).containsOnlyKeys("杜小刚", "赵建军");
            Person du = latest.get("杜小刚");
            assertThat(du.getName()).isEqualTo("杜小刚");
            assertThat(du.getTitles()).containsExactly("市委书记", "市人大常委会主任");
            assertThat(du.getDates()).containsExactly("2022-12-09", "2022-12-10");
            assertThat(du.getArticleIds()).containsExactly("p2-1", "p1-3");
            assertThat(du.getArticles()).isEqualTo(2);
            assertThat(du.getMentions()).isEqualTo(3);
            assertThat(du.getPapers()).containsExactly("无锡日报");

            KeyValueStore<String, Person> store = d.getKeyValueStore(PeopleTopology.STORE);
            assertThat(store.get(PeopleTopology.storeKey("杜小刚"))).isEqualTo(du);
            assertThat(store.get(PeopleTopology.storeKey("无锡市委"))).isNull();
        }
    }

    @Test
    void keepsEachPersonsArticlesWithDateHeadlineTitleAndMentionsInOneRangeInDateOrder() {
        try (TopologyTestDriver d = driver()) {
            var in = d.createInputTopic(topics.entityMentions().name(), Serdes.String().serializer(),
                    Serdes.ByteArray().serializer());
            pipe(in, mention(EntityType.PERSON, "杜小刚", null, "p2-1", "2022-12-10"));
            pipe(in, mention(EntityType.PERSON, "杜小刚", "市委书记", "p2-1", "2022-12-10"));
            pipe(in, mention(EntityType.PERSON, "杜小刚", "市委书记", "p1-3", "2022-12-09"));
            pipe(in, mention(EntityType.PERSON, "杜小", null, "p9-1", "2022-12-11"));
            pipe(in, mention(EntityType.LOCATION, "杜小刚", null, "p8-1", "2022-12-11"));

            KeyValueStore<String, PersonArticle> store = d.getKeyValueStore(PeopleTopology.ARTICLES_STORE);
            String du = PeopleTopology.storeKey("杜小刚");
            List<PersonArticle> articles = new ArrayList<>();
            try (var it = store.range(PersonArticle.first(du), PersonArticle.pastLast(du))) {
                it.forEachRemaining((KeyValue<String, PersonArticle> kv) -> articles.add(kv.value));
            }
            assertThat(articles).containsExactly(
                    new PersonArticle("p1-3", "无锡日报", "2022-12-09", "headline of p1-3", "市委书记", 1),
                    new PersonArticle("p2-1", "无锡日报", "2022-12-10", "headline of p2-1", "市委书记", 2));
        }
    }

    @Test
    void aMentionThatCannotBeDecodedIsADeadLetterAndTheDirectoryGoesOn() {
        try (TopologyTestDriver d = driver()) {
            var in = d.createInputTopic(topics.entityMentions().name(), Serdes.String().serializer(),
                    Serdes.ByteArray().serializer());
            var people = d.createOutputTopic(topics.people().name(), topics.people().keyDeserializer(),
                    topics.people().valueDeserializer());
            var dead = d.createOutputTopic(topics.deadLetters().name(), topics.deadLetters().keyDeserializer(),
                    topics.deadLetters().valueDeserializer());
            in.pipeInput("PERSON:坏", "not avro".getBytes(StandardCharsets.UTF_8));
            pipe(in, mention(EntityType.PERSON, "杜小刚", "市委书记", "p2-1", "2022-12-10"));

            DeadLetter letter = dead.readValue();
            assertThat(letter.getStage()).isEqualTo("decode");
            assertThat(letter.getSourceTopic()).isEqualTo(topics.entityMentions().name());
            assertThat(letter.getErrorMessage()).contains("not an Avro single-object encoded EntityMention");
            assertThat(people.readKeyValuesToMap()).containsOnlyKeys("杜小刚");
        }
    }

    @Test
    void eachChangeOfAPersonIsOnThePeopleJsonTopicAsItsPlainJsonUnlessTurnedOff() {
        for (boolean json : new boolean[] {true, false}) {
            try (TopologyTestDriver d = driver(json)) {
                var in = d.createInputTopic(topics.entityMentions().name(), Serdes.String().serializer(),
                        Serdes.ByteArray().serializer());
                var people = d.createOutputTopic(topics.people().name(), topics.people().keyDeserializer(),
                        topics.people().valueDeserializer());
                pipe(in, mention(EntityType.PERSON, "杜小刚", "市委书记", "p2-1", "2022-12-10"));
                pipe(in, mention(EntityType.PERSON, "杜小刚", null, "p1-3", "2022-12-09"));

                var changes = people.readKeyValuesToList().stream()
                        .map(kv -> KeyValue.pair(kv.key, PlainJson.write(kv.value))).toList();
                assertThat(changes).hasSize(2);
                if (json) {
                    assertThat(d.createOutputTopic(topics.peopleJson().name(), new StringDeserializer(),
                            new StringDeserializer()).readKeyValuesToList()).isEqualTo(changes);
                } else {
                    assertThat(d.producedTopicNames()).doesNotContain(topics.peopleJson().name());
                }
            }
        }
    }
}
