package dev.newsflow.ingest.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.ingest.source.PageFiles;

/**
 * Watches an inbox folder (and the folders in it) for page files and hands each complete one to a handler,
 * on the calling thread, until {@link #close()}. Events come from {@link WatchService}; since it may drop
 * events (OVERFLOW) or miss a folder created and filled at once, the whole inbox is also rescanned at
 * start-up (what arrived while nobody watched), on every overflow and every {@code rescan} interval.
 * Completeness is decided by {@link SettledFiles}; temporary and hidden names (see {@link PageFiles}) are
 * never taken, so a writer that writes {@code x.txt.tmp} and renames it to {@code x.txt} is safe.
 */
public final class InboxWatcher implements Runnable, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);
    private static final long TICK_MS = 100;

    private final Path inbox;
    private final Duration rescan;
    private final Consumer<List<SettledFiles.Ready>> handler;
    private final SettledFiles settled;
    private final LongSupplier nanos;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private volatile boolean closed;
    private volatile int pending;
    private volatile WatchService service;

    /**
     * @param handler gets the files that became complete, in path order; when it returns they count as
     *                taken, when it throws the watcher stops with that error
     */
    public InboxWatcher(Path inbox, Duration settle, Duration rescan, Consumer<List<SettledFiles.Ready>> handler) {
        this(inbox, settle, rescan, handler, System::nanoTime);
    }

    /** As above, on the given clock (nanoseconds): what the settle time and the rescans are counted on. */
    InboxWatcher(Path inbox, Duration settle, Duration rescan, Consumer<List<SettledFiles.Ready>> handler,
                 LongSupplier nanos) {
        this.nanos = nanos;
        this.inbox = inbox.toAbsolutePath().normalize();
        this.rescan = rescan;
        this.handler = handler;
        this.settled = new SettledFiles(settle);
    }

    @Override
    public void run() {
        try (WatchService ws = inbox.getFileSystem().newWatchService()) {
            service = ws;
            Files.createDirectories(inbox);
            register(ws, inbox);
            scan();
            long nextScan = nanos.getAsLong() + rescan.toNanos();
            while (!closed) {
                boolean overflow = drain(ws, ws.poll(TICK_MS, TimeUnit.MILLISECONDS));
                if (overflow || nanos.getAsLong() >= nextScan) {
                    if (overflow) {
                        log.warn("Watch events lost (overflow) on {}: rescanning", inbox);
                    }
                    scan();
                    nextScan = nanos.getAsLong() + rescan.toNanos();
                }
                long now = nanos.getAsLong();
                for (Path p : settled.pending()) {
                    settled.observe(p, stat(p), now);
                }
                List<SettledFiles.Ready> ready = settled.ready(now);
                pending = settled.pending().size();
                if (!ready.isEmpty()) {
                    handler.accept(ready);
                    ready.forEach(r -> settled.taken(r.file(), r.stat()));
                }
            }
        } catch (ClosedWatchServiceException e) {
            if (!closed) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + inbox, e);
        }
    }

    /** Handles one watch key and any others already queued; true when events were lost. */
    private boolean drain(WatchService ws, WatchKey key) throws IOException {
        boolean overflow = false;
        long now = nanos.getAsLong();
        for (; key != null; key = ws.poll()) {
            Path dir = keys.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == OVERFLOW || dir == null) {
                    overflow = true;
                    continue;
                }
                Path child = dir.resolve((Path) event.context());
                if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    register(ws, child);
                    // files may have landed in it before it was registered
                    overflow = true;
                } else {
                    consider(child, now);
                }
            }
            if (!key.reset()) {
                keys.remove(key);
            }
        }
        return overflow;
    }

    /** Every page file now in the inbox becomes a candidate (unless taken and unchanged). */
    private void scan() throws IOException {
        Set<Path> existing = new HashSet<>();
        long now = nanos.getAsLong();
        try (Stream<Path> walk = Files.walk(inbox)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && isPage(p)) {
                    existing.add(p);
                    consider(p, now);
                }
            }
        } catch (UncheckedIOException e) {
            // a file or folder vanished during the walk; the next scan sees the inbox as it then is
            log.debug("Inbox changed during a scan: {}", e.toString());
        }
        settled.retainTaken(existing);
    }

    private void consider(Path file, long now) {
        if (isPage(file)) {
            settled.observe(file, stat(file), now);
        }
    }

    private boolean isPage(Path file) {
        return file.startsWith(inbox) && !file.equals(inbox) && PageFiles.isPageFile(inbox.relativize(file));
    }

    private void register(WatchService ws, Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d
                    : (Iterable<Path>) walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))::iterator) {
                if (!keys.containsValue(d)) {
                    keys.put(d.register(ws, ENTRY_CREATE, ENTRY_MODIFY), d);
                }
            }
        } catch (NoSuchFileException | UncheckedIOException e) {
            log.debug("Folder vanished before it was watched: {}", e.toString());
        }
    }

    private static SettledFiles.Stat stat(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? new SettledFiles.Stat(a.size(), a.lastModifiedTime().toMillis()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Files seen but not yet complete. */
    public int pending() {
        return pending;
    }

    @Override
    public void close() {
        closed = true;
        WatchService ws = service;
        if (ws != null) {
            try {
                ws.close();
            } catch (IOException e) {
                log.debug("Closing the watch service: {}", e.toString());
            }
        }
    }
}
