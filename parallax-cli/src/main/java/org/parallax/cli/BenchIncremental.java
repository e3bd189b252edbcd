package org.parallax.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.evaluation.ReportFiles;
import org.parallax.evaluation.incremental.IncrementalBenchmark;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import org.parallax.model.AnalyzedArticle;
import org.parallax.pipeline.MemoryDestination;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineListener;
import org.parallax.pipeline.PipelineResult;
import org.parallax.pipeline.PipelineSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax bench incremental [--manifest FILE] PATH...}: the cross-article layer in batches against at once. */
@Command(name = "incremental",
        mixinStandardHelpOptions = true,
        description = "Analyses the articles (language layer, once), then runs the cross-article layer over all of them"
                + " at once and again in batches (the first analysed, each next joined to the account incrementally),"
                + " and prints what each batch cost and how far the two accounts agree: adjusted Rand index and extended"
                + " B-cubed of the stories and entities, the share of stories with the same articles and cast, and counts.")
final class BenchIncremental implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders, e.g. ../shared/bench/polnear/dev/text")
    List<String> paths = new ArrayList<>();

    @Option(names = "--manifest", paramLabel = "FILE", description = "A manifest giving the articles' outlets and dates.")
    Path manifest;

    @Option(names = "--batches", paramLabel = "N", defaultValue = "10", description = "Batches (default: ${DEFAULT-VALUE}).")
    int batches;

    @Option(names = "--no-kept-embeddings", description = "Batches embed every text again, as before the store kept"
            + " texts' embeddings (for comparison).")
    boolean noKeptEmbeddings;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-incremental.md",
            description = "Where the tables are written (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws IOException, BadInputException {
        Manifest known = manifest == null ? Manifest.empty() : Manifest.read(manifest);
        Ingestor ingestor = new Ingestor(FormatReaders.standard(), new IngestOptions(IngestOptions.DEFAULT_MAX_INPUT_BYTES, known, 1));
        long start = IncrementalBenchmark.processCpuNanos();
        MemoryDestination destination = new MemoryDestination();
        PipelineResult result = Pipeline.standard(ingestor, PipelineSettings.defaults().withThreads(1).withCrossArticle(false))
                .run(paths, destination, PipelineListener.NONE);
        List<AnalyzedArticle> articles = destination.corpus();
        double languageMillis = (IncrementalBenchmark.processCpuNanos() - start) / 1e6 / Math.max(1, articles.size());
        result.problems().forEach(problem -> spec.commandLine().getErr().println("parallax: " + problem));
        List<String> lines = new ArrayList<>(IncrementalBenchmark.run(articles, batches, CrossArticleAnalyzer.standard(),
                languageMillis, !noKeptEmbeddings));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Load average at the end: %.2f", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()));
        lines.forEach(spec.commandLine().getOut()::println);
        ReportFiles.writeLines(lines, output);
        spec.commandLine().getOut().println("tables written to " + output);
        return ExitCodes.OK;
    }
}
