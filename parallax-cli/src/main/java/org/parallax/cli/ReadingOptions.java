package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.ByteSize;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineSettings;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of the commands that read articles ({@code analyze}, {@code ingest}): the inputs, the
 * manifest, the size limit, threads, progress and the layers to run; it builds the pipeline they run.
 */
final class ReadingOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<String> paths;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "CSV with a header naming some of path,url,title,outlet,published,authors;"
                    + " its values override what is detected.")
    Path manifest;

    @Option(names = "--max-input-size", paramLabel = "SIZE", defaultValue = "20MB",
            description = "Largest document read: a file, an archive record, a JSON line (default: ${DEFAULT-VALUE}).")
    String maxInputSize;

    @Option(names = "--threads", paramLabel = "N", description = "Inputs read at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + PipelineSettings.DEFAULT_BATCH_SIZE,
            description = "Articles analysed and stored together; memory is bounded by it (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show progress when standard error is a terminal (default: on).")
    boolean progress;

    @Option(names = "--language", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the language layer (quotes, speakers, time expressions, entities) and the"
                    + " cross-article layer (one cast, timeline, stories, claims by outlet) (default: on)."
                    + " --no-language only reads and cleans the articles.")
    boolean language;

    /** The pipeline these options describe. */
    Pipeline pipeline() throws CommandFailure {
        long limit;
        try {
            limit = ByteSize.parse(maxInputSize);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.USAGE, "--max-input-size: " + e.getMessage());
        }
        Manifest known;
        try {
            known = manifest == null ? Manifest.empty() : Manifest.read(manifest);
        } catch (BadInputException e) {
            throw new CommandFailure(ExitCodes.FATAL, e.toProblem(manifest.toString()).toString());
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.FATAL, manifest + ": cannot be read: " + e.getMessage());
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        Ingestor ingestor = new Ingestor(FormatReaders.standard(), new IngestOptions(limit, known, workers));
        if (batchSize < 1) {
            throw new CommandFailure(ExitCodes.USAGE, "--batch-size must be at least 1");
        }
        PipelineSettings settings = PipelineSettings.defaults().withThreads(workers).withLanguage(language).withBatchSize(batchSize);
        return Pipeline.standard(ingestor, settings);
    }

    /** Progress on standard error, drawn only when asked for and standard error is a terminal. */
    Progress progress() {
        return new Progress(System.err, progress && Progress.attachedToTerminal());
    }
}
