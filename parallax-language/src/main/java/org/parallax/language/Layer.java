package org.parallax.language;

/** The kinds of annotation a {@link Stage} can need and add. */
public enum Layer {
    TOKENS,
    SENTENCES,
    PARTS_OF_SPEECH,
    LEMMAS,
    /** Named-entity spans with their types, as the tagger sees them (before grouping into entities). */
    NAMED_ENTITIES,
    /** Basic dependency trees of the sentences. */
    DEPENDENCIES,
    /** Mentions of named things, each tied to an entity where its type is tracked. */
    MENTIONS,
    /** The article's entities: names, aliases and types. */
    ENTITIES,
    /** Roles and titles of the entities. */
    ROLES,
    /** Time expressions with TIMEX3 types and values. */
    TIMEXES,
    /** Quotes and reported speech with cues and speakers. */
    QUOTES,
    /** Event mentions (trigger words) with the dates their clauses give them. */
    EVENTS
}
