package org.parallax.evaluation.ecbplus;

import java.util.Objects;

/**
 * One token of an ECB+ document.
 *
 * @param id       its {@code t_id}, unique in the document
 * @param sentence its sentence number (in {@code ecbplus} files sentence 0 is the page's URL)
 * @param number   its position in the sentence, from 0
 * @param text     its characters
 */
public record EcbToken(int id, int sentence, int number, String text) {

    public EcbToken {
        Objects.requireNonNull(text, "text");
        if (sentence < 0 || number < 0) {
            throw new IllegalArgumentException("token " + id + ": negative sentence or position");
        }
    }
}
