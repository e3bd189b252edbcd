package org.parallax.language.entities;

import java.util.List;
import java.util.Objects;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Token;
import org.parallax.model.EntityType;
import org.parallax.model.Span;

/**
 * A corrected named-entity span: whole tokens {@code [firstToken, endToken)}, the characters of the
 * mention (a trailing possessive left out) and its type.
 */
record NameSpan(int firstToken, int endToken, Span span, EntityType type) implements Comparable<NameSpan> {

    NameSpan {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("invalid token range [" + firstToken + ", " + endToken + ")");
        }
    }

    /** The span over tokens {@code [first, end)}, with a trailing possessive left out of its characters. */
    static NameSpan of(ParsedText parsed, int first, int end, EntityType type) {
        List<Token> tokens = parsed.tokens();
        int begin = tokens.get(first).span().begin();
        int stop = tokens.get(end - 1).span().end();
        String covered = parsed.text().substring(begin, stop);
        int possessive = NameForms.possessiveLength(covered);
        if (possessive > 0 && stop - possessive > begin) {
            stop -= possessive;
        }
        return new NameSpan(first, end, new Span(begin, stop), type);
    }

    int tokenCount() {
        return endToken - firstToken;
    }

    boolean covers(int token) {
        return firstToken <= token && token < endToken;
    }

    @Override
    public int compareTo(NameSpan other) {
        return span.compareTo(other.span);
    }
}
