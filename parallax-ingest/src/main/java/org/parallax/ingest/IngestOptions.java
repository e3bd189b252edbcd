package org.parallax.ingest;

import java.util.Objects;

/**
 * How ingestion runs.
 *
 * @param maxInputBytes the largest document (file, archive record, JSON line) read; larger ones are refused
 * @param manifest      what the user knows of the inputs, overriding what is detected
 * @param threads       how many inputs are read at once
 */
public record IngestOptions(long maxInputBytes, Manifest manifest, int threads) {

    /** 20 MB, the default limit on one document. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 20L * 1024 * 1024;

    public IngestOptions {
        if (maxInputBytes <= 0) {
            throw new IllegalArgumentException("maxInputBytes must be positive: " + maxInputBytes);
        }
        Objects.requireNonNull(manifest, "manifest");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_INPUT_BYTES, Manifest.empty(), Runtime.getRuntime().availableProcessors());
    }
}
