package dev.newsflow.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;
import org.apache.avro.SchemaValidationException;
import org.apache.avro.SchemaValidator;
import org.apache.avro.SchemaValidatorBuilder;

/**
 * The rule a writer's schema must pass before it is published: it is mutually compatible with the latest published
 * schema of the same record (Avro's {@link SchemaValidatorBuilder}, mutual-read strategy, latest only), so readers of
 * the latest schema read the new records and the new writer's readers read the records already written. Adding a
 * field with a default passes; changing a field's type (beyond Avro's promotions) or adding one without a default
 * does not. The validator decides; {@link SchemaCompatibility} names the fields to blame.
 */
final class SchemaEvolution {

    private static final SchemaValidator MUTUAL_WITH_LATEST =
            new SchemaValidatorBuilder().mutualReadStrategy().validateLatest();

    private SchemaEvolution() {
    }

    /**
     * The schemas of {@code writing} that are not in {@code history} yet, once every schema of {@code writing} is known
     * to pass against the latest schema of its record in {@code history} (in the order they were first published).
     * A schema published before is checked again: a writer of an older schema started after an incompatible newer
     * one was published (compatible with a schema in between, not with the latest) is refused too.
     *
     * @throws IncompatibleSchemaException naming every field that breaks the rule, when any schema does
     */
    static List<Schema> unpublished(Collection<Schema> writing, List<Schema> history, String where) {
        Set<Long> published = new HashSet<>();
        Map<String, Schema> latest = new HashMap<>();
        for (Schema s : history) {
            published.add(SchemaCatalog.fingerprint(s));
            latest.put(s.getFullName(), s);
        }
        List<Schema> fresh = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Schema schema : writing) {
            long fingerprint = SchemaCatalog.fingerprint(schema);
            Schema last = latest.get(schema.getFullName());
            String problem = last == null || SchemaCatalog.fingerprint(last) == fingerprint
                    ? null : problem(schema, last, where);
            if (problem != null) {
                problems.add(problem);
            } else if (!published.contains(fingerprint)) {
                fresh.add(schema);
            }
        }
        if (!problems.isEmpty()) {
            throw new IncompatibleSchemaException(String.join("\n", problems));
        }
        return fresh;
    }

    /** Null when {@code schema} may follow {@code latest}; else what is wrong, field by field. */
    private static String problem(Schema schema, Schema latest, String where) {
        try {
            MUTUAL_WITH_LATEST.validate(schema, List.of(latest));
            return null;
        } catch (SchemaValidationException e) {
            List<String> fields = new ArrayList<>();
            explain(latest, schema, "readers of the published schema cannot read this build's records", fields);
            explain(schema, latest, "this build cannot read records written with the published schema", fields);
            String why = fields.isEmpty() ? e.getMessage().lines().findFirst().orElse("") : String.join("; ", fields);
            return "Schema " + schema.getFullName() + " of this build (fingerprint " + hex(schema) + ") is not"
                    + " compatible with the latest one on " + where + " (fingerprint " + hex(latest) + "): " + why
                    + ". Evolve it compatibly (add a field with a default; keep a field's type or promote it as Avro "
                    + "allows), or write to other topics (--topic-prefix).";
        }
    }

    private static String hex(Schema schema) {
        return Long.toHexString(SchemaCatalog.fingerprint(schema));
    }

    /** One line per incompatibility of {@code reader} reading what {@code writer} wrote, naming the field. */
    private static void explain(Schema reader, Schema writer, String consequence, List<String> out) {
        for (Incompatibility i : SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult()
                .getIncompatibilities()) {
            String what = i.getType() == SchemaIncompatibilityType.READER_FIELD_MISSING_DEFAULT_VALUE
                    ? "has no default" : i.getMessage();
            out.add("field " + fieldPath(reader, i.getLocation()) + ": " + what + " (" + consequence + ")");
        }
    }

    /**
     * A location in a schema, as {@link SchemaCompatibility} gives it (a JSON pointer such as
     * {@code /fields/7/type/items/fields/4/type}), as the path of field names a reader knows: {@code amounts[].value}
     * ({@code []} an array's items, {@code {}} a map's values). The pointer itself when it cannot be followed.
     */
    static String fieldPath(Schema root, String location) {
        StringBuilder path = new StringBuilder();
        Schema at = root;
        String[] steps = location.split("/");
        try {
            for (int i = 1; i < steps.length; i++) {
                switch (steps[i]) {
                    case "fields" -> {
                        Schema.Field field = at.getFields().get(Integer.parseInt(steps[++i]));
                        path.append(path.isEmpty() ? "" : ".").append(field.name());
                        at = field.schema();
                    }
                    case "items" -> {
                        at = at.getElementType();
                        path.append("[]");
                    }
                    case "values" -> {
                        at = at.getValueType();
                        path.append("{}");
                    }
                    case "type" -> {
                        // the field's schema, where the step before left us
                    }
                    default -> at = at.isUnion() ? at.getTypes().get(Integer.parseInt(steps[i])) : at;
                }
            }
        } catch (RuntimeException unexpected) {
            return location;
        }
        return path.isEmpty() ? root.getFullName() : path.toString();
    }
}
