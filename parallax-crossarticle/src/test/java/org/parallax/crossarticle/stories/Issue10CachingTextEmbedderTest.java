package org.parallax.crossarticle.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: an incremental ingest embeds only the texts it adds. The caching embedder hands back
 * the model's own vectors, looks texts up before embedding them, and keeps what it embedded.
 */
class Issue10CachingTextEmbedderTest {

    /** A model that counts the texts it embeds; each vector is made of the text's letters. */
    private static final class CountingModel implements TextEmbedder {
        final List<String> embedded = new ArrayList<>();

        @Override
        public float[] embed(String text) {
            embedded.add(text);
            float[] vector = {text.length(), text.chars().filter(c -> c == 'e').count(), 1};
            return Vectors.normalized(vector);
        }

        @Override
        public int dimension() {
            return 3;
        }
    }

    /** A cache in memory, counting how often it is asked. */
    private static final class MapCache implements EmbeddingCache {
        final Map<String, float[]> kept = new HashMap<>();
        int lookups;

        @Override
        public Map<String, float[]> find(Collection<String> keys) {
            lookups++;
            Map<String, float[]> found = new HashMap<>();
            keys.forEach(key -> {
                if (kept.containsKey(key)) {
                    found.put(key, kept.get(key));
                }
            });
            return found;
        }

        @Override
        public void keep(Map<String, float[]> embeddings) {
            embeddings.forEach(kept::putIfAbsent);
        }
    }

    private static final List<String> LEADS = List.of(
            "Ukraine and Russia agreed a ceasefire around the Zaporizhzhia nuclear plant on Sunday.",
            "The grain corridor reopened after inspectors in Istanbul cleared the first ships.",
            "Ukraine and Russia agreed a ceasefire around the Zaporizhzhia nuclear plant on Sunday.");

    @Test
    void textsTheCacheHoldsAreNotEmbeddedAgainAndTheVectorsAreTheModels() {
        CountingModel model = new CountingModel();
        CachingTextEmbedder embedder = new CachingTextEmbedder(model, "counting");
        MapCache cache = new MapCache();

        List<float[]> first = embedder.using(cache, () -> embedder.embedAll(LEADS));
        assertThat(model.embedded).containsExactly(LEADS.get(0), LEADS.get(1));
        assertThat(cache.kept).hasSize(2).containsKey(CachingTextEmbedder.key("counting", LEADS.get(0)));
        assertThat(first.get(0)).containsExactly(new CountingModel().embed(LEADS.get(0)));
        assertThat(first.get(2)).containsExactly(first.get(0));

        model.embedded.clear();
        List<float[]> again = embedder.using(cache, () -> List.of(embedder.embed(LEADS.get(1)),
                embedder.embedAll(List.of(LEADS.get(0), "A new lead about the harvest.")).get(0)));

        assertThat(model.embedded).containsExactly("A new lead about the harvest.");
        assertThat(again.get(0)).containsExactly(first.get(1));
        assertThat(again.get(1)).containsExactly(first.get(0));
        assertThat(embedder.textsAsked()).isEqualTo(6);
        assertThat(embedder.textsEmbedded()).isEqualTo(3);
    }

    @Test
    void outsideABoundCacheNothingIsLookedUpOrKeptAndAnotherModelsKeysDiffer() {
        CountingModel model = new CountingModel();
        CachingTextEmbedder embedder = new CachingTextEmbedder(model, "counting");
        MapCache cache = new MapCache();
        embedder.using(cache, () -> embedder.embed(LEADS.get(0)));

        embedder.embed(LEADS.get(0));

        assertThat(model.embedded).hasSize(2);
        assertThat(cache.lookups).isEqualTo(1);
        assertThat(CachingTextEmbedder.key("other", LEADS.get(0))).isNotEqualTo(CachingTextEmbedder.key("counting", LEADS.get(0)))
                .hasSize(64);
    }

    @Test
    void aCallerMayChangeTheVectorsItGetsWithoutChangingTheCache() {
        CachingTextEmbedder embedder = new CachingTextEmbedder(new CountingModel(), "counting");
        MapCache cache = new MapCache();
        float[] vector = embedder.using(cache, () -> embedder.embed(LEADS.get(1)));
        float[] kept = cache.kept.values().iterator().next().clone();

        vector[0] = 42;

        assertThat(cache.kept.values().iterator().next()).containsExactly(kept);
    }
}
