package org.parallax.language.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.language.SharedParsers;
import org.parallax.language.corenlp.SentenceDependencyParser;
import org.parallax.language.quotes.SourceCandidates.Candidate;
import org.parallax.language.quotes.SourceCandidates.Choice;
import org.parallax.language.text.Dependency;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Sentence;

/**
 * Issue 9, "Who said what": the source picker reads the dependency tree of the cue's sentence (parsed for the sentences
 * that hold a frame only). Sentences from PolNeAR train articles, where another phrase of the sentence was taken for
 * the source.
 */
class Issue9DependencySourceTest {

    private static ParsedText parse(String text) {
        return SharedParsers.withoutDependencies().parse(text);
    }

    private static Choice choiceAt(ParsedText parsed, String cue) {
        return SourceCandidates.of(parsed, Optional.of(CueModel.standard())).stream()
                .filter(choice -> choice.cue().coveredText(parsed.text()).equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no frame with the cue " + cue));
    }

    private static List<String> features(ParsedText parsed, Choice choice, String words) {
        return choice.candidates().stream()
                .filter(candidate -> candidate.span().map(span -> span.coveredText(parsed.text()).equals(words)).orElse(false))
                .findFirst().map(Candidate::features)
                .orElseThrow(() -> new AssertionError("no candidate '" + words + "' at " + choice.cue()));
    }

    @Test
    void theParserGivesEveryTokenOfTheSentenceAGovernorWithTheTextsIndices() {
        ParsedText parsed = parse("The weather was fine. Senate Majority Leader Mitch McConnell said on Tuesday that the vote"
                + " would be held next week.");
        Sentence second = parsed.sentences().get(1);
        List<Dependency> arcs = SentenceDependencyParser.standard().parse(parsed, second);
        assertThat(arcs).hasSize(second.endToken() - second.firstToken());
        assertThat(arcs).allSatisfy(arc -> assertThat(arc.dependent()).isBetween(second.firstToken(), second.endToken() - 1));
        int said = parsed.tokens(second).stream().filter(token -> token.word().equals("said")).findFirst().orElseThrow().index();
        int mcConnell = parsed.tokens(second).stream().filter(token -> token.word().equals("McConnell")).findFirst().orElseThrow()
                .index();
        assertThat(arcs).contains(new Dependency(said, mcConnell, "nsubj"));
    }

    @Test
    void theSubjectOfTheCueVerbAndTheSubjectOfTheVerbAboveItAreToldApart() {
        ParsedText parsed = parse("Mr. Trump said on Monday that Senator Cruz believes the nomination is already lost.");
        Choice believes = choiceAt(parsed, "believes");
        assertThat(features(parsed, believes, "Senator Cruz")).contains("dep-path=nsubj^", "dep-rank=0", "dep-rel=nsubj");
        assertThat(features(parsed, believes, "Mr. Trump")).contains("dep-path=nsubj^ccomp", "dep-rank=1");
    }

    @Test
    void aPassiveSentencesAgentAndAccordingToAreNearTheCue() {
        ParsedText parsed = parse("The plan was criticized by Democrats in the House, according to a senior aide.");
        Choice according = choiceAt(parsed, "according to");
        assertThat(features(parsed, according, "a senior aide")).contains("dep-path=case", "dep-length=1");
    }
}
