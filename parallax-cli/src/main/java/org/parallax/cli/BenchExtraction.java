package org.parallax.cli;

import java.io.IOException;
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

/** {@code parallax bench extraction DIR}: main-text extraction against the article-extraction benchmark. */
@Command(name = "extraction",
        mixinStandardHelpOptions = true,
        description = "Main-text extraction on the article-extraction benchmark (html/*.html.gz and"
                + " ground-truth.json): precision, recall and F1 over word 4-gram shingles, beside Readability4J.")
final class BenchExtraction implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The benchmark folder, e.g. ../shared/bench/article-extraction")
    Path directory;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-extraction.json",
            description = "Where the figures are written as JSON (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws IOException {
        ExtractionReport report = ExtractionBenchmark.run(directory, new MainTextExtractor());
        spec.commandLine().getOut().println(report.summary());
        report.writeJson(output);
        spec.commandLine().getOut().println("figures written to " + output);
        return ExitCodes.OK;
    }
}
