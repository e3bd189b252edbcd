package org.parallax.cli;

import java.io.PrintWriter;
import java.util.List;
import org.parallax.store.Correction;
import org.parallax.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax story list|merge|split}: the stories of a store and corrections to them. */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = "Lists and corrects stories; each correction is kept in the audit log (who, when) and"
                + " reapplied whenever articles are added or the analysis is rerun.",
        subcommands = {StoryCommand.ListStories.class, StoryCommand.Merge.class, StoryCommand.Split.class})
final class StoryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the stories with their articles, independent sources and outlets.")
    static final class ListStories extends StoreCommand {
        @Override
        int run(Store store, PrintWriter out, PrintWriter err) {
            store.forEachStory(summary -> out.printf("%s  %d articles, %d independent sources, %d claims: %s (%s)%n",
                    summary.story().id(), summary.articles(), summary.independentSources(), summary.story().claims().size(),
                    summary.story().title(), String.join(", ", summary.story().outlets())));
            return ExitCodes.OK;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Makes two stories one (the first keeps its id and title).")
    static final class Merge extends CorrectionCommand.Merge {
        @Override
        Correction correct(Store store, String user) {
            return store.mergeStories(kept, merged, user);
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true, description = "Makes some articles of a story a story of their own.")
    static final class Split extends CorrectionCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The story.")
        String story;

        @Option(names = "--articles", required = true, split = ",", paramLabel = "ID", description = "The articles split off.")
        List<String> articles;

        @Override
        Correction correct(Store store, String user) {
            return store.splitStory(story, articles, user);
        }
    }
}
