package org.parallax.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.model.InputFormat;
import org.parallax.store.SearchQuery;
import org.parallax.store.SearchSort;
import org.parallax.store.Store;
import picocli.CommandLine.Option;

/** The filters and sort of {@code search} and {@code export}, and the query they make. */
final class QueryOptions {

    @Option(names = "--outlet", paramLabel = "OUTLET", description = "Only this outlet (repeatable).")
    List<String> outlets = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after this date (yyyy-mm-dd).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before this date (yyyy-mm-dd).")
    String to;

    @Option(names = "--entity", paramLabel = "ID|NAME", description = "Only articles that mention this entity (repeatable).")
    List<String> entities = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "ID|NAME", description = "Only articles that quote this entity (repeatable).")
    List<String> speakers = new ArrayList<>();

    @Option(names = "--story", paramLabel = "ID", description = "Only articles of this story (repeatable).")
    List<String> stories = new ArrayList<>();

    @Option(names = "--input-format", paramLabel = "FORMAT", description = "Only articles read from this input format:"
            + " text, html, feed, warc, json-lines (repeatable).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
    String sort;

    /** Whether any filter is set. */
    boolean filtered() {
        return !outlets.isEmpty() || from != null || to != null || !entities.isEmpty() || !speakers.isEmpty()
                || !stories.isEmpty() || !formats.isEmpty();
    }

    SearchQuery query(Store store, String text) throws CommandFailure {
        List<InputFormat> inputFormats = new ArrayList<>();
        for (String format : formats) {
            try {
                inputFormats.add(InputFormat.valueOf(format.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(ExitCodes.USAGE, "--input-format: no input format " + format
                        + " (text, html, feed, warc, json-lines)");
            }
        }
        SearchSort order;
        try {
            order = SearchSort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.USAGE, "--sort: " + sort + " is none of relevance, newest, oldest");
        }
        return SearchQuery.text(text).withOutlets(outlets).withDates(date("--from", from), date("--to", to))
                .withEntities(resolve(store, "--entity", entities)).withSpeakers(resolve(store, "--speaker", speakers))
                .withStories(stories).withFormats(inputFormats).withSort(order);
    }

    private static Optional<LocalDate> date(String option, String value) throws CommandFailure {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new CommandFailure(ExitCodes.USAGE, option + ": " + value + " is not a date (yyyy-mm-dd)");
        }
    }

    /** Entity ids for ids or names; a name no entity has is an error naming it. */
    static List<String> resolve(Store store, String option, List<String> given) throws CommandFailure {
        List<String> ids = new ArrayList<>();
        for (String each : given) {
            List<String> found = store.findEntities(each);
            if (found.isEmpty()) {
                throw new CommandFailure(ExitCodes.USAGE, option + ": the store knows no entity " + each);
            }
            ids.addAll(found);
        }
        return ids;
    }
}
