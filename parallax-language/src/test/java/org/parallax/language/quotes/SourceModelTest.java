package org.parallax.language.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.language.quotes.SourceCandidates.CaseClass;
import org.parallax.language.quotes.SourceCandidates.Candidate;
import org.parallax.language.quotes.SourceCandidates.Choice;
import org.parallax.model.Span;

/** The source picker's choice between the rules' source and its own, its file format and the shipped model. */
class SourceModelTest {

    private static final Candidate RULE = new Candidate(Optional.of(new Span(0, 5)), true, List.of("rule=true"));
    private static final Candidate OTHER = new Candidate(Optional.of(new Span(10, 15)), false, List.of("pronoun=L|who"));
    private static final Choice CHOICE = new Choice(new Span(20, 24), new Span(25, 60), CaseClass.NAME, List.of(RULE, OTHER));

    @Test
    void takesItsBestCandidateOnlyInTheClassesItPicksInAndFromTheThreshold() {
        SourceModel model = new SourceModel(Map.of("rule=true", -1.0, "pronoun=L|who", 1.0), 0.0, 0.6, Set.of(CaseClass.NAME));
        assertThat(model.choose(CHOICE)).isEqualTo(OTHER);
        assertThat(model.withPicks(Set.of(CaseClass.PRONOUN)).choose(CHOICE)).isEqualTo(RULE);
        assertThat(model.withThreshold(0.8).choose(CHOICE)).isEqualTo(RULE);
        assertThat(new SourceModel(Map.of("rule=true", 2.0, "pronoun=L|who", 1.0), 0.0, 0.3, Set.of(CaseClass.NAME))
                .choose(CHOICE)).isEqualTo(RULE);
    }

    @Test
    void aBetterCandidateInsideTheRulesPhraseKeepsTheRulesPhrase() {
        Candidate inside = new Candidate(Optional.of(new Span(0, 3)), false, List.of("pronoun=L|who"));
        SourceModel model = new SourceModel(Map.of("rule=true", -1.0, "pronoun=L|who", 1.0), 0.0, 0.3, Set.of(CaseClass.NAME));
        assertThat(model.choose(new Choice(new Span(20, 24), new Span(25, 60), CaseClass.NAME, List.of(RULE, inside))))
                .isEqualTo(RULE);
    }

    @Test
    void writesAndReadsTheSameModelWithItsClasses(@TempDir Path folder) {
        SourceModel model = new SourceModel(Map.of("rule=true", -1.0), 0.25, 0.4, EnumSet.of(CaseClass.NAME, CaseClass.INHERITED));
        Path file = folder.resolve("source.tsv.gz");
        model.write(file);
        SourceModel read = SourceModel.read(file);
        assertThat(read.picks()).containsExactlyInAnyOrder(CaseClass.NAME, CaseClass.INHERITED);
        assertThat(read.threshold()).isEqualTo(0.4);
        assertThat(read.probability(List.of("rule=true"))).isEqualTo(model.probability(List.of("rule=true")));
    }

    @Test
    void aCueModelIsNoSourceModel(@TempDir Path folder) {
        Path file = folder.resolve("cue.tsv.gz");
        new CueModel(Map.of("l=say", 1.0), 0.0, 0.5).write(file);
        assertThatThrownBy(() -> SourceModel.read(file)).hasMessageContaining("cue.tsv.gz").hasMessageContaining("not a source model");
    }

    @Test
    void theShippedModelIsLoaded() {
        SourceModel model = SourceModel.standard();
        assertThat(model.size()).isGreaterThan(100);
        assertThat(model.threshold()).isBetween(0.0, 1.0);
    }
}
