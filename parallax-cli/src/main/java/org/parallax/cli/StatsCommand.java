package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parallax.store.ModelJson;
import org.parallax.store.Store;
import org.parallax.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax stats}: what a store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints how many articles, entities, quotes, events, stories, claims and outlets a store holds.")
final class StatsCommand extends StoreCommand {

    @Option(names = "--json", description = "Print the counts as one JSON object.")
    boolean json;

    @Override
    int run(Store store, PrintWriter out, PrintWriter err) throws CommandFailure {
        StoreCounts counts = store.counts();
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("articles", counts.current());
        figures.put("entities", counts.entities());
        figures.put("quotes", counts.quotes());
        figures.put("events", counts.events());
        figures.put("stories", counts.stories());
        figures.put("claims", counts.claims());
        figures.put("outlets", counts.outlets());
        figures.put("superseded", counts.articles() - counts.current());
        figures.put("nearDuplicates", counts.nearDuplicates());
        figures.put("problems", counts.problems());
        figures.put("corrections", counts.corrections());
        if (json) {
            try {
                out.println(ModelJson.mapper().writeValueAsString(figures));
            } catch (JsonProcessingException e) {
                throw new CommandFailure(ExitCodes.FATAL, "cannot write the counts as JSON: " + e.getMessage());
            }
        } else {
            figures.forEach((name, value) -> out.printf("%-15s %d%n", name, value));
        }
        return ExitCodes.OK;
    }
}
