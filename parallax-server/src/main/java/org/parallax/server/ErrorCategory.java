package org.parallax.server;

import java.util.Locale;

/** What kind of failure an API error is, as clients see it in {@code {"error":{"category":...}}}, with its HTTP status. */
public enum ErrorCategory {
    /** The request is malformed or asks for something impossible. */
    BAD_INPUT(400),
    /** The request needs a token and had none, or a wrong one. */
    UNAUTHORIZED(401),
    /** The request names something the store does not hold. */
    NOT_FOUND(404),
    /** The request is too large, too frequent, or the store is busy. */
    OUT_OF_RESOURCES(429),
    /** A fault of Parallax or of the database; the message says no more than that. */
    INTERNAL(500);

    private final int status;

    ErrorCategory(int status) {
        this.status = status;
    }

    /** The HTTP status an error of this category is answered with unless a more precise one is given. */
    public int status() {
        return status;
    }

    /** Its name in JSON: {@code bad_input}, {@code not_found}, ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
