package org.parallax.cli;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.crossarticle.benchmark.CrossArticleScalingBenchmark;
import org.parallax.model.Analysis;
import org.parallax.report.AnalysisJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax bench scaling}: the cross-article layer's cost as the corpus grows. */
@Command(name = "scaling",
        mixinStandardHelpOptions = true,
        description = "Cost of the cross-article layer (entities, stories, events and claims) on synthetic corpora"
                + " made from real annotated articles: time, peak heap and analysis.json size per size, and the growth"
                + " exponents.")
final class BenchScaling implements Callable<Integer> {

    @Option(names = "--sizes", defaultValue = "1000,10000,100000", description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
    String sizes;

    @Option(names = "--texts", paramLabel = "DIR", defaultValue = "examples",
            description = "Folder of real article texts the synthetic corpora are copied from (default: ${DEFAULT-VALUE}).")
    String texts;

    @Option(names = "--onnx-sample", paramLabel = "N", defaultValue = "20",
            description = "Articles embedded with the real ONNX model to report its cost per article (default: ${DEFAULT-VALUE}).")
    int onnxSample;

    @Option(names = "--incremental", paramLabel = "N", defaultValue = "0",
            description = "Also join N articles (follow-up coverage of existing stories) to an account of each size"
                    + " incrementally, and report what that costs (default: ${DEFAULT-VALUE}, not measured).")
    int incremental;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-scaling.md",
            description = "Where the figures are written (default: ${DEFAULT-VALUE}).")
    String output;

    @Override
    public Integer call() throws Exception {
        List<String> args = new ArrayList<>(List.of("--sizes", sizes, "--texts", texts, "--onnx-sample", String.valueOf(onnxSample),
                "--output", output, "--incremental", String.valueOf(incremental)));
        CrossArticleScalingBenchmark.run(args.toArray(String[]::new), (corpus, result) -> {
            CountingStream counter = new CountingStream();
            new AnalysisJsonWriter().write(new Analysis(corpus, List.of(), List.of(), corpus.size(), result), counter);
            return counter.bytes;
        });
        return ExitCodes.OK;
    }

    /** Counts the bytes written to it and keeps none: the size of an output without writing it. */
    private static final class CountingStream extends OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
        }
    }
}
