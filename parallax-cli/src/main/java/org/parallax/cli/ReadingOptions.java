package org.parallax.cli;

import org.parallax.ingest.ByteSize;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import picocli.CommandLine.Option;

/**
 * How the commands that read articles ({@code analyze}, {@code ingest}, {@code check}) read them: the size
 * limit, threads and progress (a picocli mixin).
 */
final class ReadingOptions {

    @Option(names = "--max-input-size", paramLabel = "SIZE", defaultValue = "20MB",
            description = "Largest document read: a file, an archive record, a JSON line (default: ${DEFAULT-VALUE}).")
    String maxInputSize;

    @Option(names = "--threads", paramLabel = "N", description = "Inputs read at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show progress when standard error is a terminal (default: on).")
    boolean progress;

    /** Threads to read and annotate with. */
    int workers() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    }

    /**
     * The reader of the inputs.
     *
     * @throws IllegalArgumentException when {@code --max-input-size} is no size
     */
    Ingestor ingestor(Manifest known) {
        return new Ingestor(FormatReaders.standard(), new IngestOptions(ByteSize.parse(maxInputSize), known, workers()));
    }

    /** The progress display on standard error, drawn only when asked for and standard error is a terminal. */
    Progress display() {
        return new Progress(System.err, progress && Progress.attachedToTerminal());
    }
}
