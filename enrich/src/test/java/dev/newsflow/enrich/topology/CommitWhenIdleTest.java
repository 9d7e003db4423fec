package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.InternalFixedKeyRecordFactory;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

class CommitWhenIdleTest {

    private static final Duration IDLE = Duration.ofMillis(50);

    /** What a task's processor context saw: forwarded records, commit requests, its punctuator. */
    private static final class Task {
        final List<FixedKeyRecord<String, byte[]>> forwarded = new ArrayList<>();
        int commits;
        Punctuator punctuator;
        final CommitWhenIdle stage = new CommitWhenIdle(IDLE);

        @SuppressWarnings("unchecked")
        Task() {
            FixedKeyProcessorContext<String, byte[]> context =
                    (FixedKeyProcessorContext<String, byte[]>) Proxy.newProxyInstance(getClass().getClassLoader(),
                            new Class<?>[] {FixedKeyProcessorContext.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "schedule" -> punctuator = (Punctuator) args[2];
                            case "commit" -> commits++;
                            case "forward" -> forwarded.add((FixedKeyRecord<String, byte[]>) args[0]);
                            default -> throw new UnsupportedOperationException(method.getName());
                        }
                        return null;
                    });
            stage.init(context);
        }

        void process(String key) {
            stage.process(InternalFixedKeyRecordFactory.create(new Record<>(key, new byte[] {1}, 0L)));
        }

        void punctuateAfter(long ms) {
            punctuator.punctuate(System.currentTimeMillis() + ms);
        }
    }

    @Test
    void recordsPassThroughUnchanged() {
        Task task = new Task();
        task.process("a");
        task.process("b");
        assertThat(task.forwarded).extracting(FixedKeyRecord::key).containsExactly("a", "b");
    }

    @Test
    void aThreadIdleForTheGapAsksForOneCommit() {
        Task task = new Task();
        task.punctuateAfter(1_000);
        assertThat(task.commits).as("nothing processed, nothing to commit").isZero();
        task.process("a");
        task.punctuateAfter(0);
        assertThat(task.commits).as("still busy").isZero();
        task.punctuateAfter(IDLE.toMillis() + 10);
        assertThat(task.commits).isEqualTo(1);
        task.punctuateAfter(1_000);
        assertThat(task.commits).as("asked once per run of records").isEqualTo(1);
        task.process("b");
        task.punctuateAfter(IDLE.toMillis() + 10);
        assertThat(task.commits).isEqualTo(2);
    }

    @Test
    void aTaskWhoseThreadStillWorksOnAnotherTaskWaits() {
        Task drained = new Task();
        Task busy = new Task();
        drained.process("a");
        busy.process("b");
        // the thread's last record (busy's) just finished: the drained task's records are committed with the next ones
        drained.punctuateAfter(0);
        assertThat(drained.commits).isZero();
        drained.punctuateAfter(IDLE.toMillis() + 10);
        busy.punctuateAfter(IDLE.toMillis() + 10);
        assertThat(drained.commits).isEqualTo(1);
        assertThat(busy.commits).isEqualTo(1);
    }

    @Test
    void theGapMustBePositive() {
        assertThatThrownBy(() -> new CommitWhenIdle(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
