package org.parallax.evaluation.ecbplus;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.Span;

/**
 * An ECB+ document as plain text: one sentence a line, tokens separated by a space except before
 * closing punctuation and clitics and after opening brackets, so that a reader sees ordinary prose.
 *
 * @param text   the text
 * @param tokens where each token ({@code t_id}) lies in it
 */
public record EcbText(String text, Map<Integer, Span> tokens) {

    public EcbText {
        Objects.requireNonNull(text, "text");
        tokens = Map.copyOf(tokens);
    }

    /** The characters of a token, where it is part of the text (a URL sentence is not). */
    public Optional<Span> span(int token) {
        return Optional.ofNullable(tokens.get(token));
    }
}
