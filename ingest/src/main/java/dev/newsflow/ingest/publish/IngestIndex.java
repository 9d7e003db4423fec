package dev.newsflow.ingest.publish;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.newsflow.topics.ReadToEnd;
import dev.newsflow.topics.Topic;

/**
 * The content hashes ingest has already published, read from the compacted ingest-index topic. Ingest
 * writes each hash in the same transaction as its page, so the index and the raw-pages topic never disagree.
 */
final class IngestIndex {

    private IngestIndex() {
    }

    /** Every committed SHA-256 on the index topic, with what it was indexed as (a page id or a dead-letter mark). */
    static Map<String, String> load(Map<String, Object> clientConfig, Topic<String, String> index) {
        Map<String, String> seen = new HashMap<>();
        ReadToEnd.forEach(clientConfig, true, index.name(), index.keyDeserializer(), index.valueDeserializer(),
                Duration.ofSeconds(60), r -> seen.put(r.key(), r.value()));
        return seen;
    }
}
