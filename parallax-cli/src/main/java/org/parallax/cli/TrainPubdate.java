package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.evaluation.pubdate.PubdateTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax train pubdate DIR}: the vote among a page's candidate publication dates, from htmldate's pages. */
@Command(name = "pubdate",
        mixinStandardHelpOptions = true,
        description = {"Trains the vote among a page's candidate publication dates (logistic regression) on the"
                + " development part of the publication-date set (the held-out part is never read), chooses its"
                + " regularisation and threshold by cross-validation there, and writes it where the build ships it from."})
final class TrainPubdate implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The publication-date set (gold.json, pages/), e.g. ../shared/bench/pubdate")
    Path directory;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "parallax-ingest/src/main/resources/org/parallax/ingest/html/publication-date-model.tsv",
            description = "Where the model is written (default: ${DEFAULT-VALUE}; rebuild to ship it).")
    Path out;

    @Option(names = "--max-wrong", paramLabel = "SHARE", defaultValue = "0.025",
            description = "The largest cross-validated share of wrongly dated development pages a setting may have"
                    + " (default: ${DEFAULT-VALUE}).")
    double maxWrong;

    @Override
    public Integer call() {
        PrintWriter output = spec.commandLine().getOut();
        PubdateTraining.Result result = PubdateTraining.train(directory, maxWrong, line -> {
            output.println(line);
            output.flush();
        });
        result.model().write(out);
        output.println(result.model().provenance());
        output.println("model written to " + out);
        return ExitCodes.OK;
    }
}
