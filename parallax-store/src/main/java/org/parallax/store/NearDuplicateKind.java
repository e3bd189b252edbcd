package org.parallax.store;

/** How a near-duplicate article relates to the earlier one it resembles. */
public enum NearDuplicateKind {
    /** The same outlet's text again, changed: at the same address (which it then supersedes), or nearly the same text. */
    UPDATED,
    /** Another outlet's copy of the same text: wire copy, a syndicated article. */
    SYNDICATED
}
