package org.parallax.model;

/** How a quote's speaker was found. */
public enum SpeakerResolution {
    /** The speaker is named at the cue ("Koren said"). */
    NAME,
    /** A pronoun at the cue ("he said"), resolved to an earlier mention. */
    PRONOUN,
    /** A description at the cue ("the senior Foreign Ministry official added"), resolved to the person it describes. */
    DESCRIPTION,
    /** No cue names the speaker; the speaker of the quote before carries on. */
    PREVIOUS_QUOTE,
    /** A named speaker that could not be tied to an entity. */
    UNRESOLVED
}
