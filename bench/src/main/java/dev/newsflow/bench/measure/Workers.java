package dev.newsflow.bench.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs tasks 0 … n-1 on a number of threads, each thread taking the next task as it is free. Each thread makes its
 * own worker first (a segmenter is not shared between threads, as in the pipeline); the clock starts when all
 * workers are made.
 */
final class Workers {

    private Workers() {
    }

    /** @return the elapsed time in nanoseconds, from all workers ready to the last task done */
    static long run(int threads, int n, Supplier<IntConsumer> worker) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    IntConsumer task = worker.get();
                    ready.countDown();
                    go.await();
                    for (int i = next.getAndIncrement(); i < n && failure.get() == null; i = next.getAndIncrement()) {
                        task.accept(i);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    ready.countDown();
                }
            }, "bench-worker-" + t);
            all.add(thread);
            thread.start();
        }
        ready.await();
        long started = System.nanoTime();
        go.countDown();
        for (Thread thread : all) {
            thread.join();
        }
        long elapsed = System.nanoTime() - started;
        if (failure.get() != null) {
            throw new IllegalStateException("bench task failed", failure.get());
        }
        return elapsed;
    }
}
