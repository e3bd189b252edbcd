package org.parallax.crossarticle;

import java.util.List;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Claim;

/** Finds the claims of a story's articles and aligns them across outlets. */
public interface ClaimAligner {

    /**
     * @param story    the story
     * @param articles the story's articles
     * @param entities entities resolved across all articles
     */
    List<Claim> align(StoryGroup story, List<AnalyzedArticle> articles, EntityResolution entities);
}
