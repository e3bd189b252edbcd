package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.crossarticle.stance.StanceModel;
import org.parallax.evaluation.stance.StanceBenchmark;
import org.parallax.evaluation.stance.StanceReport;
import org.parallax.evaluation.stance.StanceSplit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax bench stance DIR}: the stance judge on FNC-1's held-out part, beside the word-overlap baseline. */
@Command(name = "stance",
        mixinStandardHelpOptions = true,
        description = "Claim stance on FNC-1 (headline = claim, body = article): the official relative score, per-class"
                + " F1 and macro-F1 on the held-out part of fnc1-dev (disjoint in headlines and bodies from what the model"
                + " was trained on), beside the word-overlap baseline.")
final class BenchStance implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder holding fnc1-dev/ and arc/, e.g. ../shared/bench/stance")
    Path directory;

    @Option(names = "--model", paramLabel = "FILE", description = "A model written by 'train stance' (default: the shipped one).")
    Path model;

    @Option(names = "--part", defaultValue = "HELD_OUT",
            description = "Which part of fnc1-dev to score: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    StanceSplit.Part part;

    @Option(names = "--cache", paramLabel = "FILE", description = "Keep sentence embeddings in FILE between runs.")
    Path cache;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-stance.json",
            description = "Where the figures are written as JSON (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            StanceModel scored = model == null ? StanceModel.standard() : StanceModel.read(model);
            StanceBenchmark benchmark = new StanceBenchmark(directory, Optional.ofNullable(cache), line -> err.println(line));
            StanceReport report = benchmark.score(scored, part, benchmark.embedder());
            benchmark.saveCache();
            out.println(report.summary());
            report.writeJson(output);
            out.println("figures written to " + output);
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("parallax: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
