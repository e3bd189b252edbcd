package org.parallax.ingest;

import java.util.Optional;
import org.parallax.model.InputProblem;
import org.parallax.model.ProblemCategory;

/**
 * Thrown by a reader when an input (or one record of it) cannot be used. The message says what is
 * wrong without naming the input; the caller adds the name.
 */
public final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Optional<String> position;
    private final ProblemCategory category;

    public BadInputException(String message) {
        this(message, Optional.empty(), ProblemCategory.BAD_INPUT, null);
    }

    public BadInputException(String message, String position) {
        this(message, Optional.of(position), ProblemCategory.BAD_INPUT, null);
    }

    public BadInputException(String message, Optional<String> position, ProblemCategory category, Throwable cause) {
        super(message, cause);
        this.position = position;
        this.category = category;
    }

    public static BadInputException tooLarge(long size, long limit) {
        return new BadInputException("is " + ByteSize.format(size) + ", over the " + ByteSize.format(limit)
                + " limit (raise it with --max-input-size)", Optional.empty(), ProblemCategory.OUT_OF_RESOURCES, null);
    }

    public Optional<String> position() {
        return position;
    }

    public ProblemCategory category() {
        return category;
    }

    public InputProblem toProblem(String input) {
        return new InputProblem(input, position, category, getMessage());
    }
}
