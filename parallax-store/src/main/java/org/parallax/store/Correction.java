package org.parallax.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's correction of the cross-article account, as the audit log keeps it. Its subject and
 * argument are stable keys (an article's own entity id such as {@code a1b2c3/e2}, an article id),
 * not the account's numbered ids, so it can be reapplied whenever the account is recomputed.
 *
 * @param id          its number in the audit log
 * @param kind        what it does
 * @param subject     the entity (one of its members) or story (one of its articles) it changes
 * @param argument    the other entity or story (merge), the name split off (entity split), or the
 *                    comma-separated article ids split off (story split)
 * @param description what it did, in words, with the ids as they were when it was made
 * @param madeBy      who made it
 * @param madeAt      when
 */
public record Correction(long id, Kind kind, String subject, String argument, String description, String madeBy,
        Instant madeAt) {

    /** The corrections there are. */
    public enum Kind {
        /** Two entities are one. */
        MERGE_ENTITIES,
        /** The mentions by one name of an entity are another entity. */
        SPLIT_ENTITY,
        /** Two stories are one. */
        MERGE_STORIES,
        /** Some articles of a story are a story of their own. */
        SPLIT_STORY
    }

    public Correction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeAt, "madeAt");
    }
}
