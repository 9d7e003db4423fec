package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ArticleWorkersTest {

    @Test
    void resultsComeInTheItemsOrderFromTheWorkers() {
        ArticleWorkers workers = new ArticleWorkers(3);
        List<Integer> items = IntStream.range(0, 50).boxed().toList();
        var threads = ConcurrentHashMap.<String>newKeySet();

        List<String> out = workers.map(items, i -> {
            threads.add(Thread.currentThread().getName());
            return "a" + i;
        });

        assertThat(out).isEqualTo(items.stream().map(i -> "a" + i).toList());
        assertThat(threads).allMatch(name -> name.startsWith("newsflow-article-worker-"))
                .doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void theArticlesOfOnePageRunAtTheSameTime() {
        ArticleWorkers workers = new ArticleWorkers(2);
        CountDownLatch both = new CountDownLatch(2);

        // each waits for the other: only two items in parallel get past the latch
        List<Boolean> met = workers.map(List.of(1, 2), i -> {
            both.countDown();
            try {
                return both.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(met).containsExactly(true, true);
    }

    @Test
    void oneWorkerRunsOnTheCallingThread() {
        ArticleWorkers workers = new ArticleWorkers(1);

        List<String> out = workers.map(List.of(1, 2), i -> Thread.currentThread().getName());

        assertThat(out).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void anErrorOfAStageReachesTheStreamThread() {
        ArticleWorkers workers = new ArticleWorkers(2);

        assertThatThrownBy(() -> workers.map(List.of(1, 2), i -> {
            if (i == 2) {
                throw new OutOfMemoryError("test");
            }
            return i;
        })).isInstanceOf(OutOfMemoryError.class).hasMessage("test");
        assertThat(workers.map(List.of(3), i -> i + 1)).containsExactly(4);
    }
}
