package org.parallax.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.evaluation.ReportFiles;
import org.parallax.evaluation.stories.StoryBenchmark;
import org.parallax.evaluation.stories.StoryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax bench stories DIR}: stories on ECB+ against its gold subtopics, extended B-cubed. */
@Command(name = "stories",
        mixinStandardHelpOptions = true,
        description = "Stories on ECB+: each document of a split as plain text, one sentence a line, analysed together;"
                + " extended B-cubed precision, recall and F1 of the stories against the gold subtopics (each topic's"
                + " two events), beside one story per gold topic, every document alone, and all in one.")
final class BenchStories implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The ECB+ folder, e.g. ../shared/bench/ecbplus (or one split's folder)")
    Path directory;

    @Option(names = "--split", defaultValue = "dev",
            description = "The split's folder under DIR: dev (scored) or train (tuned on) (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-stories.json",
            description = "Where the figures are written as JSON (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep the language layer's output for the documents in DIR and reuse it on later runs"
                    + " (shared with bench events; empty it after changing the language layer).")
    Path cache;

    @Option(names = "--tune", description = "Instead, score a grid of story weights and thresholds on the split, best"
            + " first, and write the table to FILE (tune on train, report dev).")
    boolean tune;

    @Override
    public Integer call() throws java.io.IOException {
        if (tune) {
            List<String> lines = StoryBenchmark.tune(StoryBenchmark.prepare(StoryBenchmark.splitFolder(directory, split),
                    java.util.Optional.ofNullable(cache)));
            lines.forEach(spec.commandLine().getOut()::println);
            ReportFiles.writeLines(lines, output);
            spec.commandLine().getOut().println("table written to " + output);
            return ExitCodes.OK;
        }
        StoryReport report = StoryBenchmark.prepare(StoryBenchmark.splitFolder(directory, split), java.util.Optional.ofNullable(cache))
                .score(org.parallax.crossarticle.stories.EmbeddingStoryFinder.standard());
        spec.commandLine().getOut().print(report.summary());
        report.writeJson(output);
        spec.commandLine().getOut().println("figures written to " + output);
        return report.documents() == 0 ? ExitCodes.FATAL : ExitCodes.OK;
    }
}
