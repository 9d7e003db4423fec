package dev.newsflow.ingest.publish;

import java.util.Map;

/**
 * How ingest publishes.
 *
 * @param clientConfig        Kafka client settings (bootstrap servers, security)
 * @param transactionalId     one per ingest instance; a restarted instance with the same id fences its predecessor
 * @param maxPageBytes        larger files are rejected to the dead-letter topic
 * @param deadLetterMaxBytes  at most this many bytes of a rejected file are kept in its dead letter
 * @param pagesPerTransaction pages committed together; a crash loses none, since uncommitted pages are offered again
 */
public record IngestConfig(Map<String, Object> clientConfig, String transactionalId, long maxPageBytes,
                           int deadLetterMaxBytes, int pagesPerTransaction) {

    public static final long DEFAULT_MAX_PAGE_BYTES = 4L * 1024 * 1024;
    public static final int DEFAULT_DEAD_LETTER_MAX_BYTES = 256 * 1024;
    public static final int DEFAULT_PAGES_PER_TRANSACTION = 50;

    public static IngestConfig defaults(Map<String, Object> clientConfig) {
        return new IngestConfig(clientConfig, "newsflow-ingest", DEFAULT_MAX_PAGE_BYTES, DEFAULT_DEAD_LETTER_MAX_BYTES,
                DEFAULT_PAGES_PER_TRANSACTION);
    }

    public IngestConfig withTransactionalId(String id) {
        return new IngestConfig(clientConfig, id, maxPageBytes, deadLetterMaxBytes, pagesPerTransaction);
    }

    public IngestConfig withMaxPageBytes(long bytes) {
        return new IngestConfig(clientConfig, transactionalId, bytes, deadLetterMaxBytes, pagesPerTransaction);
    }
}
