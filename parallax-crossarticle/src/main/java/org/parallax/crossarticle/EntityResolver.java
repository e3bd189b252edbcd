package org.parallax.crossarticle;

import java.util.List;
import org.parallax.model.AnalyzedArticle;

/** Resolves the per-article entities of many articles into entities across them. */
public interface EntityResolver {

    EntityResolution resolve(List<AnalyzedArticle> articles);
}
