package org.parallax.cli;

/** What the command's exit status means. */
final class ExitCodes {

    /** Everything was read and written. */
    static final int OK = 0;
    /** The output was written, but some inputs could not be read; each was named on standard error. */
    static final int SOME_INPUTS_FAILED = 1;
    /** The command line was wrong (picocli's convention). */
    static final int USAGE = 2;
    /** Nothing could be written: the output folder or the manifest is unusable. */
    static final int FATAL = 3;

    /** The store is busy: another process is writing to it. */
    static final int BUSY = 4;

    private ExitCodes() {
    }
}
