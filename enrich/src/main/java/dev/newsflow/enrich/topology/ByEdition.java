package dev.newsflow.enrich.topology;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

import dev.newsflow.topics.EditionKey;

/**
 * Puts an article on the partition its edition has on the raw-pages topic (the producer's default partitioning of
 * the edition key). A record keeps its key, the article id, and an article always lands on the same partition, so
 * compaction works as with key hashing; but the articles of an edition follow one another on one partition, written
 * by the one task that read its pages, and the sink writes them as one segment instead of many small ones.
 */
final class ByEdition implements StreamPartitioner<String, Values.Enriched> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, String articleId, Values.Enriched value, int numPartitions) {
        var page = value.article().getPage();
        byte[] edition = EditionKey.of(page.getPaper(), page.getDate(), page.getId()).getBytes(StandardCharsets.UTF_8);
        return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(edition)) % numPartitions));
    }
}
