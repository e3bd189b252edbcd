package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 10: the embedded store (H2 and Lucene in a data folder) passes the store contract. */
class EmbeddedStoreTest extends StoreContractTest {

    @Override
    StoreLocation newLocation(Path temporary) {
        return StoreLocation.embedded(temporary.resolve("parallax-data"));
    }

    @Test
    void aLostSearchIndexIsRebuiltFromTheRecords() throws Exception {
        Path folder = temporary.resolve("rebuilt");
        try (Store store = Store.open(StoreLocation.embedded(folder))) {
            TestLayers.pipeline(TestLayers.MANIFEST).run(java.util.List.of(TestLayers.EXAMPLES.toString()),
                    store.destination("tester"), org.parallax.pipeline.PipelineListener.NONE);
        }
        try (Stream<Path> files = Files.walk(folder.resolve("index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        try (Store store = Store.open(StoreLocation.embedded(folder))) {
            assertThat(store.search(SearchQuery.text("Ukraine")).total()).isEqualTo(3);
            assertThat(store.search(SearchQuery.all()).facets().get(SearchResults.FacetDimension.ENTITY)).isNotEmpty();
        }
    }
}
