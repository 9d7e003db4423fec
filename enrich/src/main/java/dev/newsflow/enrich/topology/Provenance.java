package dev.newsflow.enrich.topology;

/** Where a record came from, kept with it through the stages so that a failure can be dead-lettered with its input. */
record Provenance(String topic, int partition, long offset, String key, byte[] value) {
}
