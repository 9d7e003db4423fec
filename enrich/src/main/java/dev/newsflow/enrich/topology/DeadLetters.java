package dev.newsflow.enrich.topology;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.schemas.DeadLetter;

/** Builds dead letters: the stage, the error, the input's coordinates and (the first bytes of) the input. */
final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final int maxBytes;

    DeadLetters(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    DeadLetter of(String stage, Throwable error, Provenance p, Object value) {
        String pageId = value instanceof HasIds ids ? ids.pageId() : null;
        String articleId = value instanceof HasIds ids ? ids.articleId() : null;
        return of(stage, error.getClass().getName(), String.valueOf(error.getMessage()), p, pageId, articleId);
    }

    DeadLetter of(String stage, String errorClass, String message, Provenance p, String pageId, String articleId) {
        log.error("Dead letter from {} for {}-{}@{} (page {}, article {}): {}: {}", stage, p.topic(), p.partition(),
                p.offset(), pageId, articleId, errorClass, message);
        byte[] original = p.value() == null ? new byte[0] : p.value();
        int kept = Math.min(original.length, maxBytes);
        return DeadLetter.newBuilder()
                .setStage(stage)
                .setErrorClass(errorClass)
                .setErrorMessage(message)
                .setSourceTopic(p.topic())
                .setSourcePartition(p.partition())
                .setSourceOffset(p.offset())
                .setPageId(pageId)
                .setArticleId(articleId)
                .setOriginalKey(p.key() == null ? null : ByteBuffer.wrap(p.key().getBytes(StandardCharsets.UTF_8)))
                .setOriginal(ByteBuffer.wrap(Arrays.copyOf(original, kept)))
                .setOriginalSize(original.length)
                .setTruncated(kept < original.length)
                .setTime(Instant.now())
                .build();
    }

    /** Values that know which page and article they belong to. */
    interface HasIds {
        String pageId();

        default String articleId() {
            return null;
        }
    }
}
