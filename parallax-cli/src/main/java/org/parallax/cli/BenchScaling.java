package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.crossarticle.benchmark.CrossArticleScalingBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax bench scaling}: the cross-article layer's cost as the corpus grows. */
@Command(name = "scaling",
        mixinStandardHelpOptions = true,
        description = "Cost of the cross-article layer (entities, stories, events and claims) on synthetic corpora"
                + " made from real annotated articles: time and peak heap per size, and the growth exponent.")
final class BenchScaling implements Callable<Integer> {

    @Option(names = "--sizes", defaultValue = "1000,10000,100000", description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
    String sizes;

    @Option(names = "--texts", paramLabel = "DIR", defaultValue = "examples",
            description = "Folder of real article texts the synthetic corpora are copied from (default: ${DEFAULT-VALUE}).")
    String texts;

    @Option(names = "--onnx-sample", paramLabel = "N", defaultValue = "20",
            description = "Articles embedded with the real ONNX model to report its cost per article (default: ${DEFAULT-VALUE}).")
    int onnxSample;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-scaling.md",
            description = "Where the figures are written (default: ${DEFAULT-VALUE}).")
    String output;

    @Override
    public Integer call() throws Exception {
        List<String> args = new ArrayList<>(List.of("--sizes", sizes, "--texts", texts, "--onnx-sample", String.valueOf(onnxSample),
                "--output", output));
        CrossArticleScalingBenchmark.main(args.toArray(String[]::new));
        return ExitCodes.OK;
    }
}
