package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.crossarticle.stance.StanceModel;
import org.parallax.crossarticle.stance.StanceTrainer;
import org.parallax.evaluation.stance.StanceBenchmark;
import org.parallax.evaluation.stance.StanceSplit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax train stance DIR}: the stance model from FNC-1 (its training part) and ARC. */
@Command(name = "stance",
        mixinStandardHelpOptions = true,
        description = {"Trains the stance model (gradient-boosted trees) on the training and validation parts of"
                + " fnc1-dev and all of ARC, and writes it where the build ships it from.",
            "--validate trains on the training part and ARC only and scores the validation part instead."})
final class TrainStance implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder holding fnc1-dev/ and arc/, e.g. ../shared/bench/stance")
    Path directory;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "parallax-crossarticle/src/main/resources/org/parallax/crossarticle/stance/stance-model.bin.gz",
            description = "Where the model is written (default: ${DEFAULT-VALUE}; rebuild to ship it).")
    Path out;

    @Option(names = "--validate", description = "Score the validation part instead of writing a model.")
    boolean validate;

    @Option(names = "--arc", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Train on ARC's pairs too (default: on).")
    boolean arc;

    @Option(names = "--cache", paramLabel = "FILE", description = "Keep sentence embeddings in FILE between runs.")
    Path cache;

    @Option(names = "--trees", defaultValue = "300", description = "Boosting rounds (default: ${DEFAULT-VALUE}).")
    int trees;

    @Option(names = "--depth", defaultValue = "8", description = "Deepest tree (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--leaves", defaultValue = "32", description = "Most leaves of a tree (default: ${DEFAULT-VALUE}).")
    int leaves;

    @Option(names = "--shrinkage", defaultValue = "0.08", description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double shrinkage;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            StanceTrainer standard = StanceTrainer.standard();
            StanceTrainer trainer = new StanceTrainer(trees, depth, leaves, standard.nodeSize(), shrinkage, standard.subsample());
            StanceBenchmark benchmark = new StanceBenchmark(directory, Optional.ofNullable(cache), line -> err.println(line));
            StanceModel model = benchmark.train(trainer, validate, arc);
            benchmark.saveCache();
            if (validate) {
                out.println(benchmark.score(model, StanceSplit.Part.VALIDATION, benchmark.embedder()).summary());
            } else {
                model.write(this.out);
                out.println(model.provenance());
                out.println("model written to " + this.out);
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("parallax: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
