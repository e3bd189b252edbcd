package org.parallax.crossarticle.events;

import org.parallax.crossarticle.stories.OnnxTextEmbedder;
import org.parallax.crossarticle.stories.TextEmbedder;

/** The sentence embedder for the trained event finder in tests, loaded once per test JVM. */
final class TrainedEventFinder {

    private static TextEmbedder embedder;

    private TrainedEventFinder() {
    }

    static synchronized TextEmbedder embedder() {
        if (embedder == null) {
            embedder = new OnnxTextEmbedder();
        }
        return embedder;
    }
}
