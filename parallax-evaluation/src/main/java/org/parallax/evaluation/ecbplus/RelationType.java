package org.parallax.evaluation.ecbplus;

/** The coreference relations of ECB+. */
public enum RelationType {
    /** A chain across documents; its {@code note} is the corpus-wide instance id. */
    CROSS_DOC_COREF,
    /** A chain within one document. */
    INTRA_DOC_COREF
}
