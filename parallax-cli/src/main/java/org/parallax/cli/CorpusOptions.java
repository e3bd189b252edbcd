package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestListener;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.model.Article;
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
}
