package org.parallax.crossarticle;

import org.parallax.language.LanguagePipeline;
import org.parallax.language.LanguagePipelines;

/** The real language layer for cross-article tests, built once per test JVM: loading its models takes seconds and a gigabyte. */
public final class LanguageLayer {

    private static LanguagePipeline pipeline;

    private LanguageLayer() {
    }

    public static synchronized LanguagePipeline pipeline() {
        if (pipeline == null) {
            pipeline = LanguagePipelines.standard();
        }
        return pipeline;
    }
}
