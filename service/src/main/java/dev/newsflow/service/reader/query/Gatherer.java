package dev.newsflow.service.reader.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.service.http.Forwarder;

/**
 * Scatter-gather over the instances of one application: this instance's partitions read here, every other instance
 * asked for its own part (a JSON list from its {@code /api/local/…} address), all put together. An instance that does
 * not answer leaves the result incomplete, not failed.
 */
public final class Gatherer {

    /** Reads one instance's answer. */
    public interface Remote<T> {
        List<T> read(byte[] json) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(Gatherer.class);

    private final StoreRouter router;
    private final Forwarder forwarder;

    public Gatherer(StoreRouter router, Forwarder forwarder) {
        this.router = router;
        this.forwarder = forwarder;
    }

    /**
     * @param store        a store of the application (which instances hold it)
     * @param local        this instance's part, per partition
     * @param pathAndQuery where another instance answers with its own part (encoded)
     */
    public <T> Gathered<T> gather(String store, IntFunction<List<T>> local, String pathAndQuery, Remote<T> remote) {
        List<T> all = new ArrayList<>();
        for (int partition : router.localPartitions()) {
            all.addAll(local.apply(partition));
        }
        boolean complete = true;
        for (HostInfo other : router.others(store)) {
            try {
                all.addAll(remote.read(forwarder.get(other, pathAndQuery)));
            } catch (IOException | RuntimeException e) {
                log.warn("Instance {}:{} did not answer {}: {}", other.host(), other.port(), pathAndQuery,
                        e.toString());
                complete = false;
            }
        }
        return new Gathered<>(all, complete);
    }

    /** This instance's part only, as another instance asks for it. */
    public <T> List<T> local(IntFunction<List<T>> local) {
        List<T> all = new ArrayList<>();
        for (int partition : router.localPartitions()) {
            all.addAll(local.apply(partition));
        }
        return all;
    }
}
