package org.parallax.crossarticle;

import java.util.List;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Event;

/** Finds events in articles and merges the reports of one event across articles. */
public interface EventFinder {

    List<Event> find(List<AnalyzedArticle> articles, EntityResolution entities);
}
