package dev.newsflow.service.reader.index;

import java.util.Optional;
import java.util.Set;

import org.apache.kafka.streams.processor.StreamPartitioner;

import dev.newsflow.topics.EditionKey;

/**
 * The partition of a reader key: that of its edition on the raw-pages topic ({@link EditionKey#partition}, as ingest
 * places a page and enrich an article). Used to repartition stories and dead letters by edition, and to find the
 * instance that holds an edition ({@code KafkaStreams#queryMetadataForKey}).
 *
 * @param <V> the type of the values, which play no part
 */
public final class EditionPartitioner<V> implements StreamPartitioner<String, V> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, V value, int numPartitions) {
        return Optional.of(Set.of(EditionKey.partition(ReaderKeys.editionOf(key), numPartitions)));
    }
}
