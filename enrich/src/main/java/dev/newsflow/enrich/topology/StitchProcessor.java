package dev.newsflow.enrich.topology;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.schemas.EnrichedArticle;

/**
 * Stitches articles continued across pages of one edition. Input is keyed by edition, so every page of an
 * edition reaches the same task. A fragment that starts or continues an article waits in a persistent,
 * changelogged store until its counterpart arrives; the article is emitted once, when it no longer continues
 * (a part continued onto a third page waits again). Fragments whose counterpart does not come within the wait
 * are dropped from the store (they remain on the articles topic as they are, marked as continuations); a
 * partly stitched article is emitted as far as it was joined.
 */
final class StitchProcessor implements Processor<String, Values.Enriched, String, EnrichedArticle> {

    static final String STORE = "pending-fragments";
    private static final Logger log = LoggerFactory.getLogger(StitchProcessor.class);
    private static final char SEP = '\u0000';

    private final Serializer<EnrichedArticle> serializer;
    private final Deserializer<EnrichedArticle> deserializer;
    private final Duration wait;
    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, byte[]> pending;

    StitchProcessor(Serializer<EnrichedArticle> serializer, Deserializer<EnrichedArticle> deserializer, Duration wait) {
        this.serializer = serializer;
        this.deserializer = deserializer;
        this.wait = wait;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.pending = context.getStateStore(STORE);
        Duration every = wait.compareTo(Duration.ofSeconds(1)) < 0 ? wait : Duration.ofSeconds(1);
        context.schedule(every.isZero() ? Duration.ofMillis(100) : every, PunctuationType.WALL_CLOCK_TIME,
                this::expire);
    }

    @Override
    public void process(Record<String, Values.Enriched> record) {
        EnrichedArticle current = record.value().article();
        if (!Stories.isStart(current) && !Stories.isContinuation(current)) {
            return;
        }
        String edition = record.key() == null ? "" : record.key();
        if (Stories.isContinuation(current)) {
            KeyValue<String, EnrichedArticle> start = best(edition, current, false);
            if (start == null) {
                hold(edition, current, record.value().encoded());
                return;
            }
            pending.delete(start.key);
            current = Stories.stitch(start.value, current);
        }
        // current now begins where its article begins: add what continues it, page after page
        while (Stories.isStart(current)) {
            KeyValue<String, EnrichedArticle> cont = best(edition, current, true);
            if (cont == null) {
                break;
            }
            pending.delete(cont.key);
            current = Stories.stitch(current, cont.value);
        }
        if (Stories.isStart(current)) {
            // not stitched to anything yet: the article's own encoding is what the store keeps
            hold(edition, current, current == record.value().article() ? record.value().encoded() : null);
        } else {
            context.forward(record.withKey(current.getId()).withValue(current));
        }
    }

    /** Keeps {@code a} until its counterpart comes; {@code encoded}: its bytes if already serialized, else null. */
    private void hold(String edition, EnrichedArticle a, byte[] encoded) {
        byte[] bytes = encoded != null ? encoded : serializer.serialize(null, a);
        pending.put(edition + SEP + a.getId(), stamp(bytes, context.currentSystemTimeMs()));
    }

    /** The waiting fragment of this edition that best continues (or is best continued by) {@code a}. */
    private KeyValue<String, EnrichedArticle> best(String edition, EnrichedArticle a, boolean aIsStart) {
        KeyValue<String, EnrichedArticle> best = null;
        double bestScore = -1;
        try (KeyValueIterator<String, byte[]> it = pending.prefixScan(edition + SEP, new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> kv = it.next();
                EnrichedArticle other = article(kv.value);
                // a fragment that is itself a continuation cannot start an article: it waits for its own start
                boolean fits = aIsStart ? Stories.mayContinue(a, other)
                        : !Stories.isContinuation(other) && Stories.mayContinue(other, a);
                if (!fits) {
                    continue;
                }
                double score = aIsStart ? Stories.affinity(a, other) : Stories.affinity(other, a);
                if (score > bestScore) {
                    bestScore = score;
                    best = KeyValue.pair(kv.key, other);
                }
            }
        }
        return best;
    }

    private void expire(long now) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = pending.all()) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> kv = it.next();
                if (now - ByteBuffer.wrap(kv.value).getLong() >= wait.toMillis()) {
                    expired.add(kv.key);
                }
            }
        }
        for (String key : expired) {
            byte[] stamped = pending.get(key);
            pending.delete(key);
            EnrichedArticle a = article(stamped);
            if (a.getPages().size() > 1) {
                // stitched as far as the edition allowed: emit what was joined
                context.forward(new Record<>(a.getId(), a, now));
                continue;
            }
            log.info("No counterpart for continued article {} within {}; it stays a fragment",
                    key.substring(key.indexOf(SEP) + 1), wait);
        }
    }

    private static byte[] stamp(byte[] bytes, long now) {
        return ByteBuffer.allocate(8 + bytes.length).putLong(now).put(bytes).array();
    }

    private EnrichedArticle article(byte[] stamped) {
        byte[] bytes = new byte[stamped.length - 8];
        System.arraycopy(stamped, 8, bytes, 0, bytes.length);
        return deserializer.deserialize(null, bytes);
    }
}
