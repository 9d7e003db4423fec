package dev.newsflow.enrich.topology;

import java.time.Duration;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Asks for a commit as soon as the stream thread has run out of input, instead of waiting for the commit
 * interval. Under exactly-once, what enrich wrote is visible to read_committed consumers (the sink) only once
 * its transaction commits: a page arriving on an idle pipeline would otherwise wait for the next interval, and a
 * short interval makes a backfill commit (and write transaction markers) many times a second. With this stage
 * first in the topology, the interval can be long: a busy thread commits at that pace, an idle one within
 * {@code idle} of its last record.
 *
 * <p>Idleness is the thread's, not one task's: exactly_once_v2 commits every task of a thread in one transaction,
 * so a task whose partitions ran dry while its thread still works on others waits with its request until the
 * thread has nothing left either.
 */
final class CommitWhenIdle implements FixedKeyProcessor<String, byte[], byte[]> {

    static final String NAME = "commit-when-idle";

    /** When the stream thread this runs on last finished a record, of any of its tasks. */
    private static final ThreadLocal<long[]> LAST_RECORD_MS = ThreadLocal.withInitial(() -> new long[1]);

    private final Duration idle;
    private FixedKeyProcessorContext<String, byte[]> context;
    /** This task processed records since it last asked for a commit. */
    private boolean uncommitted;

    CommitWhenIdle(Duration idle) {
        if (idle.isZero() || idle.isNegative()) {
            throw new IllegalArgumentException("idle must be positive: " + idle);
        }
        this.idle = idle;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
        this.context = context;
        context.schedule(idle, PunctuationType.WALL_CLOCK_TIME, this::commitIfIdle);
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        // the rest of the topology runs inside forward: the record is done when it returns
        context.forward(record);
        LAST_RECORD_MS.get()[0] = System.currentTimeMillis();
        uncommitted = true;
    }

    private void commitIfIdle(long now) {
        // a task asks only for what it wrote itself: the thread then commits all of its tasks together
        if (uncommitted && now - LAST_RECORD_MS.get()[0] >= idle.toMillis()) {
            context.commit();
            uncommitted = false;
        }
    }
}
