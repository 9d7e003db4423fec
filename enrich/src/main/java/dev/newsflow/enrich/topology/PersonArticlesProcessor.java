package dev.newsflow.enrich.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.newsflow.enrich.people.PersonArticle;
import dev.newsflow.schemas.EntityMention;

/**
 * Keeps, per person and article, one {@link PersonArticle} in the {@value PeopleTopology#ARTICLES_STORE} store: the
 * person's articles with their dates, for the reader's person view. The record key is the person's key on the
 * mentions topic; the store key adds the date and the article id, so the entries stay in the task (and the partition)
 * of the person, beside the person's {@value PeopleTopology#STORE} entry. Forwards nothing.
 */
final class PersonArticlesProcessor implements Processor<String, EntityMention, Void, Void> {

    private KeyValueStore<String, PersonArticle> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(PeopleTopology.ARTICLES_STORE);
    }

    @Override
    public void process(Record<String, EntityMention> record) {
        EntityMention mention = record.value();
        String key = PersonArticle.key(record.key(), mention.getDate(), mention.getArticleId());
        PersonArticle known = store.get(key);
        store.put(key, known == null ? PersonArticle.of(mention) : known.plus(mention));
    }
}
