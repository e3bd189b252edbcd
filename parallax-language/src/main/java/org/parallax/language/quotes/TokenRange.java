package org.parallax.language.quotes;

import java.util.List;
import org.parallax.language.text.Token;
import org.parallax.model.Span;

/** Tokens {@code [first, end)} of a parsed text, by index. */
record TokenRange(int first, int end) {

    TokenRange {
        if (first < 0 || end <= first) {
            throw new IllegalArgumentException("invalid token range [" + first + ", " + end + ")");
        }
    }

    /** The characters from the first token's start to the last token's end. */
    Span span(List<Token> tokens) {
        return new Span(tokens.get(first).span().begin(), tokens.get(end - 1).span().end());
    }
}
