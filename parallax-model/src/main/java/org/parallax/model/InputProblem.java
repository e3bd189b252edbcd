package org.parallax.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One input that could not be analysed, or analysed only in part, with a message a person can act on.
 *
 * @param input    the path or URL as the user gave it (for an archive or feed, with the record)
 * @param position where in the input the problem lies (a byte offset, a line, a record), if known
 * @param category what kind of failure it is
 * @param message  what is wrong, in one line, without the input's name
 */
public record InputProblem(String input, Optional<String> position, ProblemCategory category, String message) {

    public InputProblem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
        message = message.replaceAll("\\s+", " ").strip();
    }

    public static InputProblem badInput(String input, String message) {
        return new InputProblem(input, Optional.empty(), ProblemCategory.BAD_INPUT, message);
    }

    public static InputProblem badInput(String input, String position, String message) {
        return new InputProblem(input, Optional.of(position), ProblemCategory.BAD_INPUT, message);
    }

    /** One line naming the input, the position if known, and the problem. */
    @Override
    public String toString() {
        return input + position.map(p -> " (" + p + ")").orElse("") + ": " + message;
    }
}
