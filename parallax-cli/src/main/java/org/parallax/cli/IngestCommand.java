package org.parallax.cli;

import java.io.PrintWriter;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineResult;
import org.parallax.store.Store;
import org.parallax.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax ingest}: analyses articles and adds them to a store, batch by batch, through the {@link Pipeline}. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Analyses articles (the formats analyze reads) and adds them to a store; articles it holds already are"
                    + " passed over. The cross-article account (cast, timeline, stories, claims) is then recomputed over"
                    + " the whole store, with the corrections of its audit log reapplied.",
            "An article is stored once its batch is committed; a run killed midway resumes where it stopped when run again."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every input was read",
            "1:the articles read were stored, but some inputs or articles failed",
            "2:the command line is wrong",
            "3:the store or the manifest cannot be used",
            "4:the store is busy: another process is writing to it"})
final class IngestCommand extends StoreCommand {

    @Mixin
    PipelineOptions reading;

    @Option(names = "--as", paramLabel = "NAME", description = "Who is ingesting, for the record (default: the system user).")
    String who;

    @Option(names = "--verbose", description = "Print a line for each article as soon as it is stored.")
    boolean verbose;

    @Override
    int run(Store store, PrintWriter out, PrintWriter err) throws CommandFailure {
        Pipeline pipeline = reading.pipeline();
        Progress progress = reading.progress();
        if (verbose) {
            progress.onBatchKept(articles -> {
                progress.finish();
                for (Article article : articles) {
                    out.println("stored " + article.id() + " " + article.source());
                }
                out.flush();
            });
        }
        PipelineResult result = pipeline.run(reading.paths, store.destination(user(who)), progress);
        progress.finish();
        for (InputProblem problem : result.problems()) {
            err.println("parallax: " + problem);
        }
        StoreCounts counts = store.counts();
        out.printf("%d articles from %d inputs: %d new, %d already stored%s -> %s (%d articles, %d stories)%n",
                result.read(), result.inputs(), result.kept(), result.read() - result.kept() - languageFailures(result),
                result.problems().isEmpty() ? "" : " (" + result.problems().size() + " problems)", store.location(),
                counts.current(), counts.stories());
        return result.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    private static int languageFailures(PipelineResult result) {
        return (int) result.problems().stream().filter(problem -> problem.message().startsWith("the language layer")).count();
    }
}
