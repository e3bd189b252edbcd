package org.parallax.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.evaluation.claims.ClaimPair;
import org.parallax.evaluation.claims.ClaimPairBenchmark;
import org.parallax.evaluation.claims.PairLabel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax bench claims ANALYSIS}: precision of joined and contradicted claim pairs against labelled pairs. */
@Command(name = "claims",
        mixinStandardHelpOptions = true,
        description = "Precision of the claims of an analysis.json (joined pairs: one claim; contradicted pairs: a"
                + " dispute) on the pairs a reader labelled, for each stratum (joined or contradicted, in one article"
                + " or across two) and weighted by the pairs of the run. Run analyze on PolNeAR train with its outlets"
                + " first; see docs/quality-crossarticle.md.")
final class BenchClaims implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ANALYSIS", description = "The analysis.json of a run.")
    Path analysis;

    @Option(names = "--labels", paramLabel = "FILE",
            defaultValue = "parallax-evaluation/src/test/resources/org/parallax/evaluation/claims/polnear-train-claim-pairs.tsv",
            description = "The labelled pairs (default: ${DEFAULT-VALUE}).")
    Path labels;

    @Option(names = "--unlabelled", paramLabel = "FILE",
            description = "Write up to --per-stratum unlabelled pairs of each stratum to FILE, with their words, to label.")
    Path unlabelled;

    @Option(names = "--per-stratum", paramLabel = "N", defaultValue = "40",
            description = "Unlabelled pairs drawn per stratum for --unlabelled (default: ${DEFAULT-VALUE}).")
    int perStratum;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-claims.json",
            description = "Where the figures are written as JSON (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        List<ClaimPairBenchmark.AnalysedPair> pairs = ClaimPairBenchmark.pairs(analysis);
        Map<ClaimPair, PairLabel> known = ClaimPairBenchmark.labels(labels);
        var figures = ClaimPairBenchmark.score(pairs, known);
        spec.commandLine().getOut().print(ClaimPairBenchmark.summary(figures));
        ClaimPairBenchmark.writeJson(figures, output);
        spec.commandLine().getOut().println("figures written to " + output);
        if (unlabelled != null) {
            try {
                Files.write(unlabelled, ClaimPairBenchmark.unlabelled(pairs, known, perStratum, 8), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + unlabelled, e);
            }
            spec.commandLine().getOut().println("unlabelled pairs written to " + unlabelled);
        }
        return ExitCodes.OK;
    }
}
