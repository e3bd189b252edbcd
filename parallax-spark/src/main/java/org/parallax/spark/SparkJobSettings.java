package org.parallax.spark;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parallax.ingest.IngestOptions;

/**
 * What one run of the Spark job reads and writes.
 *
 * @param paths             files, folders or globs, local or under any URI scheme Spark's Hadoop file systems read
 * @param out               the output folder (local or a Hadoop URI): Parquet tables, JSON Lines, and
 *                          {@code analysis.json} for small runs
 * @param manifest          a manifest file (as {@code parallax analyze --manifest}), readable on every executor
 * @param maxInputBytes     the largest document read, as {@link IngestOptions#maxInputBytes()}
 * @param partitions        how many partitions the language layer's work is spread over (0: four per core of the cluster)
 * @param analysisJsonLimit {@code analysis.json} is written beside the tables when the run has at most this many articles
 *                          (it is one file the driver writes; 0 never writes it)
 */
public record SparkJobSettings(List<String> paths, String out, Optional<String> manifest, long maxInputBytes,
        int partitions, int analysisJsonLimit) {

    /** Runs up to this many articles get {@code analysis.json}: about 50 MB of it for PolNeAR's 840 articles. */
    public static final int DEFAULT_ANALYSIS_JSON_LIMIT = 5_000;

    public SparkJobSettings {
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("name at least one input path");
        }
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(manifest, "manifest");
        if (maxInputBytes <= 0) {
            throw new IllegalArgumentException("maxInputBytes must be positive: " + maxInputBytes);
        }
        if (partitions < 0 || analysisJsonLimit < 0) {
            throw new IllegalArgumentException("partitions and analysisJsonLimit must not be negative");
        }
    }

    /** Reads {@code paths} into {@code out} with the default size limit, partitions and {@code analysis.json} limit. */
    public static SparkJobSettings of(List<String> paths, String out) {
        return new SparkJobSettings(paths, out, Optional.empty(), IngestOptions.DEFAULT_MAX_INPUT_BYTES, 0,
                DEFAULT_ANALYSIS_JSON_LIMIT);
    }

    public SparkJobSettings withManifest(Optional<String> file) {
        return new SparkJobSettings(paths, out, file, maxInputBytes, partitions, analysisJsonLimit);
    }

    public SparkJobSettings withPartitions(int count) {
        return new SparkJobSettings(paths, out, manifest, maxInputBytes, count, analysisJsonLimit);
    }

    public SparkJobSettings withAnalysisJsonLimit(int limit) {
        return new SparkJobSettings(paths, out, manifest, maxInputBytes, partitions, limit);
    }
}
