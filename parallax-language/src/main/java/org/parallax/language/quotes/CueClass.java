package org.parallax.language.quotes;

/** How a reporting verb introduces what it reports, which decides how much evidence a frame needs. */
enum CueClass {
    /** Verbs of saying and writing ("say", "tell", "warn", "write"): the reported words may stand on either side. */
    SPEECH,
    /** Verbs of saying to somebody ("tell", "ask", "assure"): like {@link #SPEECH}, and the object after them is the addressee. */
    ADDRESSED_SPEECH,
    /**
     * Verbs of warning ("warn", "caution"): what they report is a clause ("warned that ...") or the noun phrase
     * after "of", "about" or "against" ("warned Israel on 17 October of the repercussions ..."); an object
     * before that preposition or "that" is the addressee, while "warned the economy could shrink" has none.
     */
    WARNING,
    /**
     * Verbs of holding, showing or finding ("believe", "think", "show", "find"): they report a stance only
     * when a clause follows ("X believes that ..."), so they need one.
     */
    ATTITUDE,
    /**
     * Verbs of judging ("slammed", "called", "branded", "hailed"): they report the speaker's words only when quoted
     * words follow in their clause ("slammed the criticism as “100% fake news”", "called the deal “a disaster”"); the
     * partial quote is then the subject's.
     */
    EVALUATION
}
