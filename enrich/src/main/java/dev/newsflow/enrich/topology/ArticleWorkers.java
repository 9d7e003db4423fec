package dev.newsflow.enrich.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.kafka.common.errors.InterruptException;

/**
 * Runs the per-article stages of a page on a small pool shared by every stream thread, the articles of one page in
 * parallel. A Kafka Streams task is a partition, and a stream thread works through its own tasks alone: when one
 * thread has run out of records (the end of a backfill, one new page on an idle pipeline) the other works through
 * its pages one article after another while the remaining cores stand idle. With the articles on a shared pool,
 * the last pages keep every worker busy too.
 *
 * <p>The calling stream thread waits for its page's results, in the page's order: what the stream emits, its
 * order, its transactions and its dead letters are those of a sequential run. The caller does no article work
 * itself, so with as many workers as cores the waiting stream threads add no busy threads. Workers are daemon
 * threads made on first use and ended after a minute without work.
 */
final class ArticleWorkers {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ThreadPoolExecutor pool;

    /** @param workers threads of the pool; 1 or less runs every article on the calling thread */
    ArticleWorkers(int workers) {
        if (workers <= 1) {
            pool = null;
            return;
        }
        int id = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        pool = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread t = new Thread(task, "newsflow-article-worker-" + id + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /** {@code function} applied to every item, on the workers; the results in the items' order. */
    <T, R> List<R> map(List<T> items, Function<T, R> function) {
        if (pool == null || items.isEmpty()) {
            return items.stream().map(function).toList();
        }
        List<Callable<R>> tasks = new ArrayList<>(items.size());
        for (T item : items) {
            tasks.add(() -> function.apply(item));
        }
        try {
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        } catch (ExecutionException e) {
            // the stages turn their failures into dead letters: what arrives here is an Error
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("article stage failed", e.getCause());
        }
    }
}
