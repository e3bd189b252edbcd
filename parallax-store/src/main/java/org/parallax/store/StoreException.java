package org.parallax.store;

import java.util.Objects;

/** The store cannot do what was asked, with a category a caller (the command line, the server) can act on. */
public final class StoreException extends RuntimeException {

    /** What kind of failure it is. */
    public enum Kind {
        /** Another process is writing to the store; try again when it is done. */
        BUSY,
        /** The location cannot be opened: a bad address, no permission, a server that does not answer. */
        UNAVAILABLE,
        /** A request names something the store does not hold (an unknown entity or story id). */
        NOT_FOUND,
        /** A request is malformed (a bad query, a bad correction). */
        BAD_REQUEST,
        /** What the store holds cannot be read back. */
        CORRUPT,
        /** A fault of Parallax or of the database. */
        INTERNAL
    }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public StoreException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
