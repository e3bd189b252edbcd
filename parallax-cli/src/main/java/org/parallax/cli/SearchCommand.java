package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.parallax.store.ModelJson;
import org.parallax.store.SearchHit;
import org.parallax.store.SearchQuery;
import org.parallax.store.SearchResults;
import org.parallax.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax search}: full-text search over a store, with filters, sorting, paging and facets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches a store's articles: words, \"phrases\", OR, -word, title:word (Lucene's syntax);"
                + " without words, every article the filters keep.",
            "Prints the hits with highlighted snippets, then counts by outlet, entity, speaker and month."})
final class SearchCommand extends StoreCommand {

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The words to find.")
    List<String> words = List.of();

    @Mixin
    QueryOptions filters;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Which page of hits (default: 1; no cap).")
    int page;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "10", description = "Hits per page (default: ${DEFAULT-VALUE}).")
    int pageSize;

    @Option(names = "--cursor", paramLabel = "CURSOR", description = "The page after the one whose last line gave this"
            + " cursor (\"next page: --cursor ...\"): deep pages as fast as the first; not with --page.")
    String cursor;

    @Option(names = "--json", description = "Print the results as one JSON object: total, hits (with each article's source), facets.")
    boolean json;

    @Override
    int run(Store store, PrintWriter out, PrintWriter err) throws CommandFailure {
        if (page < 1 || pageSize < 1) {
            throw new CommandFailure(ExitCodes.USAGE, "--page and --page-size must be at least 1");
        }
        if (cursor != null && page != 1) {
            throw new CommandFailure(ExitCodes.USAGE, "page by --page or by --cursor, not both");
        }
        SearchQuery query = filters.query(store, String.join(" ", words));
        query = cursor != null ? query.withCursor(cursor, pageSize)
                : query.withPage((int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize), pageSize);
        SearchResults results = store.search(query);
        if (json) {
            try {
                out.println(ModelJson.mapper().writeValueAsString(results));
            } catch (JsonProcessingException e) {
                throw new CommandFailure(ExitCodes.FATAL, "cannot write the results as JSON: " + e.getMessage());
            }
            return ExitCodes.OK;
        }
        out.printf("%d articles match%s%n", results.total(), cursor == null && results.total() > results.hits().size()
                ? String.format(" (page %d: %d to %d)", page, query.offset() + 1, query.offset() + results.hits().size())
                : cursor != null ? " (the page after the cursor)" : "");
        int number = query.offset();
        for (SearchHit hit : results.hits()) {
            out.printf("%n%d. %s (%s%s) [%s]%n   %s%n", ++number, hit.title().orElse("(no title)"), hit.outlet(),
                    hit.published().map(date -> ", " + date).orElse(""), hit.article(), hit.source());
            for (SearchHit.Snippet snippet : hit.snippets()) {
                out.println("   … " + snippet.marked("[", "]").strip() + " …");
            }
        }
        for (Map.Entry<SearchResults.FacetDimension, List<SearchResults.FacetCount>> facet : results.facets().entrySet()) {
            if (facet.getValue().isEmpty()) {
                continue;
            }
            out.printf("%nby %s:", facet.getKey().field());
            for (SearchResults.FacetCount count : facet.getValue()) {
                boolean named = !count.label().equals(count.value());
                out.printf(" %s%s %d;", count.label(), named ? " (" + count.value() + ")" : "", count.count());
            }
            out.println();
        }
        results.next().ifPresent(next -> out.printf("%nnext page: --cursor %s%n", next));
        return ExitCodes.OK;
    }
}
