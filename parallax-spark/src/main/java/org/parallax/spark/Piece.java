package org.parallax.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * What reading and the language layer give, record by record, with its place in the input order
 * ({@link Keyed}): an article, an analysed article, a problem, or an input's fate.
 */
record Piece(Kind kind, Keyed keyed) implements Serializable {

    enum Kind {
        /** An article read, before the language layer ({@link org.parallax.model.Article}). */
        ARTICLE,
        /** An article with its annotations ({@link org.parallax.model.AnalyzedArticle}). */
        ANALYZED,
        /** A problem ({@link org.parallax.model.InputProblem}). */
        PROBLEM,
        /** An input file read (its name, as a JSON string). */
        INPUT_READ,
        /** An input file in no format Parallax reads (its name, as a JSON string). */
        INPUT_SKIPPED
    }

    Piece {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(keyed, "keyed");
    }

    static Piece of(Kind kind, int file, int position, Object record) {
        return new Piece(kind, Keyed.of(file, position, record));
    }
}
