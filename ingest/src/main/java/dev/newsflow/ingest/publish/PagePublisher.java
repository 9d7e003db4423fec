package dev.newsflow.ingest.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.edition.EditionResolver;
import dev.newsflow.ingest.source.PageDecoder;
import dev.newsflow.ingest.source.RejectedPageException;
import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.topics.ClientListener;
import dev.newsflow.topics.EditionKey;
import dev.newsflow.topics.Topic;
import dev.newsflow.topics.Topics;

/**
 * Publishes page files to the raw-pages topic exactly once. Each page goes out in a Kafka transaction
 * together with its content hash on the ingest-index topic; the index is read back at start-up, so a file
 * offered again (same bytes) publishes nothing, across restarts and crashes. A file that is no page of
 * text becomes a dead letter with the reason, and is indexed too.
 */
public final class PagePublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PagePublisher.class);
    private static final long MAX_BATCH_BYTES = 8L * 1024 * 1024;
    private static final int MAX_ATTEMPTS = 5;
    private static final String DEAD_LETTER_MARK = "dead-letter:";
    /** Room for a record's headers and a batch's framing within the topic's max.message.bytes. */
    private static final int RECORD_OVERHEAD_BYTES = 1024;

    private record Pending(Offer offer, String sha256, long size, List<ProducerRecord<byte[], byte[]>> records) {
    }

    private final Topics topics;
    private final IngestConfig config;
    private final EditionResolver editions;
    private final PageDecoder decoder;
    private final Clock clock;
    private final IngestStats stats = new IngestStats();
    private final List<Pending> batch = new ArrayList<>();
    /** Content hashes in the open batch and in the index: whether the file was a dead letter. */
    private final Map<String, Boolean> inBatch = new HashMap<>();
    private long batchBytes;
    private KafkaProducer<byte[], byte[]> producer;
    private Map<String, Boolean> seen;
    private ClientListener clientListener = ClientListener.NONE;

    public PagePublisher(Topics topics, IngestConfig config, EditionResolver editions, Clock clock) {
        this.topics = topics;
        this.config = config;
        this.editions = editions;
        this.decoder = new PageDecoder(config.maxPageBytes());
        this.clock = clock;
    }

    /** Fences any earlier instance with the same transactional id, then loads what was already ingested. */
    public PagePublisher start() {
        Map<String, Object> props = new HashMap<>(config.clientConfig());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, config.transactionalId());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        producer.initTransactions();
        clientListener.opened("ingest", producer);
        seen = new HashMap<>();
        IngestIndex.load(config.clientConfig(), topics.ingestIndex())
                .forEach((sha256, indexed) -> seen.put(sha256, indexed.startsWith(DEAD_LETTER_MARK)));
        log.info("Ingest {} ready: {} files already ingested", config.transactionalId(), seen.size());
        return this;
    }

    /** Set before {@link #start()}: told of the producer the publisher opens. */
    public PagePublisher listenToClients(ClientListener listener) {
        this.clientListener = listener;
        return this;
    }

    /** Offers one file; the result is durable once {@link #flush()} returns (or the batch fills up). */
    public Offer offer(Path file) {
        byte[] bytes;
        long size;
        String sha256;
        try {
            size = Files.size(file);
            if (size > config.maxPageBytes()) {
                sha256 = sha256(file);
                bytes = head(file, config.deadLetterMaxBytes());
            } else {
                bytes = Files.readAllBytes(file);
                sha256 = sha256(bytes);
            }
        } catch (IOException e) {
            // unreadable now: nothing to index, the file may be offered again once it is readable
            log.error("Cannot read {}: {}", file, e.toString());
            Offer offer = new Offer(file, Offer.Result.DEAD_LETTER, null, "unreadable: " + e.getMessage(), true);
            enqueue(new Pending(offer, null, 0, List.of(deadLetterRecord(file, null, new byte[0], 0,
                    RejectedPageException.Reason.UNREADABLE.name(), "cannot read file: " + e))));
            return offer;
        }
        Boolean earlier = seen.containsKey(sha256) ? seen.get(sha256) : inBatch.get(sha256);
        if (earlier != null) {
            Offer offer = new Offer(file, Offer.Result.DUPLICATE, pageId(sha256),
                    earlier ? "already ingested as a dead letter" : "already ingested", earlier);
            stats.add(offer, size);
            return offer;
        }
        String pageId = pageId(sha256);
        Pending pending;
        try {
            if (size > config.maxPageBytes()) {
                throw new RejectedPageException(RejectedPageException.Reason.TOO_LARGE, "page of " + size
                        + " bytes is larger than the limit of " + config.maxPageBytes() + " bytes (--max-page-bytes)");
            }
            PageDecoder.Decoded decoded = decoder.decode(bytes);
            Edition edition = editions.resolve(file);
            RawPage page = RawPage.newBuilder()
                    .setId(pageId)
                    .setPaper(edition.paper())
                    .setEditionDate(edition.date())
                    .setPageNumber(edition.page())
                    .setFileName(file.getFileName().toString())
                    .setCharset(decoded.charset())
                    .setSha256(sha256)
                    .setSizeBytes(size)
                    .setText(decoded.text())
                    .setIngestTime(clock.instant())
                    .build();
            Offer offer = new Offer(file, Offer.Result.PUBLISHED, pageId,
                    edition.isComplete() ? decoded.charset() : decoded.charset() + ", edition incomplete: " + edition,
                            false);
            String key = EditionKey.of(edition.paper(), edition.date(), pageId);
            int partition = EditionKey.partition(key, producer.partitionsFor(topics.rawPages().name()).size());
            ProducerRecord<byte[], byte[]> raw = record(topics.rawPages(), partition, key, page);
            checkRecordSize(raw, size);
            pending = new Pending(offer, sha256, size, List.of(raw, record(topics.ingestIndex(), sha256, pageId)));
        } catch (RejectedPageException e) {
            log.warn("Dead letter for {}: {} ({})", file, e.getMessage(), e.reason());
            Offer offer = new Offer(file, Offer.Result.DEAD_LETTER, pageId, e.reason() + ": " + e.getMessage(), true);
            pending = new Pending(offer, sha256, size, List.of(
                    deadLetterRecord(file, pageId, bytes, size, e.reason().name(), e.getMessage()),
                    record(topics.ingestIndex(), sha256, DEAD_LETTER_MARK + pageId)));
        }
        enqueue(pending);
        return pending.offer();
    }

    /** Commits what was offered so far. */
    public void flush() {
        if (batch.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                producer.beginTransaction();
                for (Pending p : batch) {
                    p.records().forEach(producer::send);
                }
                producer.commitTransaction();
                break;
            } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException
                     | UnsupportedVersionException fatal) {
                throw new KafkaException("Ingest cannot continue (another instance with transactional id "
                        + config.transactionalId() + " may have taken over): " + fatal.getMessage(), fatal);
            } catch (KafkaException e) {
                log.warn("Transaction of {} pages failed (attempt {}/{}): {}", batch.size(), attempt, MAX_ATTEMPTS,
                        e.toString());
                try {
                    producer.abortTransaction();
                } catch (KafkaException abortFailed) {
                    log.warn("Abort failed too: {}", abortFailed.toString());
                }
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                sleep(1000L * attempt);
            }
        }
        for (Pending p : batch) {
            if (p.sha256() != null) {
                seen.put(p.sha256(), p.offer().deadLetter());
            }
            stats.add(p.offer(), p.size());
        }
        batch.clear();
        inBatch.clear();
        batchBytes = 0;
    }

    public IngestStats stats() {
        return stats;
    }

    @Override
    public void close() {
        if (producer != null) {
            flush();
            producer.close();
        }
    }

    private void enqueue(Pending pending) {
        batch.add(pending);
        if (pending.sha256() != null) {
            inBatch.put(pending.sha256(), pending.offer().deadLetter());
        }
        batchBytes += pending.records().stream().mapToLong(r -> r.value() == null ? 0 : r.value().length).sum();
        if (batch.size() >= config.pagesPerTransaction() || batchBytes >= MAX_BATCH_BYTES) {
            flush();
        }
    }

    /**
     * A page's record can be half as large again as its file (GB18030 or UTF-16 text becomes UTF-8): one the
     * topic would refuse must be a dead letter, or the whole transaction would fail again and again.
     */
    private static void checkRecordSize(ProducerRecord<byte[], byte[]> record,
            long fileSize) throws RejectedPageException {
        long bytes = record.key().length + (long) record.value().length + RECORD_OVERHEAD_BYTES;
        if (bytes > Topics.MAX_MESSAGE_BYTES) {
            throw new RejectedPageException(RejectedPageException.Reason.TOO_LARGE, "page of " + fileSize
                    + " bytes takes " + bytes + " bytes as a record, more than the raw-pages topic's limit of "
                    + Topics.MAX_MESSAGE_BYTES + " bytes");
        }
    }

    private ProducerRecord<byte[], byte[]> deadLetterRecord(Path file, String pageId, byte[] bytes, long size,
                                                            String errorClass, String message) {
        int kept = (int) Math.min(bytes.length, config.deadLetterMaxBytes());
        // the edition the file would have had, so that a reader sees the dead letter with its edition's pages
        Edition edition = editions.resolve(file);
        DeadLetter letter = DeadLetter.newBuilder()
                .setPaper(edition.paper())
                .setEditionDate(edition.date())
                .setPageNumber(edition.page())
                .setStage("ingest")
                .setErrorClass(errorClass)
                .setErrorMessage(message)
                .setSourceFile(file.toString())
                .setPageId(pageId)
                .setOriginal(ByteBuffer.wrap(bytes, 0, kept).slice())
                .setOriginalSize(size)
                .setTruncated(kept < size)
                .setTime(clock.instant())
                .build();
        return record(topics.deadLetters(), pageId != null ? pageId : file.getFileName().toString(), letter);
    }

    private static <K, V> ProducerRecord<byte[], byte[]> record(Topic<K, V> topic, K key, V value) {
        return record(topic, null, key, value);
    }

    /** @param partition null: the producer's partitioner places it by key */
    private static <K, V> ProducerRecord<byte[], byte[]> record(Topic<K, V> topic, Integer partition, K key, V value) {
        return new ProducerRecord<>(topic.name(), partition, topic.keySerializer().serialize(topic.name(), key),
                topic.valueSerializer().serialize(topic.name(), value));
    }

    /** The first 16 hex digits of the content hash. */
    public static String pageId(String sha256) {
        return sha256.substring(0, 16);
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted", e);
        }
    }
}
