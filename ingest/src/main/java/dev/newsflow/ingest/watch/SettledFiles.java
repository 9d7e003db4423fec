package dev.newsflow.ingest.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides when a file in the inbox is complete: once its size and modification time have held still for
 * the settle time. A file moved in by an atomic rename is complete at once and is taken after one settle
 * time; a file copied in place is taken only after its writer has stopped writing. A file taken is not
 * taken again until it changes. Pure bookkeeping: the caller supplies the clock and the file attributes.
 */
public final class SettledFiles {

    /** What the file system says of a file: its size and last modification time. */
    public record Stat(long size, long modifiedMillis) {
    }

    /** A file ready to be offered, with the stat it settled at and when it was first seen (nanos). */
    public record Ready(Path file, Stat stat, long firstSeenNanos) {
    }

    private record Candidate(Stat stat, long sinceNanos, long firstSeenNanos) {
    }

    private final long settleNanos;
    private final Map<Path, Candidate> candidates = new HashMap<>();
    private final Map<Path, Stat> taken = new HashMap<>();

    public SettledFiles(Duration settle) {
        this.settleNanos = settle.toNanos();
    }

    /** Notes the current stat of a file; {@code stat} null means it is gone. */
    public void observe(Path file, Stat stat, long nowNanos) {
        if (stat == null) {
            candidates.remove(file);
            taken.remove(file);
            return;
        }
        if (stat.equals(taken.get(file))) {
            return;
        }
        Candidate c = candidates.get(file);
        if (c == null) {
            candidates.put(file, new Candidate(stat, nowNanos, nowNanos));
        } else if (!c.stat().equals(stat)) {
            candidates.put(file, new Candidate(stat, nowNanos, c.firstSeenNanos()));
        }
    }

    /** Files not yet settled, to be looked at again. */
    public List<Path> pending() {
        return List.copyOf(candidates.keySet());
    }

    /** The files whose stat has not changed for the settle time; they leave the candidates. */
    public List<Ready> ready(long nowNanos) {
        List<Ready> ready = new ArrayList<>();
        for (var it = candidates.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (nowNanos - e.getValue().sinceNanos() >= settleNanos) {
                ready.add(new Ready(e.getKey(), e.getValue().stat(), e.getValue().firstSeenNanos()));
                it.remove();
            }
        }
        ready.sort((a, b) -> a.file().compareTo(b.file()));
        return ready;
    }

    /** Records that a file was offered as it was at {@code stat}: unchanged, it is not offered again. */
    public void taken(Path file, Stat stat) {
        taken.put(file, stat);
    }

    /** Forgets files taken that are no longer in the inbox. */
    public void retainTaken(Set<Path> existing) {
        taken.keySet().retainAll(existing);
    }
}
