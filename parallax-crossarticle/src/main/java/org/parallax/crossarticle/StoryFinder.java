package org.parallax.crossarticle;

import java.util.List;
import org.parallax.model.AnalyzedArticle;

/** Groups articles into stories by what they are about; an article may join more than one. */
public interface StoryFinder {

    List<StoryGroup> find(List<AnalyzedArticle> articles, EntityResolution entities);
}
