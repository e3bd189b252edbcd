package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.evaluation.extraction.ExtractionBenchmark;
import org.parallax.evaluation.extraction.ExtractionReport;
import org.parallax.ingest.html.MainTextExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax bench}: measurements on public evaluation sets. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measures Parallax on public evaluation sets and prints the figures.",
        subcommands = {BenchCommand.Extraction.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** {@code parallax bench extraction DIR}: main-text extraction against the article-extraction benchmark. */
    @Command(name = "extraction",
            mixinStandardHelpOptions = true,
            description = "Main-text extraction on the article-extraction benchmark (html/*.html.gz and"
                    + " ground-truth.json): precision, recall and F1 over word 4-gram shingles, beside Readability4J.")
    static final class Extraction implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The benchmark folder, e.g. ../shared/bench/article-extraction")
        Path directory;

        @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/extraction-benchmark.json",
                description = "Where the figures are written as JSON (default: ${DEFAULT-VALUE}).")
        Path output;

        @Override
        public Integer call() throws IOException {
            PrintWriter stdout = spec.commandLine().getOut();
            ExtractionReport report = ExtractionBenchmark.run(directory, new MainTextExtractor());
            stdout.println(report.summary());
            report.writeJson(output);
            stdout.println("figures written to " + output);
            return ExitCodes.OK;
        }
    }
}
