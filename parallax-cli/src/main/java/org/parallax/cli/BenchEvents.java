package org.parallax.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.evaluation.coreference.CoreferenceReport;
import org.parallax.evaluation.coreference.EventCoreferenceBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax bench events DIR}: cross-document event and entity coreference on ECB+. */
@Command(name = "events",
        mixinStandardHelpOptions = true,
        description = "Cross-document event and named-entity coreference on ECB+: each set's documents analysed together,"
                + " the gold mentions of the annotated sentences clustered as Parallax's events and entities cluster them,"
                + " scored with MUC, B-cubed, CEAF-e and the CoNLL F1, beside the same-head-lemma baseline for events.")
final class BenchEvents implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The ECB+ folder holding dev/ and train/, e.g. ../shared/bench/ecbplus")
    Path directory;

    @Option(names = "--set", paramLabel = "NAME", split = ",",
            description = "The sets to score (default: dev and train, those present).")
    List<String> sets = List.of();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Read at most N documents of each set (0: all; figures of a part are not comparable).")
    int limit;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep the language layer's output for the documents in DIR and reuse it on later runs"
                    + " (empty it after changing the language layer).")
    Path cache;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-events.json",
            description = "Where the figures are written as JSON (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        CoreferenceReport report = EventCoreferenceBenchmark.run(directory, sets, limit, java.util.Optional.ofNullable(cache));
        spec.commandLine().getOut().println(report.summary());
        report.writeJson(output);
        spec.commandLine().getOut().println("figures written to " + output);
        return ExitCodes.OK;
    }
}
