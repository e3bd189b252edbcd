package org.parallax.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.evaluation.pubdate.PubdateBenchmark;
import org.parallax.evaluation.pubdate.PubdateReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax bench pubdate DIR}: publication dates of real web pages, and how many give article text. */
@Command(name = "pubdate",
        mixinStandardHelpOptions = true,
        description = "Publication dates on htmldate's evaluation pages (pages/*.gz and gold.json), each read with"
                + " its URL: share of pages with the right day, share dated, share dated wrongly, and share where"
                + " an article text is found; for the development part, the held-out part and all pages.")
final class BenchPubdate implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The benchmark folder, e.g. ../shared/bench/pubdate")
    Path directory;

    @Option(names = "--list", paramLabel = "N", defaultValue = "20",
            description = "List up to N development pages of each kind of miss (default: ${DEFAULT-VALUE}).")
    int listed;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-pubdate.json",
            description = "Where the figures are written as JSON (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        PubdateReport report = PubdateBenchmark.run(directory);
        spec.commandLine().getOut().print(report.summary(listed));
        report.writeJson(output);
        spec.commandLine().getOut().println("figures written to " + output);
        return ExitCodes.OK;
    }
}
