package org.parallax.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.evaluation.attribution.AttributionTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax train attribution DIR}: the quote stage's cue model and source picker, trained on PolNeAR's train split. */
@Command(name = "attribution",
        mixinStandardHelpOptions = true,
        description = "Trains the quote stage's cue model, source picker and frame check on PolNeAR's train split (tuned on held-out train articles,"
                + " dev untouched) and writes it where the language layer loads it from.")
final class TrainAttribution implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The PolNeAR folder holding train/ and metadata.tsv, e.g. ../shared/bench/polnear")
    Path directory;

    @Option(names = "--model", paramLabel = "FILE",
            defaultValue = "parallax-language/src/main/resources/org/parallax/language/quotes/cue-model.tsv.gz",
            description = "Where the cue model is written (default: ${DEFAULT-VALUE}; rebuild to ship it).")
    Path model;

    @Option(names = "--source-model", paramLabel = "FILE",
            defaultValue = "parallax-language/src/main/resources/org/parallax/language/quotes/source-model.tsv.gz",
            description = "Where the source picker is written (default: ${DEFAULT-VALUE}; rebuild to ship it).")
    Path sourceModel;

    @Option(names = "--frame-model", paramLabel = "FILE",
            defaultValue = "parallax-language/src/main/resources/org/parallax/language/quotes/frame-model.tsv.gz",
            description = "Where the frame check is written (default: ${DEFAULT-VALUE}; rebuild to ship it).")
    Path frameModel;

    @Option(names = "--cue-setting", paramLabel = "STRENGTH:THRESHOLD",
            description = "Use this cue model setting (e.g. 8:0.3, what a full run chose) instead of searching the settings.")
    Optional<String> cueSetting;

    @Option(names = "--parse-cache", paramLabel = "DIR",
            description = "A folder keeping CoreNLP's parses between runs (none by default: every article is parsed).")
    Optional<Path> parseCache;

    @Option(names = "--held-out-models", paramLabel = "DIR",
            description = "Also write the chosen models as fit without the held-out train articles to this folder (to read"
                    + " the held-out articles' errors with HeldOutErrors).")
    Optional<Path> heldOutModels;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/train-attribution.txt",
            description = "Where the training figures are written (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        AttributionTraining.Result result = AttributionTraining.train(directory, model, sourceModel, frameModel, parseCache,
                cueSetting.map(AttributionTraining.CueSetting::parse), heldOutModels);
        spec.commandLine().getOut().print(result.summary());
        try {
            if (output.toAbsolutePath().getParent() != null) {
                Files.createDirectories(output.toAbsolutePath().getParent());
            }
            Files.writeString(output, result.summary(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the training figures to " + output, e);
        }
        spec.commandLine().getOut().println("figures written to " + output);
        return ExitCodes.OK;
    }
}
