package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.parallax.store.ExportFormat;
import org.parallax.store.Exporter;
import org.parallax.store.SearchQuery;
import org.parallax.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax export}: the store (or what the filters select) as JSON Lines, CSV, GraphML or an HTML report. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a store without caps: jsonl (one article or story per line, as analysis.json has them),"
                + " csv (a folder of articles, quotes, entities, events and claims tables), graphml (entities, who quotes"
                + " whom, who acts with whom, for Gephi) or html (the report of a story or of the articles a query selects).",
            "jsonl, csv and graphml are streamed: the whole store exports in constant memory."})
final class ExportCommand extends StoreCommand {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl, csv, graphml or html.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write (a folder for csv and html).")
    Path out;

    @Option(names = "--query", paramLabel = "WORDS", description = "Only articles that match these words.")
    String text;

    @Mixin
    QueryOptions filters;

    @Override
    int run(Store store, PrintWriter stdout, PrintWriter err) throws CommandFailure {
        ExportFormat chosen;
        try {
            chosen = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.USAGE, "--format: " + format + " is none of jsonl, csv, graphml, html");
        }
        SearchQuery query = filters.filtered() || text != null ? filters.query(store, text == null ? "" : text) : null;
        try {
            new Exporter(store).export(chosen, query, out);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.FATAL, out + ": cannot write the export: " + e.getMessage());
        }
        stdout.println("exported " + (query == null ? "the store" : "the selected articles") + " as " + chosen.name().toLowerCase(Locale.ROOT)
                + " -> " + out);
        return ExitCodes.OK;
    }
}
