package dev.newsflow.enrich.topology;

import java.time.Duration;
import java.util.function.Supplier;

import dev.newsflow.enrich.segment.HanLpSegmenter;
import dev.newsflow.enrich.segment.Segmenter;

/**
 * Settings of the enrich topology.
 *
 * @param segmenter          makes one segmenter per thread that segments (models are shared per process)
 * @param deadLetterMaxBytes at most this many bytes of a failed input are kept in its dead letter
 * @param maxArticleBytes    an enriched article larger than this (encoded) is dead-lettered, not produced
 * @param stitchWait         how long a page's continued article waits for the page holding its other part
 * @param idleCommit         a stream thread that has had no record for this long commits (see {@link CommitWhenIdle})
 * @param articleWorkers     threads that segment and tag the articles of a page in parallel, shared by the stream
 *                           threads (see {@link ArticleWorkers}); 1 does it on the stream thread
 * @param jsonTopics         also write articles, stories and entity mentions to their plain-JSON twins, in the same
 *                           transactions
 */
public record EnrichOptions(Supplier<Segmenter> segmenter, int deadLetterMaxBytes, int maxArticleBytes,
                            Duration stitchWait, Duration idleCommit, int articleWorkers, boolean jsonTopics) {

    public static final Duration DEFAULT_STITCH_WAIT = Duration.ofMinutes(10);
    public static final Duration DEFAULT_IDLE_COMMIT = Duration.ofMillis(50);

    /** The defaults, with as many article workers as the machine has cores, and the JSON topics written. */
    public static EnrichOptions defaults() {
        return new EnrichOptions(HanLpSegmenter::new, 256 * 1024, 8 * 1024 * 1024, DEFAULT_STITCH_WAIT,
                DEFAULT_IDLE_COMMIT,
                Runtime.getRuntime().availableProcessors(), true);
    }

    public EnrichOptions withStitchWait(Duration wait) {
        return new EnrichOptions(segmenter, deadLetterMaxBytes, maxArticleBytes, wait, idleCommit, articleWorkers,
                jsonTopics);
    }

    public EnrichOptions withArticleWorkers(int workers) {
        return new EnrichOptions(segmenter, deadLetterMaxBytes, maxArticleBytes, stitchWait, idleCommit, workers,
                jsonTopics);
    }

    public EnrichOptions withJsonTopics(boolean write) {
        return new EnrichOptions(segmenter, deadLetterMaxBytes, maxArticleBytes, stitchWait, idleCommit, articleWorkers,
                write);
    }
}
