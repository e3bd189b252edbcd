package org.parallax.crossarticle;

import java.util.List;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Entity;

/** An entity resolver that can also resolve new articles' entities against entities resolved before. */
public interface IncrementalEntityResolver extends EntityResolver {

    /**
     * The entities of {@code existing} (as an earlier resolution, with people's corrections, left
     * them) with the per-article entities of {@code added} resolved against them and among
     * themselves, by the same rules as {@link #resolve}.
     *
     * <p>Contract: every existing entity keeps its id, its members and its aliases and roles, and
     * gains the added members that match it; two existing entities are never joined (an earlier
     * resolution or a correction kept them apart); added members that match none become new
     * entities, numbered after the highest existing {@code e<n>}. The resolution covers the
     * members of both; its entity list is the existing entities in their order, then the new ones.
     * Cost grows with the added articles' entities and the existing entities' names, not with the
     * articles read before.
     */
    default EntityResolution extend(List<Entity> existing, List<AnalyzedArticle> added) {
        return extend(existing, added, AccountIds.maxNumber(existing.stream().map(Entity::id).toList(), "e"));
    }

    /**
     * {@link #extend(List, List)} where {@code existing} is the part of the entities that the added ones may
     * join (every existing entity sharing a name key with one of them, in the order of the whole list, and
     * any others) and {@code highest} the highest {@code e<n>} of the whole list: new entities are numbered
     * after it. The added articles' entities resolve as they would against the whole list.
     */
    EntityResolution extend(List<Entity> existing, List<AnalyzedArticle> added, int highest);
}
