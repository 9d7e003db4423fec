package dev.newsflow.service.reader.query;

import java.util.List;
import java.util.Objects;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Where the stores of one Kafka Streams application are: which instance holds a key (Kafka Streams' metadata, from the
 * {@code application.server} every instance advertises), which partitions this instance holds, and the other
 * instances; and a partition's store, read here.
 */
public final class StoreRouter {

    /** Who holds a key. */
    public sealed interface Owner permits Local, Remote, Unavailable {
    }

    /** This instance, in {@code partition}. */
    public record Local(int partition) implements Owner {
    }

    /** Another instance. */
    public record Remote(HostInfo host) implements Owner {
    }

    /** Nobody yet: the application is starting or rebalancing. */
    public record Unavailable(String reason) implements Owner {
    }

    private final KafkaStreams streams;
    private final HostInfo self;
    private final String sourceTopic;

    /**
     * @param self        this instance's {@code application.server}
     * @param sourceTopic a topic the stores' tasks read, whose partitions are the stores' partitions
     */
    public StoreRouter(KafkaStreams streams, HostInfo self, String sourceTopic) {
        this.streams = Objects.requireNonNull(streams);
        this.self = Objects.requireNonNull(self, "the stores are queried through the HTTP address they advertise");
        this.sourceTopic = sourceTopic;
    }

    /** Who holds {@code key} of {@code store}, placed by {@code partitioner}. */
    public <K> Owner owner(String store, K key, StreamPartitioner<? super K, ?> partitioner) {
        return owner(streams.queryMetadataForKey(store, key, partitioner));
    }

    /** Who holds {@code key} of {@code store}, placed as Kafka's default partitioner places a string key. */
    public Owner owner(String store, String key) {
        return owner(streams.queryMetadataForKey(store, key, Serdes.String().serializer()));
    }

    private Owner owner(KeyQueryMetadata metadata) {
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
            return new Unavailable("not available yet (starting or rebalancing)");
        }
        return self.equals(metadata.activeHost()) ? new Local(metadata.partition()) : new Remote(metadata.activeHost());
    }

    /** A store's partition on this instance; throws {@code InvalidStateStoreException} while it is not queryable. */
    public <V> ReadOnlyKeyValueStore<String, V> store(String store, int partition) {
        return streams.store(StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.<String, V>keyValueStore())
                .withPartition(partition));
    }

    /** The partitions this instance holds (its active tasks'), ascending. */
    public List<Integer> localPartitions() {
        return streams.metadataForLocalThreads().stream()
                .flatMap(thread -> thread.activeTasks().stream())
                .flatMap(task -> task.topicPartitions().stream())
                .filter(tp -> tp.topic().equals(sourceTopic))
                .map(tp -> tp.partition())
                .sorted()
                .distinct()
                .toList();
    }

    /** The other instances that hold partitions of {@code store}. */
    public List<HostInfo> others(String store) {
        return streams.streamsMetadataForStore(store).stream()
                .filter(m -> !m.topicPartitions().isEmpty())
                .map(StreamsMetadata::hostInfo)
                .filter(host -> !self.equals(host))
                .distinct()
                .toList();
    }
}
