package org.parallax.crossarticle.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one article gives the event finder, a function of the article and the entity resolution alone
 * ({@link SentenceEventFinder#reports}): its dated event reports and the links between them, and its candidate
 * mentions for undated events (those its dated reports do not hold).
 *
 * @param candidates its dated event reports, in text order
 * @param links      pairs of indexes into {@code candidates}: the later report refers back to the earlier one's event
 * @param undated    its candidate mentions for undated events
 */
public record ArticleEventReports(List<EventCandidate> candidates, List<int[]> links,
        EventMentionPairs.ArticleMentions undated) {

    public ArticleEventReports {
        candidates = List.copyOf(candidates);
        List<int[]> copied = new ArrayList<>(links.size());
        for (int[] link : links) {
            if (link.length != 2 || link[0] < 0 || link[1] < 0 || link[0] >= candidates.size() || link[1] >= candidates.size()) {
                throw new IllegalArgumentException("a link joins two of the article's " + candidates.size() + " reports");
            }
            copied.add(link.clone());
        }
        links = List.copyOf(copied);
        Objects.requireNonNull(undated, "undated");
    }
}
