package dev.newsflow.ingest.source;

/** A file that is no page of text: empty, binary, too large, or in an encoding newsflow cannot read. */
public final class RejectedPageException extends Exception {

    /** Why; also the {@code error_class} of the dead letter. */
    public enum Reason { EMPTY, TOO_LARGE, BINARY, INVALID_ENCODING, UNREADABLE }

    private final Reason reason;

    public RejectedPageException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
