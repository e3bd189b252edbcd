package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of the commands that run the whole pipeline ({@code analyze}, {@code ingest}): the inputs, the
 * manifest, how they are read, the batch size and the layers to run; it builds the pipeline they run.
 */
final class PipelineOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<String> paths;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "CSV with a header naming some of path,url,title,outlet,published,authors;"
                    + " its values override what is detected.")
    Path manifest;

    @Mixin
    ReadingOptions reading;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + PipelineSettings.DEFAULT_BATCH_SIZE,
            description = "Articles analysed and stored together; memory is bounded by it (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--language", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the language layer (quotes, speakers, time expressions, entities) and the"
                    + " cross-article layer (one cast, timeline, stories, claims by outlet) (default: on)."
                    + " --no-language only reads and cleans the articles.")
    boolean language;

    /** The pipeline these options describe. */
    Pipeline pipeline() throws CommandFailure {
        Manifest known;
        try {
            known = manifest == null ? Manifest.empty() : Manifest.read(manifest);
        } catch (BadInputException e) {
            throw new CommandFailure(ExitCodes.FATAL, e.toProblem(manifest.toString()).toString());
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.FATAL, manifest + ": cannot be read: " + e.getMessage());
        }
        Ingestor ingestor;
        try {
            ingestor = reading.ingestor(known);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.USAGE, "--max-input-size: " + e.getMessage());
        }
        if (batchSize < 1) {
            throw new CommandFailure(ExitCodes.USAGE, "--batch-size must be at least 1");
        }
        PipelineSettings settings = PipelineSettings.defaults().withThreads(reading.workers()).withLanguage(language)
                .withBatchSize(batchSize);
        return Pipeline.standard(ingestor, settings);
    }

    /** Progress on standard error, drawn only when asked for and standard error is a terminal. */
    Progress progress() {
        return reading.display();
    }
}
