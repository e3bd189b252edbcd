package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.evaluation.stories.StoryPairTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax train stories DIR}: the story pair model from the stories grouping leaves on ECB+ train. */
@Command(name = "stories",
        mixinStandardHelpOptions = true,
        description = {"Trains the story pair model (logistic regression over two stories compared as wholes) on the"
                + " candidate story pairs that average-linkage grouping leaves on ECB+ train, labelled by the gold"
                + " subtopics; chooses its penalty and joining threshold by the B-cubed F1 of the stories on train, and"
                + " writes it where the build ships it from. ECB+ dev is not read."})
final class TrainStories implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The ECB+ folder holding train/, e.g. ../shared/bench/ecbplus")
    Path directory;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "parallax-crossarticle/src/main/resources/org/parallax/crossarticle/stories/story-pair-model.bin.gz",
            description = "Where the model is written (default: ${DEFAULT-VALUE}; rebuild to ship it).")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep the language layer's output for the documents in DIR and reuse it on later runs"
                    + " (shared with bench stories and bench events).")
    Path cache;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            StoryPairTraining.Result result = StoryPairTraining.train(directory, Optional.ofNullable(cache), err::println);
            result.model().write(this.out);
            result.report().forEach(out::println);
            out.println("model written to " + this.out);
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("parallax: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
