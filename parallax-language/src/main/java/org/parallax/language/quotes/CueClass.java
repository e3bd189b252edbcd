package org.parallax.language.quotes;

/** How a reporting verb introduces what it reports, which decides how much evidence a frame needs. */
enum CueClass {
    /** Verbs of saying and writing ("say", "tell", "warn", "write"): the reported words may stand on either side. */
    SPEECH,
    /** Verbs of saying to somebody ("tell", "ask", "assure"): like {@link #SPEECH}, and the object after them is the addressee. */
    ADDRESSED_SPEECH,
    /**
     * Verbs of holding, showing or finding ("believe", "think", "show", "find"): they report a stance only
     * when a clause follows ("X believes that ..."), so they need one.
     */
    ATTITUDE
}
