package org.parallax.evaluation.ecbplus;

/** Which of its topic's two subtopics (two different events of one kind) a document reports. */
public enum Subtopic {
    /** The original ECB documents, {@code T_Necb.xml}. */
    ECB,
    /** The documents ECB+ added, {@code T_Necbplus.xml}, on a second event of the same kind. */
    ECB_PLUS;

    /** The subtopic's number in the corpus's descriptions: 1 or 2. */
    public int number() {
        return ordinal() + 1;
    }
}
