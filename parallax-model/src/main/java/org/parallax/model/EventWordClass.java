package org.parallax.model;

/** The word class of an event mention's head word. */
public enum EventWordClass {
    /** A verb: "met", "fired", "was killed". */
    VERB,
    /** A noun naming an event: "the call", "earthquake", "the attack". */
    NOUN,
    /** A predicate adjective, a state that holds at a time: "was unchanged on Friday". */
    ADJECTIVE
}
