package org.parallax.language.time;

import java.util.List;
import java.util.Optional;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Token;

/** Finds the tokens at character offsets of a parsed text, by binary search. */
final class TokenIndex {

    private final List<Token> tokens;

    TokenIndex(ParsedText parsed) {
        this.tokens = parsed.tokens();
    }

    /** The token covering an offset, or the first one starting after it. */
    Optional<Token> at(int offset) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Token token = tokens.get(middle);
            if (token.span().end() <= offset) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return low < tokens.size() ? Optional.of(tokens.get(low)) : Optional.empty();
    }

    /** The token ending at or before an offset, the last one before it. */
    Optional<Token> before(int offset) {
        Optional<Token> at = at(offset);
        int index = at.map(Token::index).orElse(tokens.size());
        while (index > 0) {
            index--;
            if (tokens.get(index).span().end() <= offset) {
                return Optional.of(tokens.get(index));
            }
        }
        return Optional.empty();
    }

    /** The tag of the token at an offset, empty when parts of speech are unknown there. */
    String partOfSpeechAt(int offset) {
        return at(offset).filter(token -> token.span().begin() <= offset).map(Token::partOfSpeech).orElse("");
    }
}
