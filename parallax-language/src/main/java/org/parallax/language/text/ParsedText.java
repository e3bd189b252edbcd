package org.parallax.language.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parallax.model.Span;

/**
 * A text with its tokens, sentences, named entities and (when computed) dependencies. Immutable.
 * Offsets point into {@link #text()}; tokens and sentences are in text order and do not overlap.
 */
public record ParsedText(String text, List<Token> tokens, List<Sentence> sentences, List<NamedEntity> namedEntities,
        List<Dependency> dependencies) {

    public ParsedText {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        namedEntities = List.copyOf(namedEntities);
        dependencies = List.copyOf(dependencies);
        int previousEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.index() != i || token.span().begin() < previousEnd || token.span().end() > text.length()) {
                throw new IllegalArgumentException("token " + i + " " + token.span() + " is out of order or outside the text");
            }
            previousEnd = token.span().end();
        }
    }

    /** The tokens of one sentence. */
    public List<Token> tokens(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** The sentence holding a character offset, or the last one before it. */
    public Sentence sentenceAt(int offset) {
        Sentence found = sentences.isEmpty() ? null : sentences.get(0);
        for (Sentence sentence : sentences) {
            if (sentence.span().begin() <= offset) {
                found = sentence;
            } else {
                break;
            }
        }
        if (found == null) {
            throw new IllegalStateException("the text has no sentences");
        }
        return found;
    }

    /** The tokens overlapping a span, in order. */
    public List<Token> tokensIn(Span span) {
        List<Token> found = new ArrayList<>();
        for (Token token : tokens) {
            if (token.span().begin() >= span.end()) {
                break;
            }
            if (token.span().overlaps(span)) {
                found.add(token);
            }
        }
        return found;
    }

    /** The dependencies whose dependent lies in a sentence. */
    public List<Dependency> dependencies(Sentence sentence) {
        List<Dependency> found = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            if (dependency.dependent() >= sentence.firstToken() && dependency.dependent() < sentence.endToken()) {
                found.add(dependency);
            }
        }
        return found;
    }
}
