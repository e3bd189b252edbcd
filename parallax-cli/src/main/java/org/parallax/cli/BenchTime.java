package org.parallax.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.evaluation.time.TimeBenchmark;
import org.parallax.evaluation.time.TimeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax bench time DIR}: time expressions on TempEval-3's TimeBank and AQUAINT, beside SUTime. */
@Command(name = "time",
        mixinStandardHelpOptions = true,
        description = "Time expressions on TempEval-3 (TBAQ-cleaned), with each document's creation time as its"
                + " publication date: strict and relaxed detection F1, value F1 and type F1, per subset, beside"
                + " CoreNLP's SUTime in the same run.")
final class BenchTime implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The TempEval-3 folder, e.g. ../shared/bench/tempeval3")
    Path directory;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Read at most N documents (0: all).")
    int limit;

    @Option(names = "--sutime", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Score CoreNLP's SUTime in the same run (default: on).")
    boolean suTime;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-time.json",
            description = "Where the figures are written as JSON (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        TimeReport report = TimeBenchmark.run(directory, new TimeBenchmark.Options(limit, suTime, Optional.empty()));
        spec.commandLine().getOut().println(report.summary());
        report.writeJson(output);
        spec.commandLine().getOut().println("figures written to " + output);
        return ExitCodes.OK;
    }
}
