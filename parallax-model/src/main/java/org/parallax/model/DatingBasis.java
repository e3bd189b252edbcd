package org.parallax.model;

/** What dates an event mention, so that a timeline can say which dates the text gives and which are inferred. */
public enum DatingBasis {
    /** A time expression attached to the mention's own clause gives its date ("met on Monday"). */
    TIME_EXPRESSION,
    /**
     * No date of its own; dated as the earlier report it refers back to in the same article ("The call
     * lasted an hour", after "Bennett and Putin spoke by phone on Sunday"), by that report's time expression.
     */
    REFERENCE,
    /**
     * No time expression of its own; narrated in the simple past in the passage that a dated sentence opens ("On
     * Monday, police raided the house. They arrested six men."), it takes that sentence's date, as news style
     * intends: an inference from the passage, shown as such.
     */
    PASSAGE,
    /**
     * No time expression of its own; the article's publication day, because the tense and the text support
     * it (a simple past of reporting in a dated news article: "Koren said"), not a perfect ("has said").
     */
    PUBLICATION,
    /** Nothing in the text dates it; it stays undated. */
    UNDATED
}
