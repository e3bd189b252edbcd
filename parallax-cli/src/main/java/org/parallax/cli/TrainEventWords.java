package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.evaluation.coreference.EventWordLexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax train event-words DIR}: the event stage's lexicon of event nouns and adjectives from ECB+ train. */
@Command(name = "event-words",
        mixinStandardHelpOptions = true,
        description = {"Derives the event stage's lexicon of event words from ECB+ train's gold event mentions (the"
                + " lemmas marked as triggers in most of their uses, in several topics) and writes it where the build"
                + " ships it from. ECB+ dev is not read."})
final class TrainEventWords implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The ECB+ folder holding train/, e.g. ../shared/bench/ecbplus")
    Path directory;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "parallax-language/src/main/resources/org/parallax/language/events/event-words.tsv",
            description = "Where the lexicon is written (default: ${DEFAULT-VALUE}; rebuild to ship it).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<EventWordLexicon.Entry> entries = EventWordLexicon.derive(directory);
            EventWordLexicon.write(entries, this.out);
            out.println(String.format(Locale.ROOT, "%d event words written to %s", entries.size(), this.out));
            return ExitCodes.OK;
        } catch (IOException | IllegalArgumentException e) {
            err.println("parallax: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
