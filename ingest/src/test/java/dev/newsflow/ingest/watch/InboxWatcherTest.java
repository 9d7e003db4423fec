package dev.newsflow.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher on a real folder: files renamed in, copied in slowly, in new sub-folders, present at start. */
class InboxWatcherTest {

    @TempDir
    Path inbox;

    private final List<Path> taken = new CopyOnWriteArrayList<>();
    private InboxWatcher watcher;
    private Thread thread;

    private void start(Duration settle) {
        watcher = new InboxWatcher(inbox, settle, Duration.ofMinutes(1),
                ready -> ready.forEach(r -> taken.add(inbox.relativize(r.file()))));
        thread = new Thread(watcher, "watcher-test");
        thread.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (watcher != null) {
            watcher.close();
            thread.join(5_000);
        }
    }

    private void awaitTaken(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (taken.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private void dropByRename(Path relative, String text) throws Exception {
        Path target = inbox.resolve(relative);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void takesFilesPresentAtStartAndRenamedInLaterOnceEachAndNeverTemporaryNames() throws Exception {
        dropByRename(Path.of("old.txt"), "旧");
        Files.writeString(inbox.resolve("busy.txt.part"), "half");
        Files.writeString(inbox.resolve(".hidden.txt"), "x");
        start(Duration.ofMillis(200));
        awaitTaken(1);
        long started = System.nanoTime();
        dropByRename(Path.of("new.txt"), "新");
        awaitTaken(2);
        long pickupMs = (System.nanoTime() - started) / 1_000_000;
        Thread.sleep(500);
        assertThat(taken).containsExactly(Path.of("old.txt"), Path.of("new.txt"));
        assertThat(pickupMs).as("pickup of a renamed file").isLessThan(2_000);
    }

    @Test
    void aFileWrittenSlowlyInPlaceIsTakenOnlyWhenComplete() throws Exception {
        // a settle time well above the writer's pauses, so that a loaded machine does not make it look finished
        start(Duration.ofMillis(1500));
        Path file = inbox.resolve("slow.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 6; i++) {
                out.write("第一行\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(100);
                assertThat(taken).isEmpty();
            }
        }
        awaitTaken(1);
        assertThat(taken).containsExactly(Path.of("slow.txt"));
    }

    @Test
    void findsFilesInFoldersCreatedAfterStart() throws Exception {
        start(Duration.ofMillis(200));
        dropByRename(Path.of("无锡日报/2022-12-10/1.txt"), "一");
        dropByRename(Path.of("无锡日报/2022-12-10/2.txt"), "二");
        awaitTaken(2);
        assertThat(taken).containsExactlyInAnyOrder(Path.of("无锡日报/2022-12-10/1.txt"), Path.of("无锡日报/2022-12-10/2.txt"));
    }
}
