package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.evaluation.coreference.EventNounTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax train event-nouns DIR}: the event stage's event noun model from ECB+ train's gold event mentions. */
@Command(name = "event-nouns",
        mixinStandardHelpOptions = true,
        description = {"Trains the event stage's event noun model (a logistic regression telling whether a noun the"
                + " rules leave out reports an event) on ECB+ train's gold event mentions, tunes it on every fifth train"
                + " topic, and writes it where the build ships it from. ECB+ dev is not read."})
final class TrainEventNouns implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The ECB+ folder holding train/, e.g. ../shared/bench/ecbplus")
    Path directory;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "parallax-language/src/main/resources/org/parallax/language/events/event-noun-model.tsv.gz",
            description = "Where the model is written (default: ${DEFAULT-VALUE}; rebuild to ship it).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            EventNounTraining.Result result = EventNounTraining.train(directory, err::println);
            result.model().write(this.out);
            out.print(result.report());
            out.println("model written to " + this.out);
            return ExitCodes.OK;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("parallax: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
