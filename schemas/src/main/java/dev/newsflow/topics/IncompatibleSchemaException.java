package dev.newsflow.topics;

/**
 * A writer's schema breaks the evolution rule of {@link SchemaEvolution}: publishing it would leave readers unable to
 * read records. Thrown at start-up, before anything is written; the message names each field at fault.
 */
public final class IncompatibleSchemaException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public IncompatibleSchemaException(String message) {
        super(message);
    }
}
