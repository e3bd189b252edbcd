package org.parallax.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestListener;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.language.LanguagePipelines;
import org.parallax.model.Article;
import org.parallax.store.StoreBenchmark;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the benchmarks over a synthetic store ({@code bench store}, {@code bench serve}) start from: the
 * real articles, how many of them the language layer analyses, and how many variations are stored.
 */
final class CorpusOptions {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Real articles to start from (default: ../shared/bench/polnear/train/text).")
    List<String> paths = new ArrayList<>(List.of("../shared/bench/polnear/train/text"));

    @Option(names = "--sample", paramLabel = "N", defaultValue = "30", description = "Articles analysed by the language layer (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "Store size: synthetic variations of the analysed articles (default: ${DEFAULT-VALUE}).")
    int articles;

    /** The real articles, read (cleaned, not analysed). */
    List<Article> texts() {
        return new Ingestor(FormatReaders.standard(), IngestOptions.defaults()).ingest(paths, IngestListener.NONE).articles();
    }

    /**
     * The real articles analysed by the language layer as {@code benchmark} samples them; empty (with the reason on
     * {@code err}) when the paths hold no article.
     */
    Optional<StoreBenchmark.Baseline> baseline(StoreBenchmark benchmark, PrintWriter err) {
        List<Article> texts = texts();
        if (texts.isEmpty()) {
            err.println("parallax: no articles in " + paths);
            return Optional.empty();
        }
        return Optional.of(benchmark.baseline(texts, LanguagePipelines.standard()::annotate));
    }
}
