package org.parallax.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.evaluation.timeline.TimelineTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax train timeline DIR}: the event stage's time attachment models, trained on TimeBank's TLINKs. */
@Command(name = "timeline",
        mixinStandardHelpOptions = true,
        description = "Trains the event stage's time attachment models (same sentence, and across the passage) on TempEval-3's"
                + " TimeBank (tuned by cross-validation on TimeBank, AQUAINT held out) and writes them where the language layer"
                + " loads them from.")
final class TrainTimeline implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The TempEval-3 folder, e.g. ../shared/bench/tempeval3")
    Path directory;

    @Option(names = "--model", paramLabel = "FILE",
            defaultValue = "parallax-language/src/main/resources/org/parallax/language/events/time-attachment-model.tsv.gz",
            description = "Where the model is written (default: ${DEFAULT-VALUE}; rebuild to ship it).")
    Path model;

    @Option(names = "--passage-model", paramLabel = "FILE",
            defaultValue = "parallax-language/src/main/resources/org/parallax/language/events/passage-attachment-model.tsv.gz",
            description = "Where the passage (cross-sentence) model is written (default: ${DEFAULT-VALUE}; rebuild to ship it).")
    Path passageModel;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/train-timeline.txt",
            description = "Where the training figures are written (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        TimelineTraining.Result result = TimelineTraining.train(directory, model, passageModel);
        spec.commandLine().getOut().print(result.summary());
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, result.summary(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the training figures to " + output, e);
        }
        spec.commandLine().getOut().println("figures written to " + output);
        return ExitCodes.OK;
    }
}
