package org.parallax.language.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.language.text.NamedEntity;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Sentence;
import org.parallax.language.text.Token;
import org.parallax.model.EntityType;
import org.parallax.model.Span;

/**
 * The correction rules on hand-built parses that carry the tagger errors they guard against, so that
 * each rule is tested whatever the tagger does with the sentence today.
 */
class MentionCorrectorTest {

    @Test
    void titleAndNationalityTaggedAsPartOfAPersonBecomeMentionsOfTheirOwn() {
        // the whole of "Ukrainian President Volodymyr Zelensky’s" tagged PERSON
        ParsedText parsed = parse("Ukrainian/JJ President/NNP Volodymyr/NNP Zelensky/NNP ’s/POS aide/NN spoke/VBD",
                tag(0, 5, EntityType.PERSON));

        assertThat(render(parsed, MentionCorrector.correct(parsed)))
                .containsExactly("NATIONALITY Ukrainian", "TITLE President", "PERSON Volodymyr Zelensky");
    }

    @Test
    void aFormOfAddressIsDroppedFromAPersonSpan() {
        ParsedText parsed = parse("He/PRP thanked/VBD Mr./NNP Putin/NNP", tag(2, 4, EntityType.PERSON));

        assertThat(render(parsed, MentionCorrector.correct(parsed))).containsExactly("PERSON Putin");
    }

    @Test
    void aPronounTaggedAsAPersonIsNotAMention() {
        ParsedText parsed = parse("He/PRP said/VBD", tag(0, 1, EntityType.PERSON));

        assertThat(MentionCorrector.correct(parsed)).isEmpty();
    }

    @Test
    void aShortAllCapitalsPersonIsAnOrganisation() {
        ParsedText parsed = parse("Koren/NNP told/VBD KAN/NNP", tag(0, 1, EntityType.PERSON), tag(2, 3, EntityType.PERSON));

        assertThat(render(parsed, MentionCorrector.correct(parsed))).containsExactly("PERSON Koren", "ORGANIZATION KAN");
    }

    @Test
    void aCauseOfDeathOnProperNounsIsPartOfAName() {
        ParsedText parsed = parse("the/DT Second/NNP World/NNP War/NNP ended/VBD",
                tag(1, 2, EntityType.TITLE), tag(3, 4, EntityType.CAUSE_OF_DEATH));

        assertThat(render(parsed, MentionCorrector.correct(parsed))).containsExactly("MISCELLANEOUS Second World War");
    }

    @Test
    void aTitlesOfficeIsAnOrganisation() {
        ParsedText parsed = parse("The/DT Prime/NNP Minister/NNP ’s/POS Office/NNP declined/VBD",
                tag(1, 3, EntityType.TITLE));

        assertThat(render(parsed, MentionCorrector.correct(parsed)))
                .containsExactly("ORGANIZATION Prime Minister’s Office");
    }

    @Test
    void issue4APlaceNameBeforeAProductNounIsAProduct() {
        ParsedText parsed = parse("Israel/NNP refused/VBD its/PRP$ Iron/NNP Dome/NNP missile/NN defense/NN system/NN",
                tag(0, 1, EntityType.LOCATION), tag(3, 5, EntityType.LOCATION));

        assertThat(render(parsed, MentionTyper.refine(parsed, MentionCorrector.correct(parsed))))
                .containsExactly("COUNTRY Israel", "MISCELLANEOUS Iron Dome");
    }

    @Test
    void issue4ACountryBeforeAProductNounStaysAPlace() {
        ParsedText parsed = parse("Ukraine/NNP drone/NN strikes/NNS hit/VBD Moscow/NNP",
                tag(0, 1, EntityType.LOCATION), tag(4, 5, EntityType.LOCATION));

        assertThat(render(parsed, MentionTyper.refine(parsed, MentionCorrector.correct(parsed))))
                .containsExactly("COUNTRY Ukraine", "CITY Moscow");
    }

    /** A named entity over tokens {@code [first, end)}. */
    private record Tag(int first, int end, EntityType type) {
    }

    private static Tag tag(int first, int end, EntityType type) {
        return new Tag(first, end, type);
    }

    /** Builds a one-sentence parse from {@code word/TAG} pairs and the tagger's named entities. */
    private static ParsedText parse(String tagged, Tag... entities) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            if (!tokens.isEmpty() && !word.equals("’s")) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), new Span(begin, text.length()), word, pair.substring(slash + 1), "", 0));
        }
        List<NamedEntity> named = new ArrayList<>();
        for (Tag entity : entities) {
            named.add(new NamedEntity(new Span(tokens.get(entity.first()).span().begin(),
                    tokens.get(entity.end() - 1).span().end()), entity.type(), entity.first(), entity.end()));
        }
        return new ParsedText(text.toString(), tokens,
                List.of(new Sentence(0, new Span(0, text.length()), 0, tokens.size())), named, List.of());
    }

    private static List<String> render(ParsedText parsed, List<NameSpan> spans) {
        return spans.stream().map(span -> span.type() + " " + span.span().coveredText(parsed.text())).toList();
    }
}
