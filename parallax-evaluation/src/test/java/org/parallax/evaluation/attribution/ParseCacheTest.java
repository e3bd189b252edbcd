package org.parallax.evaluation.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.language.text.NamedEntity;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Sentence;
import org.parallax.language.text.TextParser;
import org.parallax.language.text.Token;
import org.parallax.model.EntityType;
import org.parallax.model.Span;

/** The parse cache gives back exactly what the parser gave, parses once, and parses again over a broken file. */
class ParseCacheTest {

    private static final String TEXT = "Merkel said:\t\"We act.\"";

    /** A hand-written parser that counts its calls; a word holds a tab and a backslash to test the escaping. */
    private static final class CountingParser implements TextParser {
        int calls;

        @Override
        public ParsedText parse(String text) {
            calls++;
            List<Token> tokens = new ArrayList<>();
            tokens.add(new Token(0, new Span(0, 6), "Merkel", "NNP", "Merkel", 0));
            tokens.add(new Token(1, new Span(7, 11), "said", "VBD", "say", 0));
            tokens.add(new Token(2, new Span(11, 12), ":", ":", ":", 0));
            tokens.add(new Token(3, new Span(13, 14), "\t\\``", "``", "``", 0));
            tokens.add(new Token(4, new Span(14, 16), "We", "PRP", "we", 0));
            tokens.add(new Token(5, new Span(17, 20), "act", "VBP", "act", 0));
            return new ParsedText(text, tokens, List.of(new Sentence(0, new Span(0, 20), 0, 6)),
                    List.of(new NamedEntity(new Span(0, 6), EntityType.PERSON, 0, 1)), List.of());
        }
    }

    @Test
    void aCachedParseEqualsTheParsersAndIsNotParsedAgain(@TempDir Path folder) {
        CountingParser parser = new CountingParser();
        ParsedText first = new ParseCache(parser, folder).parse(TEXT);
        ParsedText second = new ParseCache(parser, folder).parse(TEXT);
        assertThat(second).isEqualTo(first);
        assertThat(parser.calls).isEqualTo(1);
    }

    @Test
    void aBrokenCacheFileIsParsedAgainAndRewritten(@TempDir Path folder) throws IOException {
        CountingParser parser = new CountingParser();
        ParsedText first = new ParseCache(parser, folder).parse(TEXT);
        try (var files = Files.list(folder)) {
            Files.writeString(files.findFirst().orElseThrow(), "parallax-parse 1\nT\tnot a number\n");
        }
        assertThat(new ParseCache(parser, folder).parse(TEXT)).isEqualTo(first);
        assertThat(parser.calls).isEqualTo(2);
        assertThat(new ParseCache(parser, folder).parse(TEXT)).isEqualTo(first);
        assertThat(parser.calls).isEqualTo(2);
    }
}
