package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.parallax.store.Answers;
import org.parallax.store.ModelJson;
import org.parallax.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax ask}: the analysts' questions over a store. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answers questions over a store: what X said (about Y), who spoke about X, X's timeline,"
                + " which outlets reported, contradicted or left out a claim.",
        subcommands = {AskCommand.Said.class, AskCommand.Speakers.class, AskCommand.Timeline.class, AskCommand.Claim.class})
final class AskCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** The one entity a name or id stands for (the first, when a name is shared). */
    static String entity(Store store, String option, String given) throws CommandFailure {
        return QueryOptions.resolve(store, option, List.of(given)).get(0);
    }

    static void json(PrintWriter out, Object answer) throws CommandFailure {
        try {
            out.println(ModelJson.mapper().writeValueAsString(answer));
        } catch (JsonProcessingException e) {
            throw new CommandFailure(ExitCodes.FATAL, "cannot write the answer as JSON: " + e.getMessage());
        }
    }

    /** Prints answers as one JSON array, or one line each. */
    static <T> int answer(PrintWriter out, boolean json, List<T> answers, java.util.function.Consumer<T> line) throws CommandFailure {
        if (json) {
            json(out, answers);
        } else {
            answers.forEach(line);
        }
        return ExitCodes.OK;
    }

    @Command(name = "said", mixinStandardHelpOptions = true, description = "What a speaker said, optionally about something.")
    static final class Said extends StoreCommand {
        @Parameters(index = "0", paramLabel = "SPEAKER", description = "The speaker's entity id or name.")
        String speaker;

        @Option(names = "--about", paramLabel = "ID|NAME", description = "Only quotes that mention this entity.")
        String about;

        @Option(names = "--json", description = "Print the quotes as JSON.")
        boolean json;

        @Override
        int run(Store store, PrintWriter out, PrintWriter err) throws CommandFailure {
            String who = entity(store, "SPEAKER", speaker);
            Optional<String> subject = about == null ? Optional.empty() : Optional.of(entity(store, "--about", about));
            return answer(out, json, store.quotes(who, subject),
                    quote -> out.printf("%s %s %s: \"%s\"%n", quote.article(), quote.span(), quote.outlet(), quote.text()));
        }
    }

    @Command(name = "speakers", mixinStandardHelpOptions = true, description = "Who spoke about an entity, most quotes first.")
    static final class Speakers extends StoreCommand {
        @Parameters(index = "0", paramLabel = "ID|NAME", description = "The entity spoken about.")
        String about;

        @Option(names = "--json", description = "Print the speakers as JSON.")
        boolean json;

        @Override
        int run(Store store, PrintWriter out, PrintWriter err) throws CommandFailure {
            return answer(out, json, store.speakersAbout(entity(store, "ID|NAME", about)),
                    speaker -> out.printf("%s (%s): %d quotes%n", speaker.name(), speaker.entity(), speaker.quotes()));
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true, description = "The events an entity takes part in, in order.")
    static final class Timeline extends StoreCommand {
        @Parameters(index = "0", paramLabel = "ID|NAME", description = "The entity.")
        String entity;

        @Option(names = "--json", description = "Print the events as JSON.")
        boolean json;

        @Override
        int run(Store store, PrintWriter out, PrintWriter err) throws CommandFailure {
            return answer(out, json, store.timeline(entity(store, "ID|NAME", entity)),
                    event -> out.printf("%s  %s  %s (%d reports)%n", event.date().orElse("(undated)"), event.id(),
                            event.summary(), event.evidence().size()));
        }
    }

    @Command(name = "claim", mixinStandardHelpOptions = true,
            description = "Which outlets of its story reported, contradicted or left out a claim.")
    static final class Claim extends StoreCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The claim's id (c<n>).")
        String claim;

        @Option(names = "--json", description = "Print the coverage as JSON.")
        boolean json;

        @Override
        int run(Store store, PrintWriter out, PrintWriter err) throws CommandFailure {
            Answers.ClaimCoverage coverage = store.claimCoverage(claim)
                    .orElseThrow(() -> new CommandFailure(ExitCodes.USAGE, "the store holds no claim " + claim));
            if (json) {
                json(out, coverage);
            } else {
                out.printf("%s (story %s, %s): %s%n", claim, coverage.story(),
                        coverage.claim().coverage().name().toLowerCase(java.util.Locale.ROOT), coverage.claim().statement());
                coverage.outlets().forEach((outlet, stance) -> out.printf("  %-30s %s%n", outlet,
                        stance.name().toLowerCase(java.util.Locale.ROOT).replace("absent", "left out")));
            }
            return ExitCodes.OK;
        }
    }
}
