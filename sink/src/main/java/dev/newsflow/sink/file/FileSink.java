package dev.newsflow.sink.file;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.topics.AvroSerde;
import dev.newsflow.topics.ClientListener;
import dev.newsflow.topics.Topic;
import dev.newsflow.topics.Topics;

/**
 * Writes every committed enriched article to files, exactly once across restarts. Reads with
 * {@code isolation.level=read_committed}; for each partition it resumes right after the last offset named
 * by a committed file (not from the group's committed offset, which is only kept for monitoring); it
 * writes consecutive records of one edition as one segment (see {@link ArticleFiles}). A record that is
 * no article becomes a dead letter. Run it in a thread of its own; {@link #close()} stops it.
 */
public final class FileSink implements Runnable, AutoCloseable {

    /** Told of each segment right after its commit (the rename of its .jsonl), on the sink's thread. */
    @FunctionalInterface
    public interface CommitListener {
        CommitListener NONE = (segment, articles, committedAtMs) -> { };

        /** {@code articles} as written: generic records of the article schema, read them with {@link ArticleFields}. */
        void committed(SegmentName segment, List<? extends GenericRecord> articles, long committedAtMs);
    }

    private static final Logger log = LoggerFactory.getLogger(FileSink.class);

    private final Topics topics;
    /**
     * The articles' serde when it is newsflow's Avro serde (it is for the topics {@link Topics} defines), else null.
     */
    private final AvroSerde<?> articleSerde;
    private final Map<String, Object> clientConfig;
    private final ArticleFiles files;
    private final String groupId;
    private final int deadLetterMaxBytes;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong entities = new AtomicLong();
    private final AtomicLong segments = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Throwable failure;
    private volatile ClientListener clientListener = ClientListener.NONE;
    private volatile CommitListener listener = CommitListener.NONE;

    public FileSink(Topics topics, Map<String, Object> clientConfig, ArticleFiles files, String groupId,
                    int deadLetterMaxBytes) {
        this.topics = topics;
        this.articleSerde = topics.articles().valueSerde() instanceof AvroSerde<?> avro ? avro : null;
        this.clientConfig = Map.copyOf(clientConfig);
        this.files = files;
        this.groupId = groupId;
        this.deadLetterMaxBytes = deadLetterMaxBytes;
    }

    /** Registers the one listener told of every committed segment; call before {@link #run()}. */
    public FileSink onCommit(CommitListener commitListener) {
        this.listener = Objects.requireNonNull(commitListener);
        return this;
    }

