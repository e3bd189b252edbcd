package org.parallax.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.model.Analysis;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.Story;

/**
 * An analysis indexed once for rendering its pages: articles, entities and events by id, and the
 * stories each article is in.
 *
 * @param analysis         the analysis
 * @param articles         its articles by id
 * @param entities         its resolved entities by id
 * @param events           its events by id
 * @param storiesOfArticle the stories each article is in, in story order
 */
record ReportContext(Analysis analysis, Map<String, AnalyzedArticle> articles, Map<String, Entity> entities,
        Map<String, Event> events, Map<String, List<Story>> storiesOfArticle) {

    ReportContext {
        Objects.requireNonNull(analysis, "analysis");
    }

    static ReportContext of(Analysis analysis) {
        Map<String, AnalyzedArticle> articles = new HashMap<>();
        analysis.articles().forEach(analyzed -> articles.put(analyzed.article().id(), analyzed));
        Map<String, Entity> entities = new HashMap<>();
        analysis.crossArticle().entities().forEach(entity -> entities.put(entity.id(), entity));
        Map<String, Event> events = new HashMap<>();
        analysis.crossArticle().events().forEach(event -> events.put(event.id(), event));
        Map<String, List<Story>> stories = new HashMap<>();
        for (Story story : analysis.crossArticle().stories()) {
            story.articles().forEach(id -> stories.computeIfAbsent(id, key -> new ArrayList<>()).add(story));
        }
        return new ReportContext(analysis, articles, entities, events, stories);
    }

    /** The article of an id the analysis holds. */
    AnalyzedArticle article(String id) {
        AnalyzedArticle article = articles.get(id);
        if (article == null) {
            throw new IllegalStateException("the report refers to unknown article " + id);
        }
        return article;
    }
}
