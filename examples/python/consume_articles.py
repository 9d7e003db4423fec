#!/usr/bin/env python3
"""Reads newsflow's enriched articles from Kafka in Python and prints one JSON object per article.

    python3 consume_articles.py --bootstrap-servers localhost:9092 [--topic articles] [--follow]

A consumer written without any newsflow code, with two standard libraries (Debian: python3-confluent-kafka,
python3-avro; pip: confluent-kafka, avro). newsflow's Avro topics hold Avro's single-object encoding: two marker
bytes C3 01, the 8-byte little-endian fingerprint of the writer's schema, then the Avro binary record. The writer's
schema is on the schemas topic (key: the fingerprint in hex; value: the schema's JSON), so this script:

1. reads the schemas topic into a dictionary, fingerprint -> schema (again when it meets one it does not know:
   a newer newsflow published it after we started);
2. reads the articles topic with isolation.level=read_committed (newsflow writes in transactions), from the
   beginning of every partition, without a consumer group;
3. decodes each record with its writer's schema and prints it as one line of JSON: the fields of the files'
   JSON Lines (numbers may be spelled differently, e.g. 206632000000.0).

It stops at the end of the topic unless --follow is given. Any newsflow Avro topic works (--topic stories,
entity-mentions, people). Where no Avro is wanted at all, read the JSON twin instead (kcat -t newsflow.articles.json).
"""
import argparse
import base64
import datetime
import decimal
import io
import json
import sys
import uuid

import avro.io
import avro.schema
from confluent_kafka import Consumer, KafkaError, TopicPartition, OFFSET_BEGINNING

MARKER = b"\xc3\x01"
HEADER_BYTES = 10  # the marker and the fingerprint before each record
POLL_SECONDS = 1.0


def consumer(bootstrap):
    """A consumer that reads committed records only, reports the end of each partition and commits nothing."""
    return Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": "newsflow-python-example-" + uuid.uuid4().hex,  # required by the client; never committed
        "enable.auto.commit": False,
        "isolation.level": "read_committed",
        "enable.partition.eof": True,
    })


def read(bootstrap, topic, follow=False):
    """Yields every committed record of a topic, partition by partition from the beginning, until the end of all."""
    c = consumer(bootstrap)
    try:
        metadata = c.list_topics(topic, timeout=30).topics[topic]
        if metadata.error is not None:
            raise SystemExit("cannot read %s: %s" % (topic, metadata.error))
        c.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in metadata.partitions])
        open_partitions = set(metadata.partitions)
        while follow or open_partitions:
            message = c.poll(POLL_SECONDS)
            if message is None:
                continue
            if message.error() is not None:
                if message.error().code() == KafkaError._PARTITION_EOF:
                    open_partitions.discard(message.partition())
                    continue
                raise SystemExit("cannot read %s: %s" % (topic, message.error()))
            yield message
    finally:
        c.close()


class Schemas:
    """The writer schemas published on the schemas topic, by fingerprint (the topic's key, in hex)."""

    def __init__(self, bootstrap, topic):
        self.bootstrap, self.topic, self.by_fingerprint = bootstrap, topic, {}
        self.refresh()

    def refresh(self):
        for message in read(self.bootstrap, self.topic):
            self.by_fingerprint[message.key().decode("utf-8")] = avro.schema.parse(message.value().decode("utf-8"))

    def find(self, fingerprint):
        key = format(fingerprint, "x")
        if key not in self.by_fingerprint:
            self.refresh()
        return self.by_fingerprint.get(key)


def decode(value, schemas):
    """The record of one single-object encoded message, as Python dicts, lists and scalars."""
    if value is None or len(value) < HEADER_BYTES or value[:2] != MARKER:
        raise ValueError("not an Avro single-object encoded record")
    fingerprint = int.from_bytes(value[2:HEADER_BYTES], "little")
    schema = schemas.find(fingerprint)
    if schema is None:
        raise ValueError("written with schema %x, which is not on the schemas topic" % fingerprint)
    return avro.io.DatumReader(schema).read(avro.io.BinaryDecoder(io.BytesIO(value[HEADER_BYTES:])))


def plain(value):
    """What json cannot write by itself: timestamps as ISO-8601, bytes as base64, decimals as numbers' text."""
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    raise TypeError("cannot write %r as JSON" % (value,))


def main():
    parser = argparse.ArgumentParser(description="Print newsflow's enriched articles as JSON, one per line.")
    parser.add_argument("--bootstrap-servers", required=True, metavar="H:P", help="Kafka cluster, e.g. localhost:9092")
    parser.add_argument("--topic", default="articles", help="topic, by short name or full name (default: articles)")
    parser.add_argument("--topic-prefix", default="newsflow.", help="prefix of newsflow's topics (default: newsflow.)")
    parser.add_argument("--follow", action="store_true", help="keep reading new articles until interrupted")
    args = parser.parse_args()
    topic = args.topic if args.topic.startswith(args.topic_prefix) else args.topic_prefix + args.topic

    schemas = Schemas(args.bootstrap_servers, args.topic_prefix + "schemas")
    for message in read(args.bootstrap_servers, topic, args.follow):
        if message.value() is None:
            continue  # a tombstone: nothing to print
        try:
            record = decode(message.value(), schemas)
        except ValueError as e:
            print("skipped %s[%d]@%d: %s" % (topic, message.partition(), message.offset(), e), file=sys.stderr)
            continue
        print(json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=plain), flush=True)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        pass
