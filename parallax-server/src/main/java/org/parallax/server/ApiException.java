package org.parallax.server;

import java.util.Objects;

/** A request the API refuses, with the category and HTTP status the client gets and a message meant for it. */
public final class ApiException extends RuntimeException {

    private final ErrorCategory category;
    private final int status;

    public ApiException(ErrorCategory category, int status, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.category = Objects.requireNonNull(category, "category");
        this.status = status;
    }

    public ApiException(ErrorCategory category, String message) {
        this(category, category.status(), message);
    }

    public static ApiException badInput(String message) {
        return new ApiException(ErrorCategory.BAD_INPUT, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCategory.NOT_FOUND, message);
    }

    public ErrorCategory category() {
        return category;
    }

    public int status() {
        return status;
    }
}
