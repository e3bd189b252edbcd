package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.evaluation.coreference.EventPairTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax train events DIR}: the event pair model from ECB+ train's cross-document chains. */
@Command(name = "events",
        mixinStandardHelpOptions = true,
        description = {"Trains the event pair model (gradient-boosted trees over pairs of event mentions) on ECB+ train's"
                + " cross-document chains, tunes its clustering threshold on every fifth train topic, and writes it where"
                + " the build ships it from. ECB+ dev is not read."})
final class TrainEvents implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The ECB+ folder holding train/, e.g. ../shared/bench/ecbplus")
    Path directory;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "parallax-crossarticle/src/main/resources/org/parallax/crossarticle/events/event-pair-model.bin.gz",
            description = "Where the model is written (default: ${DEFAULT-VALUE}; rebuild to ship it).")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep the language layer's output for the documents in DIR and reuse it on later runs.")
    Path cache;

    @Option(names = "--minimum-articles", defaultValue = "2",
            description = "The fewest articles an undated event's mentions come from, as the cross-article layer's"
                    + " events need (default: ${DEFAULT-VALUE}).")
    int minimumArticles;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            EventPairTraining.Result result = EventPairTraining.train(directory, Optional.ofNullable(cache), minimumArticles,
                    err::println);
            result.model().write(this.out);
            out.print(result.report());
            out.println(result.model().provenance());
            out.println("model written to " + this.out);
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("parallax: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
