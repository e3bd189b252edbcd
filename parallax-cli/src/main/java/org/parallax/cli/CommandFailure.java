package org.parallax.cli;

/** A command cannot go on: the message names what is wrong, for standard error, and the exit status to end with. */
final class CommandFailure extends Exception {

    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
