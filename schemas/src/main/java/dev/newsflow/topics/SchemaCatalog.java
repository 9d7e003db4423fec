package dev.newsflow.topics;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every Avro schema a newsflow process can resolve, by its 64-bit parsing fingerprint: the schemas
 * compiled into this build, and, when a {@link Source} is attached, every schema any newsflow writer
 * has published (the schema topic). A reader built against an older schema thus still reads records
 * written with a newer compatible schema: it looks the writer's fingerprint up here and lets Avro
 * resolve the writer's schema against its own.
 */
public final class SchemaCatalog implements SchemaStore {

    /** Where schemas the build does not know come from: every schema ever published. */
    public interface Source {
        /**
         * Every schema published, in the order first published.
         *
         * @throws RuntimeException when they cannot be read
         */
        List<Schema> readAll(Duration timeout);

        void publish(Collection<Schema> schemas);
    }

    private static final Logger log = LoggerFactory.getLogger(SchemaCatalog.class);
    private static final long REFRESH_INTERVAL_MS = 5_000;
    /** How long start-up waits to read the published schemas before it checks and publishes its own. */
    private static final Duration HISTORY_TIMEOUT = Duration.ofSeconds(30);

    private final Map<Long, Schema> byFingerprint = new ConcurrentHashMap<>();
    /** The schemas this process writes with (its serdes'), the ones {@link #publish()} publishes. */
    private final Map<Long, Schema> own = new ConcurrentHashMap<>();
    private final Source source;
    private final AtomicLong lastRefresh = new AtomicLong(Long.MIN_VALUE / 2);

    private SchemaCatalog(Source source) {
        this.source = source;
    }

    /** Only the schemas compiled into this build (plus those registered later). */
    public static SchemaCatalog builtIn() {
        return new SchemaCatalog(null);
    }

    /** The compiled-in schemas, and on a miss every schema published to {@code source}. */
    public static SchemaCatalog backedBy(Source source) {
        return new SchemaCatalog(source);
    }

    public static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    /** A schema this process writes with. */
    public void register(Schema schema) {
        long fingerprint = fingerprint(schema);
        own.putIfAbsent(fingerprint, schema);
        byFingerprint.putIfAbsent(fingerprint, schema);
    }

    /**
     * Publishes the schemas this process writes with that are not published yet, so that other readers can resolve
     * them; first checks each, published or not, against the latest published schema of its record
     * ({@link SchemaEvolution}).
     *
     * @throws IncompatibleSchemaException naming the fields at fault, before anything is published, when a schema
     *                                     is not mutually compatible with the latest of its record
     */
    public void publish() {
        if (source == null) {
            return;
        }
        List<Schema> history = source.readAll(HISTORY_TIMEOUT);
        List<Schema> fresh = SchemaEvolution.unpublished(List.copyOf(own.values()), history, source.toString());
        history.forEach(s -> byFingerprint.putIfAbsent(fingerprint(s), s));
        if (!fresh.isEmpty()) {
            source.publish(fresh);
            log.info("Published {} new schemas to {}: {}", fresh.size(), source,
                    fresh.stream().map(s -> s.getFullName() + "@" + Long.toHexString(fingerprint(s))).toList());
        }
    }

    @Override
    public Schema findByFingerprint(long fingerprint) {
        Schema known = byFingerprint.get(fingerprint);
        if (known != null || source == null) {
            return known;
        }
        long now = System.currentTimeMillis();
        long last = lastRefresh.get();
        // a corrupt record can carry any fingerprint: do not re-read the topic for each one
        if (now - last >= REFRESH_INTERVAL_MS && lastRefresh.compareAndSet(last, now)) {
            try {
                Collection<Schema> published = source.readAll(Duration.ofSeconds(10));
                published.forEach(s -> byFingerprint.putIfAbsent(fingerprint(s), s));
                log.info("Schema catalog refreshed: {} schemas published, looking for fingerprint {}",
                        published.size(), Long.toHexString(fingerprint));
            } catch (RuntimeException e) {
                log.warn("Could not read the published schemas from {}: {}", source, e.toString());
            }
        }
        return byFingerprint.get(fingerprint);
    }
}
