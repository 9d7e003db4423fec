package dev.newsflow.bench.measure;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The peak of heap used in this whole JVM (broker, enrich, sink and bench alike). Heap use is highest just before
 * a collection, so every GC notification adds its before-GC heap to the watch; a sampler every 100 ms covers the
 * time between collections. The largest heap left after a collection is kept too: the live set, what the JVM
 * needs at least.
 */
final class HeapWatch implements AutoCloseable {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong phasePeak = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-heap-sampler");
        t.setDaemon(true);
        return t;
    });

    HeapWatch() {
        NotificationListener onGc = this::onGc;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(onGc, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(onGc);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
        sampler.scheduleAtFixedRate(() -> record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()),
                0, 100, TimeUnit.MILLISECONDS);
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        record(heap(info.getMemoryUsageBeforeGc()));
        peakAfterGc.accumulateAndGet(heap(info.getMemoryUsageAfterGc()), Math::max);
    }

    private long heap(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    private void record(long used) {
        peak.accumulateAndGet(used, Math::max);
        phasePeak.accumulateAndGet(used, Math::max);
    }

    /** Starts a new phase: {@link #phasePeakBytes()} counts from now. */
    void newPhase() {
        phasePeak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    long phasePeakBytes() {
        return phasePeak.get();
    }

    long peakBytes() {
        return peak.get();
    }

    /** The most heap still in use after any collection so far. */
    long peakAfterGcBytes() {
        return peakAfterGc.get();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        unsubscribe.forEach(Runnable::run);
    }
}