    @Override
    public void run() {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        Map<String, Object> producerConfig = new HashMap<>(clientConfig);
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        Topic<String, EnrichedArticle> topic = topics.articles();
        try (var c = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
             var producer = new KafkaProducer<>(producerConfig, topics.deadLetters().keySerializer(),
                     topics.deadLetters().valueSerializer())) {
            consumer = c;
            clientListener.opened("sink", c);
            clientListener.opened("sink", producer);
            c.subscribe(List.of(topic.name()), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    partitions.forEach(positions::remove);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    Map<Integer, Long> last = files.lastOffsets(topic.name());
                    for (TopicPartition tp : partitions) {
                        Long written = last.get(tp.partition());
                        if (written == null) {
                            c.seekToBeginning(List.of(tp));
                        } else {
                            c.seek(tp, written + 1);
                        }
                        positions.put(tp, written == null ? 0L : written + 1);
                        log.info("Sink resumes {} at offset {}", tp, written == null ? "beginning" : written + 1);
                    }
                }
            });
            while (!closed.get()) {
                ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(200));
                for (TopicPartition tp : records.partitions()) {
                    write(tp, records.records(tp), producer);
                }
                // partitions that only had transaction markers or aborted records move on too
                for (TopicPartition tp : c.assignment()) {
                    positions.put(tp, c.position(tp));
                }
                if (!records.isEmpty()) {
                    producer.flush();
                    Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
                    positions.forEach((tp, offset) -> commit.put(tp, new OffsetAndMetadata(offset)));
                    c.commitSync(commit);
                }
            }
        } catch (WakeupException e) {
            if (!closed.get()) {
                failure = e;
            }
        } catch (RuntimeException e) {
            failure = e;
            log.error("Sink stopped on an error", e);
        } finally {
            consumer = null;
        }
    }

    private void write(TopicPartition tp, List<ConsumerRecord<String, byte[]>> records,
                       KafkaProducer<String, DeadLetter> producer) {
        List<GenericRecord> run = new ArrayList<>();
        List<ByteBuffer> datums = new ArrayList<>();
        long first = -1;
        long last = -1;
        String edition = null;
        for (ConsumerRecord<String, byte[]> record : records) {
            GenericRecord article;
            try {
                article = decode(tp.topic(), record.value());
                Objects.requireNonNull(article, "record has no value");
            } catch (RuntimeException e) {
                producer.send(new ProducerRecord<>(topics.deadLetters().name(), record.key(), deadLetter(record, e)));
                deadLetters.incrementAndGet();
                continue;
            }
            String key = SafePaths.paper(ArticleFields.paper(article)) + "/"
                    + SafePaths.date(ArticleFields.date(article));
            if (edition != null && !edition.equals(key)) {
                flush(tp, run, datums, first, last);
                run = new ArrayList<>();
                datums = new ArrayList<>();
            }
            if (run.isEmpty()) {
                first = record.offset();
            }
            edition = key;
            last = record.offset();
            run.add(article);
            // written with the file's schema: its Avro bytes go into the .avro file as they are
            datums.add(articleSerde == null ? null : articleSerde.datumIfOwnSchema(record.value()));
        }
        flush(tp, run, datums, first, last);
    }

    /**
     * An article from its record: with newsflow's Avro serde, a generic record whose strings stay UTF-8 (the JSON
     * Lines take their bytes as they are, instead of decoding every word to a String and encoding it again, the larger
     * part of the sink's work), else what the topic's deserializer gives.
     */
    private GenericRecord decode(String topic, byte[] value) {
        return articleSerde != null ? articleSerde.deserializeGeneric(topic, value)
                : topics.articles().valueDeserializer().deserialize(topic, value);
    }

    private void flush(TopicPartition tp, List<GenericRecord> run, List<ByteBuffer> datums, long first, long last) {
        if (run.isEmpty()) {
            return;
        }
        GenericRecord head = run.get(0);
        SegmentName segment = new SegmentName(tp.topic(), tp.partition(), first, last);
        files.write(segment, ArticleFields.paper(head), ArticleFields.date(head), run, datums);
        listener.committed(segment, run, System.currentTimeMillis());
        articles.addAndGet(run.size());
        entities.addAndGet(run.stream().mapToLong(ArticleFields::entities).sum());
        segments.incrementAndGet();
        positions.put(tp, last + 1);
    }

    private DeadLetter deadLetter(ConsumerRecord<String, byte[]> record, RuntimeException e) {
        log.error("Dead letter from sink for {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                e.toString());
        byte[] value = record.value() == null ? new byte[0] : record.value();
        int kept = Math.min(value.length, deadLetterMaxBytes);
        return DeadLetter.newBuilder()
                .setStage("sink")
                .setErrorClass(e.getClass().getName())
                .setErrorMessage(String.valueOf(e.getMessage()))
                .setSourceTopic(record.topic())
                .setSourcePartition(record.partition())
                .setSourceOffset(record.offset())
                .setOriginalKey(record.key() == null ? null
                : ByteBuffer.wrap(record.key().getBytes(StandardCharsets.UTF_8)))
                .setOriginal(ByteBuffer.wrap(Arrays.copyOf(value, kept)))
                .setOriginalSize(value.length)
                .setTruncated(kept < value.length)
                .setTime(Instant.now())
                .build();
    }

    /** Next offset to write, per assigned partition: everything before it is in committed files. */
    public Map<TopicPartition, Long> positions() {
        return Map.copyOf(positions);
    }

    public long articlesWritten() {
        return articles.get();
    }

    /** Entity mentions in the articles written. */
    public long entitiesWritten() {
        return entities.get();
    }

    /** Set before {@link #run()}: told of the consumer and producer the sink opens. */
    public FileSink listenToClients(ClientListener listener) {
        this.clientListener = listener;
        return this;
    }

    public long segmentsWritten() {
        return segments.get();
    }

    public long deadLetters() {
        return deadLetters.get();
    }

    /** The error that stopped the sink, if any. */
    public Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        closed.set(true);
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }
}
