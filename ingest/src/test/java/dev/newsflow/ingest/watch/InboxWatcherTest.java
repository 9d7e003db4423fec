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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher on a real folder: files renamed in, copied in slowly, in new sub-folders, present at start. */
class InboxWatcherTest {

    /** How long to wait for a pickup before giving up: a guard against a hang, not a verdict on speed. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path inbox;

    private final List<Path> taken = new CopyOnWriteArrayList<>();
    private final List<Long> takenSizes = new CopyOnWriteArrayList<>();
    private InboxWatcher watcher;
    private Thread thread;

    private void start(Duration settle) {
        start(settle, System::nanoTime);
    }

    private void start(Duration settle, LongSupplier nanos) {
        watcher = new InboxWatcher(inbox, settle, Duration.ofMinutes(1), ready -> ready.forEach(r -> {
            taken.add(inbox.relativize(r.file()));
            takenSizes.add(r.stat().size());
        }), nanos);
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
        long deadline = System.nanoTime() + HANG_GUARD.toNanos();
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
        dropByRename(Path.of("new.txt"), "新");
        awaitTaken(2);
        // a few more rounds of the watcher, which must take neither file again nor the temporary names
        Thread.sleep(500);
        assertThat(taken).containsExactly(Path.of("old.txt"), Path.of("new.txt"));
    }

    @Test
    void aFileWrittenSlowlyInPlaceIsTakenOnlyWhenComplete() throws Exception {
        // the watcher's clock stands still while the file is written, as if each write came at once: however slow
        // the machine, the file cannot look finished before it is; then the clock moves on, a settle time a step
        Duration settle = Duration.ofMillis(200);
        AtomicLong now = new AtomicLong();
        start(settle, now::get);
        Path file = inbox.resolve("slow.txt");
        byte[] line = "第一行\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 6; i++) {
                out.write(line);
                out.flush();
                Thread.sleep(100);
                assertThat(taken).isEmpty();
            }
        }
        long deadline = System.nanoTime() + HANG_GUARD.toNanos();
        while (taken.isEmpty() && System.nanoTime() < deadline) {
            now.addAndGet(settle.toNanos());
            Thread.sleep(20);
        }
        assertThat(taken).containsExactly(Path.of("slow.txt"));
        assertThat(takenSizes).as("taken complete").containsExactly(6L * line.length);
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
