package org.parallax.language.text;

import java.util.Objects;
import org.parallax.model.Span;

/**
 * One sentence: its characters and its tokens {@code [firstToken, endToken)}.
 *
 * @param index      its position among the text's sentences, from 0
 * @param span       from the start of its first token to the end of its last
 * @param firstToken index of its first token
 * @param endToken   index one past its last token
 */
public record Sentence(int index, Span span, int firstToken, int endToken) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        if (firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("invalid token range [" + firstToken + ", " + endToken + ")");
        }
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
