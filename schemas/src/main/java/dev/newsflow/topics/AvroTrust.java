package dev.newsflow.topics;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12.2 refuses to instantiate generated classes outside its trusted packages (a guard against
 * deserialization gadgets). This trusts exactly the newsflow contract classes. Called by every newsflow
 * class that reads or builds records; a consumer using the generated classes alone calls it once, or
 * starts the JVM with {@code -Dorg.apache.avro.SERIALIZABLE_PACKAGES=dev.newsflow.schemas}.
 */
public final class AvroTrust {

    private static final String PACKAGE = "dev.newsflow.schemas.";
    private static volatile boolean installed;

    private AvroTrust() {
    }

    public static synchronized void install() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                ClassSecurityValidator.getGlobal(),
                type -> type.getName().startsWith(PACKAGE)));
        installed = true;
    }
}
