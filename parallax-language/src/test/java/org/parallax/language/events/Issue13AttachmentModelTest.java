package org.parallax.language.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.LanguagePipelines;
import org.parallax.language.SharedParsers;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.EventMention;
import org.parallax.model.InputFormat;

/**
 * Issue 13: the trained time attachment model ships with the layer (small, readable), dates only what the rules leave
 * undated, and scores the pairs the rules see, on real sentences (TimeBank's AP900815-0044, AP, 1990-08-15).
 */
class Issue13AttachmentModelTest {

    private static final String TEXT = "Iraq's Saddam Hussein, facing U.S. and Arab troops at the Saudi border, today sought"
            + " peace on another front by promising to withdraw from Iranian territory and release soldiers captured during"
            + " the Iran-Iraq war. Also today, King Hussein of Jordan arrived in Washington seeking to mediate the Persian"
            + " Gulf crisis. President Bush on Tuesday said the United States may extend its naval quarantine to Jordan's"
            + " Red Sea port of Aqaba to shut off Iraq's last unhindered trade route.";

    private static Article article() {
        return new Article("AP900815-0044", "AP900815-0044.txt", InputFormat.TEXT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.of(LocalDate.of(1990, 8, 15)), DateSource.MANIFEST,
                Optional.empty(), TEXT, List.of(), List.of());
    }

    @Test
    void theShippedModelIsSmallAndReadsBackAsWritten(@TempDir Path folder) throws IOException {
        try (InputStream in = AttachmentModel.class.getResourceAsStream(AttachmentModel.RESOURCE)) {
            assertThat(in).as(AttachmentModel.RESOURCE).isNotNull();
            assertThat(in.readAllBytes().length).isLessThan(20 * 1024 * 1024);
        }
        AttachmentModel model = AttachmentModel.standard().orElseThrow();
        assertThat(model.size()).isPositive();
        assertThat(model.threshold()).isStrictlyBetween(0.0, 1.0);
        Path file = folder.resolve("model.tsv.gz");
        model.write(file);
        AttachmentModel again = AttachmentModel.read(file);
        List<String> features = List.of("tag=VBD", "timexRelation=obl:tmod", "rules=NONE", "marker=on");
        assertThat(again.probability(features)).isEqualTo(model.probability(features));
        assertThat(new AttachmentModel(Map.of("marker=on", 2.0), 0, 0.5).probability(List.of("marker=on")))
                .isEqualTo(1 / (1 + Math.exp(-2.0)));
    }

    @Test
    void theModelKeepsEveryDateTheRulesGiveAndOnlyAddsToTheUndated() {
        LanguagePipeline withModel = LanguagePipelines.standard(SharedParsers.withoutDependencies());
        LanguagePipeline rulesAlone = LanguagePipelines.standardEndingWith(SharedParsers.withoutDependencies(),
                new EventStage(Optional.empty()));
        List<EventMention> model = withModel.annotate(article()).annotations().events();
        List<EventMention> rules = rulesAlone.annotate(article()).annotations().events();
        assertThat(model).extracting(EventMention::span).containsExactlyElementsOf(rules.stream().map(EventMention::span).toList());
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).dating().isDated()) {
                assertThat(model.get(i).dating()).as(rules.get(i).lemma()).isEqualTo(rules.get(i).dating());
            }
        }
        // the rules' own decision: "today sought peace", "on Tuesday said"
        assertThat(rules).filteredOn(mention -> mention.lemma().equals("seek") && mention.span().begin() < 100)
                .singleElement().satisfies(mention -> assertThat(mention.dating().value()).contains("1990-08-15"));
        assertThat(rules).filteredOn(mention -> mention.lemma().equals("say")).singleElement()
                .satisfies(mention -> assertThat(mention.dating().value()).contains("1990-08-14"));
    }

    @Test
    void theCandidatesArePairsOfTheTriggersAndTheTimeExpressionsThatMayDateThem() {
        List<AttachmentCandidate> candidates = CandidateCollector.of(article()).sameSentence();
        AttachmentCandidate said = candidates.stream().filter(pair -> pair.trigger().coveredText(TEXT).equals("said"))
                .filter(pair -> pair.timex().span().coveredText(TEXT).equals("Tuesday")).findFirst().orElseThrow();
        assertThat(said.byRules()).isTrue();
        assertThat(said.features()).contains("tag=VBD", "rules=THIS", "reporting", "marker=on");
        assertThat(candidates).allSatisfy(pair -> assertThat(pair.features()).anyMatch(feature -> feature.startsWith("rules=")));
    }
}
