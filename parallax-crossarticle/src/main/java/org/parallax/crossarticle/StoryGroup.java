package org.parallax.crossarticle;

import java.util.List;
import org.parallax.model.Evidence;

/**
 * Articles found to be about one story, before its events and claims are aligned.
 *
 * @param id       {@code s<n>}
 * @param title    a title taken from its articles
 * @param summary  extractive summary sentences, as evidence
 * @param articles ids of its articles
 * @param entities ids of the resolved entities its articles share
 */
public record StoryGroup(String id, String title, List<Evidence> summary, List<String> articles, List<String> entities) {

    public StoryGroup {
        summary = List.copyOf(summary);
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
    }
}
