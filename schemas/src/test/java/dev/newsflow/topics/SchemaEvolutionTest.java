package dev.newsflow.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import dev.newsflow.schemas.EnrichedArticle;

/**
 * A writer's schemas are checked against the latest published schema of their record before they are published:
 * an incompatible change fails, naming the field; a compatible one is published once.
 */
class SchemaEvolutionTest {

    private static final String ARTICLE = EnrichedArticle.getClassSchema().toString();
    private static final String AMOUNT_VALUE = "{\"name\":\"value\",\"type\":\"double\"";

    /** The article schema of this build, its text edited as a developer might edit the .avsc file. */
    private static Schema article(String from, String to) {
        assertThat(ARTICLE).contains(from);
        return new Schema.Parser().parse(ARTICLE.replace(from, to));
    }

    /** A catalog whose process writes with {@code schema}, backed by {@code published}. */
    private static SchemaCatalog writing(Schema schema, PublishedSchemas published) {
        SchemaCatalog catalog = SchemaCatalog.backedBy(published);
        catalog.register(schema);
        return catalog;
    }

    @Test
    void aFieldWhoseTypeChangedIncompatiblyFailsNamingTheField() {
        PublishedSchemas published = new PublishedSchemas(EnrichedArticle.getClassSchema());
        Schema changed = article(AMOUNT_VALUE, "{\"name\":\"value\",\"type\":\"string\"");

        assertThatThrownBy(() -> writing(changed, published).publish())
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("Schema dev.newsflow.schemas.EnrichedArticle of this build")
                .hasMessageContaining("the test's schema topic")
                .hasMessageContaining("field amounts[].value: reader type: DOUBLE not compatible with writer type:"
                        + " STRING (readers of the published schema cannot read this build's records)")
                .hasMessageContaining("field amounts[].value: reader type: STRING not compatible with writer type:"
                        + " DOUBLE (this build cannot read records written with the published schema)");
        assertThat(published.schemas).as("nothing published").containsExactly(EnrichedArticle.getClassSchema());
    }

    @Test
    void aFieldAddedWithoutADefaultFailsNamingTheField() {
        PublishedSchemas published = new PublishedSchemas(EnrichedArticle.getClassSchema());
        Schema added = article("{\"name\":\"summary\"",
                "{\"name\":\"section\",\"type\":\"string\"},{\"name\":\"summary\"");

        assertThatThrownBy(() -> writing(added, published).publish())
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("field section: has no default (this build cannot read records written with the"
                        + " published schema)");
    }

    @Test
    void anOptionalFieldAddedIsAcceptedAndPublishedOnce() {
        PublishedSchemas published = new PublishedSchemas(EnrichedArticle.getClassSchema());
        Schema added = article("{\"name\":\"summary\"",
                "{\"name\":\"section\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"summary\"");

        writing(added, published).publish();
        writing(added, published).publish();

        assertThat(published.schemas).containsExactly(EnrichedArticle.getClassSchema(), added);
    }

    @Test
    void theLatestSchemaOfTheRecordIsTheReferenceEvenForASchemaPublishedBefore() {
        // a string was published after this build's schema: this build, started again, would write what its readers
        // cannot read
        Schema asString = article(AMOUNT_VALUE, "{\"name\":\"value\",\"type\":\"string\"");
        PublishedSchemas published = new PublishedSchemas(EnrichedArticle.getClassSchema(), asString);
        Schema withOptional = article("{\"name\":\"summary\"",
                "{\"name\":\"section\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"summary\"");

        assertThatThrownBy(() -> writing(withOptional, published).publish())
                .hasMessageContaining("field amounts[].value");
        assertThatThrownBy(() -> writing(EnrichedArticle.getClassSchema(), published).publish())
                .hasMessageContaining("field amounts[].value");
        // the latest itself passes, and is not published again
        writing(asString, published).publish();
        assertThat(published.schemas).containsExactly(EnrichedArticle.getClassSchema(), asString);
    }

    @Test
    void theFirstSchemaOfARecordIsPublishedAsItIs() {
        PublishedSchemas published = new PublishedSchemas();
        writing(EnrichedArticle.getClassSchema(), published).publish();
        assertThat(published.schemas).containsExactly(EnrichedArticle.getClassSchema());
    }

    @Test
    void aLocationIsNamedByTheFieldPathAReaderKnows() {
        Schema article = EnrichedArticle.getClassSchema();
        int amounts = article.getField("amounts").pos();
        int value = article.getField("amounts").schema().getElementType().getField("value").pos();
        int headline = article.getField("headline").pos();
        assertThat(SchemaEvolution.fieldPath(article, "/fields/" + amounts + "/type/items/fields/" + value + "/type"))
                .isEqualTo("amounts[].value");
        assertThat(SchemaEvolution.fieldPath(article, "/fields/" + headline + "/type/1/fields/1/type"))
                .isEqualTo("headline.title");
        assertThat(SchemaEvolution.fieldPath(article, "/")).isEqualTo("dev.newsflow.schemas.EnrichedArticle");
        assertThat(SchemaEvolution.fieldPath(article, "/fields/99/type")).isEqualTo("/fields/99/type");
    }
}
