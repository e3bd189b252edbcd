package org.parallax.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.evaluation.attribution.AttributionBenchmark;
import org.parallax.evaluation.attribution.AttributionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax bench attribution DIR}: quotes and speakers on PolNeAR, beside CoreNLP's quote annotator. */
@Command(name = "attribution",
        mixinStandardHelpOptions = true,
        description = "Quotes and speakers on PolNeAR: content precision, recall and F1 (a gold attribution is found"
                + " when a quote covers half its content) and speaker accuracy, beside CoreNLP's quote attribution.")
final class BenchAttribution implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The PolNeAR folder holding dev/ and metadata.tsv, e.g. ../shared/bench/polnear")
    Path directory;

    @Option(names = "--compartment", defaultValue = "dev", description = "Which part to score (default: ${DEFAULT-VALUE}).")
    String compartment;

    @Option(names = "--corenlp", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Score CoreNLP's quote annotator in the same run (slow; default: on).")
    boolean coreNlp;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-attribution.json",
            description = "Where the figures are written as JSON (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--parse-cache", paramLabel = "DIR",
            description = "A folder keeping our side's CoreNLP parses between runs (none by default).")
    Optional<Path> parseCache;

    @Option(names = "--rules-only", description = "Run the quote stage without its trained cue model (for comparison).")
    boolean rulesOnly;

    @Override
    public Integer call() {
        AttributionReport report = AttributionBenchmark.run(directory, compartment,
                coreNlp ? AttributionBenchmark.Baseline.QUOTE_WITH_COREFERENCE : AttributionBenchmark.Baseline.NONE,
                parseCache, !rulesOnly);
        spec.commandLine().getOut().println(report.summary());
        report.writeJson(output);
        spec.commandLine().getOut().println("figures written to " + output);
        return ExitCodes.OK;
    }
}
