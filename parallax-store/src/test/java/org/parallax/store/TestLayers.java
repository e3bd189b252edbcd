package org.parallax.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.parallax.crossarticle.AccountChange;
import org.parallax.crossarticle.AccountView;
import org.parallax.crossarticle.ArticleLookup;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.crossarticle.CrossArticleListener;
import org.parallax.crossarticle.stories.EmbeddingCache;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.LanguagePipelines;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.CrossArticle;
import org.parallax.pipeline.ArticleAnnotator;
import org.parallax.pipeline.IncrementalCorpusAnalyzer;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineSettings;

/**
 * The real language and cross-article layers, built once per test JVM, and remembering what they
 * computed: the store gives an article the same id in every store, so the many stores of the
 * tests share one annotation of each article (the layers are deterministic).
 */
final class TestLayers {

    static final Path ROOT = Path.of(System.getProperty("parallax.repositoryRoot", ".."));
    static final Path EXAMPLES = ROOT.resolve("examples");
    static final Path MANIFEST = EXAMPLES.resolve("manifest.csv");

    private static LanguagePipeline language;
    private static CrossArticleAnalyzer crossArticle;
    private static final Map<String, AnalyzedArticle> ANNOTATED = new ConcurrentHashMap<>();
    private static final Map<List<AnalyzedArticle>, CrossArticle> ACCOUNTS = new ConcurrentHashMap<>();

    private TestLayers() {
    }

    private static synchronized LanguagePipeline language() {
        if (language == null) {
            language = LanguagePipelines.standard();
        }
        return language;
    }

    /** The standard cross-article layer, built once per test JVM. */
    static synchronized CrossArticleAnalyzer crossArticle() {
        if (crossArticle == null) {
            crossArticle = CrossArticleAnalyzer.standard();
        }
        return crossArticle;
    }

    static final ArticleAnnotator ANNOTATOR = (Article article) ->
            ANNOTATED.computeIfAbsent(article.id() + "\n" + article.text(), key -> language().annotate(article));

    /** The standard layer, incremental, remembering the accounts of whole corpora. */
    static final IncrementalCorpusAnalyzer ANALYZER = new IncrementalCorpusAnalyzer() {
        @Override
        public CrossArticle analyze(List<AnalyzedArticle> articles, CrossArticleListener listener) {
            return ACCOUNTS.computeIfAbsent(List.copyOf(articles), key -> crossArticle().analyze(key, listener));
        }

        @Override
        public AccountChange extend(AccountView account, List<AnalyzedArticle> added, ArticleLookup stored,
                CrossArticleListener listener) {
            return crossArticle().extend(account, added, stored, listener);
        }

        @Override
        public <T> T withEmbeddingCache(EmbeddingCache cache, Supplier<T> work) {
            return crossArticle().withEmbeddingCache(cache, work);
        }
    };

    /** A pipeline over these layers, reading with {@code manifest} (or none). */
    static Pipeline pipeline(Path manifest) {
        return pipeline(manifest, PipelineSettings.DEFAULT_BATCH_SIZE);
    }

    /** A pipeline over these layers storing {@code batchSize} articles at a time. */
    static Pipeline pipeline(Path manifest, int batchSize) {
        return pipeline(manifest, batchSize, ANALYZER);
    }

    /** A pipeline with the language layer of these layers and {@code crossArticle}, reading with {@code manifest}. */
    static Pipeline pipeline(Path manifest, int batchSize, IncrementalCorpusAnalyzer crossArticle) {
        try {
            Manifest known = manifest == null ? Manifest.empty() : Manifest.read(manifest);
            Ingestor ingestor = new Ingestor(FormatReaders.standard(), new IngestOptions(IngestOptions.DEFAULT_MAX_INPUT_BYTES, known, 2));
            return new Pipeline(ingestor, PipelineSettings.defaults().withThreads(2).withBatchSize(batchSize),
                    () -> ANNOTATOR, () -> crossArticle);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + manifest, e);
        }
    }
}
