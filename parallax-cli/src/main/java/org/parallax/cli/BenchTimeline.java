package org.parallax.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.evaluation.timeline.TimelineBenchmark;
import org.parallax.evaluation.timeline.TimelineReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax bench timeline DIR}: are events dated by the words that date them, on TempEval-3's TLINKs? */
@Command(name = "timeline",
        mixinStandardHelpOptions = true,
        description = "Event dating on TempEval-3 (TBAQ-cleaned): for every gold event a TLINK ties (IS_INCLUDED, INCLUDES,"
                + " SIMULTANEOUS) to an explicit date of its text (a day, month, year or week), is the event mention covering"
                + " it dated with that value? Accuracy (right/all) and precision (right/dated), TimeBank (tuned on),"
                + " AQUAINT (held out) and all.")
final class BenchTimeline implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The TempEval-3 folder, e.g. ../shared/bench/tempeval3")
    Path directory;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Read at most N documents of each corpus (0: all).")
    int limit;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-timeline.json",
            description = "Where the figures are written as JSON (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--errors", paramLabel = "FILE", description = "Also write each disagreement with the gold, one a line.")
    Path errors;

    @Option(names = "--rules-only", description = "Date by the hand-written rules alone, without the shipped time attachment"
            + " model (to compare).")
    boolean rulesOnly;

    @Override
    public Integer call() {
        TimelineReport report = TimelineBenchmark.run(directory, limit, Optional.ofNullable(errors), rulesOnly);
        spec.commandLine().getOut().println(report.summary());
        report.writeJson(output);
        spec.commandLine().getOut().println("figures written to " + output);
        return ExitCodes.OK;
    }
}
