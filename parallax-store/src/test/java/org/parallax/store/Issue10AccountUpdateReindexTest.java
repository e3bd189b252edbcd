package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.crossarticle.CrossArticleListener;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import org.parallax.model.CrossArticle;
import org.parallax.pipeline.ArticleDestination;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineListener;
import org.parallax.pipeline.PipelineSettings;

/**
 * Issue 10: an account kept after the articles were indexed (the store updates it instead of
 * replacing it) reaches their search documents: their entity and speaker fields are rewritten.
 */
class Issue10AccountUpdateReindexTest {

    @TempDir
    Path folder;

    @Test
    void anAccountKeptLaterReachesTheSearchDocuments() throws Exception {
        try (Store store = Store.open(StoreLocation.embedded(folder.resolve("store")))) {
            ArticleDestination destination = store.destination("tester");
            Ingestor ingestor = new Ingestor(FormatReaders.standard(),
                    new IngestOptions(IngestOptions.DEFAULT_MAX_INPUT_BYTES, Manifest.read(TestLayers.MANIFEST), 2));
            new Pipeline(ingestor, PipelineSettings.defaults().withThreads(2).withCrossArticle(false), () -> TestLayers.ANNOTATOR,
                    () -> TestLayers.ANALYZER).run(List.of(TestLayers.EXAMPLES.toString()), destination, PipelineListener.NONE);
            assertThat(store.search(SearchQuery.all().withPage(0, 0)).facets()
                    .getOrDefault(SearchResults.FacetDimension.ENTITY, List.of())).isEmpty();

            CrossArticle account = TestLayers.ANALYZER.analyze(destination.corpus(), CrossArticleListener.NONE);
            destination.keep(account);

            assertThat(store.search(SearchQuery.all().withPage(0, 0)).facets().get(SearchResults.FacetDimension.ENTITY))
                    .isNotEmpty();
            String entity = account.entities().get(0).id();
            assertThat(store.search(SearchQuery.all().withEntities(List.of(entity))).total()).isPositive();
        }
    }
}
