package org.parallax.crossarticle;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.Story;

/**
 * The parts of a kept cross-article account that {@link CrossArticleAnalyzer#extend(AccountView, List, ArticleLookup,
 * CrossArticleListener)} reads: the entities added articles may join, the stories their entities pick, the events of
 * those stories' articles, and the account's highest record numbers. A store serves them by index, so that joining
 * articles to the account reads a part of it that does not grow with the store ({@code ParallaxStore}); {@link #of}
 * serves them from a whole account in memory.
 *
 * <p>"Account order" is the order of the whole account's lists: entities as resolved, events on the timeline,
 * stories by number. Every list a view returns is in that order.
 */
public interface AccountView {

    /** How many distinct articles the account's stories cover. */
    long articles();

    /** The account's highest record numbers. */
    AccountNumbers numbers();

    /**
     * At least every entity that shares a name key ({@link org.parallax.crossarticle.entities.NameEntityResolver#linkageKeys})
     * with a per-article entity of {@code added} (the entities the resolver may join them to), and every entity with one
     * of {@code members} (per-article entity ids), in account order. More is allowed: the result is the same. Of a
     * block of a sorted key ({@link org.parallax.crossarticle.entities.NameEntityResolver.SortedKey}) larger than
     * {@link org.parallax.crossarticle.entities.NameEntityResolver#FULL_BLOCK}, the entities whose forms lie within
     * {@link org.parallax.crossarticle.entities.NameEntityResolver#WINDOW} of an added form on either side are enough:
     * the resolver pairs it with no others; the result is then the same but that two added forms of such a block
     * further apart than the window, which the whole block keeps apart, may be paired (and joined when their names
     * match) in the smaller block served.
     */
    List<Entity> entities(List<AnalyzedArticle> added, Collection<String> members);

    /** For each of {@code entities} held by some story's cast, how many stories' casts hold it. */
    Map<String, Integer> storyCounts(Collection<String> entities);

    /** The ids of the stories whose cast holds one of {@code entities}. */
    Set<String> storiesWithEntities(Collection<String> entities);

    /** The ids of the stories holding one of {@code articles}. */
    Set<String> storiesWithArticles(Collection<String> articles);

    /** The stories with these ids, in account order; an id with no story is left out. */
    List<Story> stories(Collection<String> ids);

    /** At least every event with evidence in one of {@code articles}, in account (timeline) order. */
    List<Event> events(Collection<String> articles);

    /** A view of a whole account held in memory. */
    static AccountView of(CrossArticle account) {
        return new WholeAccount(account);
    }
}
