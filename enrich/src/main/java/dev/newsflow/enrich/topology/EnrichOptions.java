package dev.newsflow.enrich.topology;

import java.time.Duration;
import java.util.function.Supplier;

import dev.newsflow.enrich.segment.HanLpSegmenter;
import dev.newsflow.enrich.segment.Segmenter;

/**
 * Settings of the enrich topology.
 *
 * @param segmenter          makes one segmenter per stream task (models are shared per process)
 * @param deadLetterMaxBytes at most this many bytes of a failed input are kept in its dead letter
 * @param maxArticleBytes    an enriched article larger than this (encoded) is dead-lettered, not produced
 * @param stitchWait         how long a page's continued article waits for the page holding its other part
 * @param idleCommit         a stream thread that has had no record for this long commits (see {@link CommitWhenIdle})
 */
public record EnrichOptions(Supplier<Segmenter> segmenter, int deadLetterMaxBytes, int maxArticleBytes,
                            Duration stitchWait, Duration idleCommit) {

    public static final Duration DEFAULT_STITCH_WAIT = Duration.ofMinutes(10);
    public static final Duration DEFAULT_IDLE_COMMIT = Duration.ofMillis(50);

    public static EnrichOptions defaults() {
        return new EnrichOptions(HanLpSegmenter::new, 256 * 1024, 8 * 1024 * 1024, DEFAULT_STITCH_WAIT, DEFAULT_IDLE_COMMIT);
    }

    public EnrichOptions withStitchWait(Duration wait) {
        return new EnrichOptions(segmenter, deadLetterMaxBytes, maxArticleBytes, wait, idleCommit);
    }
}
