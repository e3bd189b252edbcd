package org.parallax.language.quotes;

import java.util.Objects;
import org.parallax.model.Span;

/**
 * Words the text sets in quotation marks.
 *
 * @param inner     the quoted words, without the marks; for a quote running on across paragraphs, from the
 *                  first opening mark to the last closing one
 * @param outer     the quoted words with their marks
 * @param paragraph the index of the paragraph (non-empty line) the quotation opens in
 * @param closed    whether a closing mark ends it (an unclosed quotation ends at its paragraph's end)
 */
record Quotation(Span inner, Span outer, int paragraph, boolean closed) {

    Quotation {
        Objects.requireNonNull(inner, "inner");
        Objects.requireNonNull(outer, "outer");
        if (!outer.contains(inner)) {
            throw new IllegalArgumentException("quotation " + inner + " lies outside its marks " + outer);
        }
    }
}
