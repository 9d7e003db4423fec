package dev.newsflow.enrich.topology;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

import dev.newsflow.enrich.people.PersonArticle;
import dev.newsflow.enrich.people.PersonDirectory;
import dev.newsflow.json.JsonSerde;
import dev.newsflow.schemas.EntityMention;
import dev.newsflow.schemas.EntityType;
import dev.newsflow.schemas.Person;
import dev.newsflow.topics.Topics;

/**
 * The people directory: entity mentions of people, aggregated per person into the queryable store
 * {@value #STORE} and published to the compacted people topic.
 *
 * <pre>
 * entity-mentions → decode-mention ─┬→ persons-only ─┬→ aggregate-person [people] → key-by-name → people
 *                                    │                │                                        (, people.json)
 *                                    │                └→ person-articles [person-articles]
 *                                    └→ (undecodable) → dead-letters
 * </pre>
 * The store is keyed like the mentions topic ({@code PERSON:杜小刚}), so the aggregation needs no
 * repartitioning and the owner of a name is found with {@link #storeKey(String)}; the people topic is
 * keyed by the plain normalized name. The store {@value #ARTICLES_STORE} keeps each person's articles with their
 * dates and headlines ({@link PersonArticle}), in the same task as the person, for the reader's person view.
 */
public final class PeopleTopology {

    /** The state store of the directory, for interactive queries. */
    public static final String STORE = "people";
    /** Per person and article: date, paper, headline, title and mentions ({@link PersonArticle}). */
    public static final String ARTICLES_STORE = "person-articles";
    private static final int DEAD_LETTER_MAX_BYTES = 256 * 1024;

    private PeopleTopology() {
    }

    /** @param jsonTopic also write each change to the people topic's plain-JSON twin, in the same transaction */
    public static Topology build(Topics topics, boolean jsonTopic) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES_STORE),
                Serdes.String(), JsonSerde.of(PersonArticle.class)));
        DeadLetters letters = new DeadLetters(DEAD_LETTER_MAX_BYTES);
        KStream<String, Step<EntityMention>> mentions = builder
                .stream(topics.entityMentions().name(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("entity-mentions"))
                .processValues(() -> new DecodeProcessor<EntityMention, EntityMention>(topics.entityMentions(),
                        m -> m, letters), Named.as("decode-mention"));
        mentions.split(Named.as("mention-"))
                .branch((key, step) -> step instanceof Step.Ok<EntityMention>,
                        Branched.withConsumer(ok -> aggregate(ok, topics, jsonTopic), "ok"))
                .defaultBranch(Branched.withConsumer(failed -> failed
                        .map((key, step) -> KeyValue.pair(key, ((Step.Failed<EntityMention>) step).letter()),
                                Named.as("mention-dead-letter"))
                        .to(topics.deadLetters().name(), Produced.with(topics.deadLetters().keySerde(),
                                topics.deadLetters().valueSerde()).withName("mention-to-dead-letters")), "failed"));
        return builder.build();
    }

    private static void aggregate(KStream<String, Step<EntityMention>> ok, Topics topics, boolean jsonTopic) {
        KStream<String, EntityMention> persons = ok
                .mapValues(step -> ((Step.Ok<EntityMention>) step).value(), Named.as("unwrap-mention"))
                .filter((key, mention) -> mention.getType() == EntityType.PERSON, Named.as("persons-only"));
        persons.process(PersonArticlesProcessor::new, Named.as("person-articles"), ARTICLES_STORE);
        KStream<String, Person> people = persons
                .groupByKey(Grouped.as("by-person"))
                .aggregate(PersonDirectory::empty, (key, mention, person) -> PersonDirectory.add(person, mention),
                        Named.as("aggregate-person"),
                        Materialized.<String, Person, KeyValueStore<Bytes, byte[]>>as(STORE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(topics.people().valueSerde()))
                .toStream(Named.as("people-changes"))
                .selectKey((key, person) -> person.getName(), Named.as("key-by-name"));
        people.to(topics.people().name(), Produced.with(topics.people().keySerde(), topics.people().valueSerde())
                .withName("to-people"));
        if (jsonTopic) {
            people.to(topics.peopleJson().name(), Produced.with(topics.peopleJson().keySerde(),
                    topics.peopleJson().valueSerde()).withName("to-people-json"));
        }
    }

    /** The key of a person in {@link #STORE}: as on the mentions topic, {@code PERSON:<normalized name>}. */
    public static String storeKey(String name) {
        return EntityType.PERSON + ":" + ArticleMapper.normalize(name);
    }
}
