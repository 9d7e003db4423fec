package dev.newsflow.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.edition.EditionResolver;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.ingest.publish.Offer;
import dev.newsflow.ingest.publish.PagePublisher;
import dev.newsflow.ingest.watch.InboxWatcher;
import dev.newsflow.ingest.watch.SettledFiles;
import dev.newsflow.topics.ClientListener;
import dev.newsflow.topics.Topics;

/**
 * Ingests an inbox folder continuously: every complete page file that is there at start-up or arrives later
 * is offered once and committed at once (one transaction per batch of files that became complete together).
 * Restart-safe: the publisher reads the ingest index at start, so files offered before (same bytes) publish
 * nothing, and the start-up scan offers whatever arrived while no watcher ran.
 *
 * <pre>./newsflow ingest --watch inbox --bootstrap-servers localhost:9092</pre>
 */
public final class WatchIngest implements Runnable, AutoCloseable {

    /** One file offered and committed: what became of it, and how long after it was first seen. */
    public record Picked(Offer offer, Duration pickup) {
    }

    /** How to watch: see {@link dev.newsflow.ingest.watch.SettledFiles} and {@link InboxWatcher}. */
    public record Settings(Path inbox, Duration settle, Duration rescan) {
        public static final Duration DEFAULT_SETTLE = Duration.ofMillis(500);
        public static final Duration DEFAULT_RESCAN = Duration.ofSeconds(5);
    }

    private static final Logger log = LoggerFactory.getLogger(WatchIngest.class);

    private final Topics topics;
    private final IngestConfig config;
    private final Edition given;
    private final Settings settings;
    private final Consumer<Picked> listener;
    private final ClientListener clientListener;
    private final InboxWatcher watcher;
    private volatile PagePublisher publisher;
    private volatile boolean ready;

    /**
     * @param listener       told of every file committed, on the watcher's thread
     * @param clientListener told of the producer, e.g. to bind its metrics
     */
    public WatchIngest(Topics topics, IngestConfig config, Edition given, Settings settings, Consumer<Picked> listener,
                       ClientListener clientListener) {
        this.topics = topics;
        this.config = config;
        this.given = given;
        this.settings = settings;
        this.listener = listener;
        this.clientListener = clientListener;
        this.watcher = new InboxWatcher(settings.inbox(), settings.settle(), settings.rescan(), this::offer);
    }

    /** Watches until {@link #close()}; a publish that fails for good ends it with that error. */
    @Override
    public void run() {
        try (PagePublisher p = new PagePublisher(topics, config, new EditionResolver(given), Clock.systemUTC())
                .listenToClients(clientListener).start()) {
            publisher = p;
            ready = true;
            log.info("Watching {} for page files (settle {}, rescan every {})", settings.inbox(), settings.settle(),
                    settings.rescan());
            watcher.run();
        } finally {
            ready = false;
            publisher = null;
        }
    }

    private void offer(List<SettledFiles.Ready> files) {
        PagePublisher p = publisher;
        List<Offer> offers = new ArrayList<>(files.size());
        for (SettledFiles.Ready file : files) {
            offers.add(p.offer(file.file()));
        }
        p.flush();
        long now = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            Offer o = offers.get(i);
            Duration pickup = Duration.ofNanos(now - files.get(i).firstSeenNanos());
            log.info("{} {} (page {}) {} ms after it was seen", o.result(), o.file(), o.pageId(), pickup.toMillis());
            listener.accept(new Picked(o, pickup));
        }
    }

    /** True once the ingest index is loaded and the inbox is watched. */
    public boolean isReady() {
        return ready;
    }

    /** Files seen in the inbox that are not complete yet. */
    public int pending() {
        return watcher.pending();
    }

    @Override
    public void close() {
        watcher.close();
    }
}
