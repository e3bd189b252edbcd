package org.parallax.language.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parallax.language.text.Token;

/**
 * Finds the noun phrase that ends just before, or starts just after, a position in a sentence, from
 * parts of speech alone: "Israeli Ambassador to Ukraine Michael Brodsky", "a senior aide to Ukrainian
 * President Volodymyr Zelensky’s", "the senior Foreign Ministry official", "he".
 *
 * <p>Hand-written because a chunker over Penn tags is a few lines, whereas a dependency parse of every
 * sentence costs most of the layer's time budget; the phrases it returns only need to overlap the
 * speaker's words, not to match a treebank.
 */
final class NounPhraseChunker {

    private static final Set<String> NOMINAL = Set.of("NN", "NNS", "NNP", "NNPS", "PRP");
    private static final Set<String> MODIFIER = Set.of("DT", "JJ", "JJR", "JJS", "CD", "POS", "PRP$", "HYPH", "NNP",
            "NNPS", "NN", "NNS");
    private static final Set<String> LINKS = Set.of("of", "to", "for", "from", "at", "in", "and", "on");

    private NounPhraseChunker() {
    }

    /** The phrase whose last token is {@code last}, as token indices {@code [first, last + 1)} into {@code tokens}. */
    static Optional<TokenRange> endingAt(List<Token> tokens, int last, int floor) {
        if (last < floor || !isNominal(tokens.get(last))) {
            return Optional.empty();
        }
        if (tokens.get(last).partOfSpeech().equals("PRP")) {
            return Optional.of(new TokenRange(last, last + 1));
        }
        int first = last;
        while (first - 1 >= floor) {
            Token previous = tokens.get(first - 1);
            if (isModifier(previous)) {
                first--;
            } else if (isLink(previous) && first - 2 >= floor && isNounLike(tokens.get(first - 2))
                    && (isNounLike(tokens.get(first)) || tokens.get(first).partOfSpeech().matches("DT|JJ|PRP\\$"))) {
                first--;
            } else {
                break;
            }
        }
        while (first < last && isLink(tokens.get(first))) {
            first++;
        }
        return Optional.of(new TokenRange(first, last + 1));
    }

    /** The phrase whose first token is {@code first}, ending before {@code ceiling}. */
    static Optional<TokenRange> startingAt(List<Token> tokens, int first, int ceiling) {
        if (first >= ceiling) {
            return Optional.empty();
        }
        Token start = tokens.get(first);
        if (start.partOfSpeech().equals("PRP")) {
            return Optional.of(new TokenRange(first, first + 1));
        }
        int end = first;
        while (end < ceiling) {
            Token token = tokens.get(end);
            if (token.partOfSpeech().equals("PRP")) {
                break; // "told reporters he would": a pronoun after a noun starts the next phrase
            }
            if (isModifier(token) || isNominal(token)) {
                end++;
            } else if (isLink(token) && end > first && end + 1 < ceiling && isNounLike(tokens.get(end - 1))
                    && (isNounLike(tokens.get(end + 1)) || tokens.get(end + 1).partOfSpeech().equals("DT"))
                    && !token.word().equalsIgnoreCase("in") && !token.word().equalsIgnoreCase("on")) {
                end++;
            } else {
                break;
            }
        }
        while (end > first && !isNominal(tokens.get(end - 1)) && !tokens.get(end - 1).partOfSpeech().equals("POS")) {
            end--;
        }
        return end > first ? Optional.of(new TokenRange(first, end)) : Optional.empty();
    }

    static boolean isNominal(Token token) {
        return NOMINAL.contains(token.partOfSpeech()) && !isThat(token);
    }

    private static boolean isModifier(Token token) {
        return MODIFIER.contains(token.partOfSpeech()) && !isThat(token);
    }

    private static boolean isNounLike(Token token) {
        return token.isNoun() || token.partOfSpeech().equals("CD");
    }

    private static boolean isLink(Token token) {
        return LINKS.contains(token.word().toLowerCase(Locale.ROOT))
                && (token.partOfSpeech().equals("IN") || token.partOfSpeech().equals("TO") || token.partOfSpeech().equals("CC"));
    }

    private static boolean isThat(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return word.equals("that") || word.equals("this") || word.equals("which");
    }
}
