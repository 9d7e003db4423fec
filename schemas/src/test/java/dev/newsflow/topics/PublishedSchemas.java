package dev.newsflow.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.avro.Schema;

/** An in-memory stand-in for the schema topic: what writers published, in publication order. */
final class PublishedSchemas implements SchemaCatalog.Source {

    final List<Schema> schemas = new ArrayList<>();

    PublishedSchemas(Schema... already) {
        schemas.addAll(List.of(already));
    }

    @Override
    public List<Schema> readAll(Duration timeout) {
        return List.copyOf(schemas);
    }

    @Override
    public void publish(Collection<Schema> more) {
        schemas.addAll(more);
    }

    @Override
    public String toString() {
        return "the test's schema topic";
    }
}
