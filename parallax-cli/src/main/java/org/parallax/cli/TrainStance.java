package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.crossarticle.stance.StanceModel;
import org.parallax.crossarticle.stance.StanceTrainer;
import org.parallax.evaluation.stance.StanceBenchmark;
import org.parallax.evaluation.stance.StanceSplit;
import org.parallax.evaluation.stance.StanceTuning;
import org.parallax.model.ClaimStance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax train stance DIR}: the stance model from FNC-1 (its training part) and ARC. */
@Command(name = "stance",
        mixinStandardHelpOptions = true,
        description = {"Trains the stance model (gradient-boosted trees) on the training part of fnc1-dev and all of ARC,"
                + " chooses its boosting rounds and decision weights on the validation part, and writes it where the build"
                + " ships it from.",
            "--validate does the same without writing the model."})
final class TrainStance implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder holding fnc1-dev/ and arc/, e.g. ../shared/bench/stance")
    Path directory;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "parallax-crossarticle/src/main/resources/org/parallax/crossarticle/stance/stance-model.bin.gz",
            description = "Where the model is written (default: ${DEFAULT-VALUE}; rebuild to ship it).")
    Path out;

    @Option(names = "--validate", description = "Train, tune and score on the validation part, but write no model.")
    boolean validate;

    @Option(names = "--arc", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Train on ARC's pairs too (default: on).")
    boolean arc;

    @Option(names = "--cache", paramLabel = "FILE", description = "Keep sentence embeddings in FILE between runs.")
    Path cache;

    @Option(names = "--trees", defaultValue = "100", description = "Boosting rounds (default: ${DEFAULT-VALUE}).")
    int trees;

    @Option(names = "--depth", defaultValue = "8", description = "Deepest tree (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--leaves", defaultValue = "32", description = "Most leaves of a tree (default: ${DEFAULT-VALUE}).")
    int leaves;

    @Option(names = "--shrinkage", defaultValue = "0.08", description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double shrinkage;

    @Option(names = "--disagree-copies", defaultValue = "1",
            description = "Times each disagreeing pair is trained on (default: ${DEFAULT-VALUE}).")
    int disagreeCopies;

    @Option(names = "--tune-rounds", split = ",", paramLabel = "N,...", defaultValue = "75,100",
            description = "Boosting rounds (at most --trees) to cut the model to when choosing its rounds and decision"
                    + " weights on the validation part (default: ${DEFAULT-VALUE}).")
    List<Integer> tuneRounds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            StanceTrainer standard = StanceTrainer.standard();
            StanceTrainer trainer = new StanceTrainer(trees, depth, leaves, standard.nodeSize(), shrinkage, standard.subsample(),
                    disagreeCopies);
            StanceBenchmark benchmark = new StanceBenchmark(directory, Optional.ofNullable(cache), line -> err.println(line));
            StanceModel model = benchmark.train(trainer, arc);
            benchmark.saveCache();
            List<StanceTuning.Choice> choices = benchmark.tune(model, StanceSplit.Part.VALIDATION, tuneRounds);
            for (StanceTuning.Choice choice : choices) {
                out.printf(Locale.ROOT, "validation, %d rounds: weights %s, relative %.4f (unweighted %.4f), disagree F1 %.4f%n",
                        choice.rounds(), Arrays.toString(choice.weights()), choice.tuned().relative(), choice.plain().relative(),
                        choice.tuned().f1(ClaimStance.CONTRADICTS));
            }
            StanceTuning.Choice best = StanceTuning.best(choices);
            StanceModel tuned = model.trimmed(best.rounds()).withDecisionWeights(best.weights());
            out.println(benchmark.score(tuned, StanceSplit.Part.VALIDATION, benchmark.embedder()).summary());
            if (!validate) {
                tuned.write(this.out);
                out.println("model written to " + this.out);
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("parallax: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
