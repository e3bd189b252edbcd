package org.parallax.language.text;

import java.util.Objects;
import org.parallax.model.Span;

/**
 * One token.
 *
 * @param index        its position among the text's tokens, from 0
 * @param span         its characters in the text
 * @param word         its form as the tokenizer normalized it (quotes and brackets may differ from the text)
 * @param partOfSpeech its Penn Treebank tag, or empty when parts of speech were not computed
 * @param lemma        its lemma, or empty when lemmas were not computed
 * @param sentence     the index of its sentence, from 0
 */
public record Token(int index, Span span, String word, String partOfSpeech, String lemma, int sentence) {

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(partOfSpeech, "partOfSpeech");
        Objects.requireNonNull(lemma, "lemma");
    }

    public boolean isVerb() {
        return partOfSpeech.startsWith("VB");
    }

    public boolean isNoun() {
        return partOfSpeech.startsWith("NN");
    }
}
