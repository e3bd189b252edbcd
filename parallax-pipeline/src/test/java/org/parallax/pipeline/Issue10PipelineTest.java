package org.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.crossarticle.benchmark.ScalingCorpus;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.language.AnnotationContext;
import org.parallax.language.Layer;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.Stage;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.ProblemCategory;

/** Issue 10: the pipeline streams batch by batch, and one failing article (in any layer) is a problem, not the end. */
class Issue10PipelineTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("parallax.repositoryRoot", "..")).resolve("examples");

    /** A language layer that fails on the article whose text mentions {@code marker}, and does nothing to the others. */
    private static LanguagePipeline failingOn(String marker) {
        return new LanguagePipeline(List.of(new Stage() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public Set<Layer> requires() {
                return Set.of();
            }

            @Override
            public Set<Layer> provides() {
                return Set.of();
            }

            @Override
            public void process(AnnotationContext context) {
                if (context.article().text().contains(marker)) {
                    throw new IllegalStateException("stage broke on purpose");
                }
            }
        }));
    }

    private static Pipeline pipeline(int batchSize, LanguagePipeline language) {
        Ingestor ingestor = new Ingestor(FormatReaders.standard(), IngestOptions.defaults());
        PipelineSettings settings = PipelineSettings.defaults().withThreads(2).withBatchSize(batchSize);
        return new Pipeline(ingestor, settings, () -> language::annotate, () -> {
            throw new IllegalStateException("cross-article layer broke on purpose");
        });
    }

    @Test
    void anArticleTheLanguageLayerFailsOnIsAProblemAndTheOthersAreKept() {
        MemoryDestination memory = new MemoryDestination();
        List<Integer> batches = new ArrayList<>();
        PipelineListener listener = batchSizes(batches);
        PipelineResult result = pipeline(1, failingOn("Koren")).run(List.of(EXAMPLES.toString()), memory, listener);

        assertThat(result.inputs()).isEqualTo(3);
        assertThat(result.skipped()).singleElement().asString().endsWith("manifest.csv");
        assertThat(result.read()).isEqualTo(3);
        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.category()).isEqualTo(ProblemCategory.INTERNAL);
            assertThat(problem.message()).contains("the language layer failed").contains("stage broke on purpose");
            assertThat(problem.input()).endsWith("002_afd6bb49de05422a.txt");
        });
        assertThat(result.kept()).isEqualTo(2);
        assertThat(memory.corpus()).hasSize(result.kept());
        assertThat(batches).as("one batch per article, a batch of none for a failed one").allMatch(size -> size <= 1);
    }

    @Test
    void aFailingCrossArticleLayerIsAProblemAndTheArticlesAreStillKept() {
        MemoryDestination memory = new MemoryDestination();
        PipelineResult result = pipeline(2, failingOn("no such text anywhere"))
                .run(List.of(EXAMPLES.toString()), memory, PipelineListener.NONE);

        assertThat(result.kept()).isEqualTo(3);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.input()).isEqualTo(Pipeline.CROSS_ARTICLE_INPUT);
            assertThat(problem.category()).isEqualTo(ProblemCategory.INTERNAL);
            assertThat(problem.message()).contains("cross-article layer broke on purpose");
        });
        assertThat(result.crossArticle().stories()).isEmpty();
    }

    @Test
    void articlesKeepTheirInputOrderAcrossBatches() {
        MemoryDestination small = new MemoryDestination();
        MemoryDestination large = new MemoryDestination();
        pipeline(1, failingOn("no such text anywhere")).run(List.of(EXAMPLES.toString()), small, PipelineListener.NONE);
        pipeline(100, failingOn("no such text anywhere")).run(List.of(EXAMPLES.toString()), large, PipelineListener.NONE);

        assertThat(small.corpus()).isEqualTo(large.corpus());
    }

    @Test
    void crossArticleAnalyzerIsNotBuiltWhenTheLanguageLayerIsOff() {
        Ingestor ingestor = new Ingestor(FormatReaders.standard(), IngestOptions.defaults());
        Pipeline pipeline = new Pipeline(ingestor, PipelineSettings.defaults().withLanguage(false), () -> {
            throw new AssertionError("the language layer must not be built");
        }, () -> CrossArticleAnalyzer.standard()::analyze);
        MemoryDestination memory = new MemoryDestination();
        PipelineResult result = pipeline.run(List.of(EXAMPLES.toString()), memory, PipelineListener.NONE);
        assertThat(result.kept()).isEqualTo(3);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void articlesAnalysedElsewhereAreKeptInBatchesAndJoinedWithoutTheLanguageLayer() throws IOException {
        Iterator<AnalyzedArticle> corpus = ScalingCorpus.articles(ScalingCorpus.readBases(EXAMPLES), 7);
        List<AnalyzedArticle> analysed = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            analysed.add(corpus.next());
        }
        Ingestor ingestor = new Ingestor(FormatReaders.standard(), IngestOptions.defaults());
        Pipeline pipeline = new Pipeline(ingestor, PipelineSettings.defaults().withBatchSize(5), () -> {
            throw new AssertionError("the language layer must not be built");
        }, () -> IncrementalCorpusAnalyzer.of(ScalingCorpus.hashingAnalyzer()));
        MemoryDestination memory = new MemoryDestination();
        List<Integer> batches = new ArrayList<>();
        PipelineListener listener = batchSizes(batches);

        PipelineResult result = pipeline.keepAnalyzed(analysed, memory, listener);

        assertThat(result.read()).isEqualTo(12);
        assertThat(result.kept()).isEqualTo(12);
        assertThat(result.problems()).isEmpty();
        assertThat(batches).containsExactly(5, 5, 2);
        assertThat(memory.corpus()).isEqualTo(analysed);
        Set<String> covered = new HashSet<>();
        result.crossArticle().stories().forEach(story -> covered.addAll(story.articles()));
        assertThat(covered).as("the cross-article layer ran over them").hasSize(12);
    }

    /** A listener that adds the size of each batch kept to {@code sizes}. */
    private static PipelineListener batchSizes(List<Integer> sizes) {
        return new PipelineListener() {
            @Override
            public void batchKept(List<org.parallax.model.Article> articles) {
                sizes.add(articles.size());
            }
        };
    }
}
