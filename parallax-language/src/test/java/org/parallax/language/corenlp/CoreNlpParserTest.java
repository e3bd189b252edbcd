package org.parallax.language.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.language.SharedParsers;
import org.parallax.language.text.NamedEntity;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Sentence;
import org.parallax.language.text.Token;
import org.parallax.model.EntityType;

class CoreNlpParserTest {

    private static final String TEXT = "“There is no window of opportunity for talks,” Brodsky told KAN.\n\n"
            + "Israeli Ambassador to Ukraine Michael Brodsky said Israel’s embassy moved from Kyiv to Lviv.";

    @Test
    void tokensAndSentencesPointAtTheTextInOrder() {
        ParsedText parsed = SharedParsers.withDependencies().parse(TEXT);

        int previousEnd = 0;
        for (Token token : parsed.tokens()) {
            assertThat(token.span().begin()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(token.span().end()).isLessThanOrEqualTo(TEXT.length());
            assertThat(token.partOfSpeech()).isNotEmpty();
            previousEnd = token.span().end();
        }
        assertThat(parsed.sentences()).hasSize(2);
        for (Sentence sentence : parsed.sentences()) {
            assertThat(parsed.tokens(sentence)).allSatisfy(token -> assertThat(token.sentence()).isEqualTo(sentence.index()));
        }
        assertThat(parsed.sentences().get(1).span().coveredText(TEXT)).startsWith("Israeli Ambassador");
    }

    @Test
    void findsNamedEntitiesWithCharacterOffsets() {
        ParsedText parsed = SharedParsers.withDependencies().parse(TEXT);

        assertThat(parsed.namedEntities())
                .filteredOn(entity -> entity.type() == EntityType.PERSON)
                .extracting((NamedEntity entity) -> entity.span().coveredText(TEXT))
                .contains("Brodsky", "Michael Brodsky");
        assertThat(parsed.namedEntities()).extracting((NamedEntity entity) -> entity.span().coveredText(TEXT))
                .contains("Israel", "Lviv");
    }

    @Test
    void dependenciesStayInsideTheirSentence() {
        ParsedText parsed = SharedParsers.withDependencies().parse(TEXT);

        assertThat(parsed.dependencies()).isNotEmpty();
        for (Sentence sentence : parsed.sentences()) {
            assertThat(parsed.dependencies(sentence)).allSatisfy(dependency -> {
                if (dependency.governor() >= 0) {
                    assertThat(dependency.governor()).isBetween(sentence.firstToken(), sentence.endToken() - 1);
                }
            });
            assertThat(parsed.dependencies(sentence)).anySatisfy(dependency -> assertThat(dependency.relation()).isEqualTo("root"));
        }
    }
}
