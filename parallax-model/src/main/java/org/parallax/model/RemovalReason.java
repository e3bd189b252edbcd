package org.parallax.model;

/** Why text cleaning dropped a piece of a source from an article's text. */
public enum RemovalReason {
    /** "Read also", "Related" and similar links to other articles. */
    RELATED_LINK,
    /** A publisher's disclaimer about the views expressed. */
    DISCLAIMER,
    /** A photo caption with its credit, or a bare credit line. */
    PHOTO_CREDIT,
    /** Share, follow, subscribe and newsletter lines. */
    SHARE_OR_SUBSCRIBE,
    /** Copyright and rights notices. */
    COPYRIGHT
}
