package dev.newsflow.enrich.topology;

import java.util.Optional;
import java.util.Set;

import org.apache.kafka.streams.processor.StreamPartitioner;

import dev.newsflow.topics.EditionKey;

/**
 * Puts an article on the partition its edition has on the raw-pages topic ({@link EditionKey#partition}, as ingest
 * places it). A record keeps its key, the article id, and an article always lands on the same partition, so
 * compaction works as with key hashing; but the articles of an edition follow one another on one partition, written
 * by the one task that read its pages, and the sink writes them as one segment instead of many small ones.
 */
final class ByEdition implements StreamPartitioner<String, Values.Enriched> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, String articleId, Values.Enriched value, int numPartitions) {
        var page = value.article().getPage();
        return Optional.of(Set.of(EditionKey.partition(EditionKey.of(page.getPaper(), page.getDate(), page.getId()),
                numPartitions)));
    }
}
