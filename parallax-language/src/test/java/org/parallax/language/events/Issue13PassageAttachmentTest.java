package org.parallax.language.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;

/**
 * Issue 13: cross-sentence dating is a trained decision. Each trigger of a sentence without a date of its own is paired
 * with the dates of the previous sentences of its passage and with the publication day, and the shipped passage model
 * scores those pairs by features of the tokens alone (no parse). Real passage of TimeBank's APW19980322.0749 (AP,
 * Belfast, Sunday 1998-03-22).
 */
class Issue13PassageAttachmentTest {

    private static final String CLASHES = "Earlier Sunday, police and militant Protestants clashed in a religiously polarized"
            + " part of north Belfast. Police said an unmarked police car was hit with gasoline bombs from the Protestant side."
            + " Riot police responded with a volley of plastic bullets that scattered a 50-strong mob. An elderly Catholic man"
            + " was hospitalized from cuts after a Protestant gasoline bomb landed in his back yard. Police arrested six"
            + " Protestants on suspicion of rioting.";

    private static AttachmentCandidates candidates(String text) {
        return CandidateCollector.of(new Article("APW19980322.0749", "APW19980322.0749.txt", InputFormat.TEXT, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.of(LocalDate.of(1998, 3, 22)),
                DateSource.MANIFEST, Optional.empty(), text, List.of(), List.of()));
    }

    private static List<PassageCandidate> of(AttachmentCandidates candidates, String word) {
        int begin = CLASHES.indexOf(word);
        return candidates.acrossSentences().stream().filter(pair -> pair.trigger().begin() == begin).toList();
    }

    @Test
    void theShippedPassageModelIsSmallAndReadsBackAsWrittenUnderItsOwnHeader(@TempDir Path folder) throws IOException {
        String resource = AttachmentModel.Scope.PASSAGE.resource();
        try (InputStream in = AttachmentModel.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            assertThat(in.readAllBytes().length).isLessThan(20 * 1024 * 1024);
        }
        AttachmentModel model = AttachmentModel.standard(AttachmentModel.Scope.PASSAGE).orElseThrow();
        assertThat(model.scope()).isEqualTo(AttachmentModel.Scope.PASSAGE);
        assertThat(model.size()).isPositive();
        Path file = folder.resolve("passage.tsv.gz");
        model.write(file);
        AttachmentModel again = AttachmentModel.read(file, AttachmentModel.Scope.PASSAGE);
        assertThat(again.rulesFirst()).isEqualTo(model.rulesFirst());
        List<String> features = List.of("passage:bias", "passage:back=1", "passage:tense=past");
        assertThat(again.probability(features)).isEqualTo(model.probability(features));
        assertThatThrownBy(() -> AttachmentModel.read(file, AttachmentModel.Scope.SENTENCE))
                .hasMessageContaining("is not a time attachment model");
        AttachmentModel alone = new AttachmentModel(AttachmentModel.Scope.PASSAGE, Map.of("passage:bias", 1.0), 0, 0.5, false);
        alone.write(file);
        assertThat(AttachmentModel.read(file, AttachmentModel.Scope.PASSAGE).rulesFirst()).isFalse();
    }

    @Test
    void aTriggerWithoutADateOfItsOwnIsPairedWithTheEarlierDatesOfItsPassageAndThePublicationDay() {
        AttachmentCandidates candidates = candidates(CLASHES);
        assertThat(candidates.sameSentence()).isNotEmpty();
        // "was hospitalized", three sentences after "Earlier Sunday": the passage rule dates it by that Sunday
        List<PassageCandidate> hospitalized = of(candidates, "hospitalized");
        assertThat(hospitalized).hasSize(2);
        PassageCandidate sunday = hospitalized.stream().filter(pair -> !pair.isPublicationDay()).findFirst().orElseThrow();
        assertThat(sunday.timex().orElseThrow().span().coveredText(CLASHES)).isEqualTo("Sunday");
        assertThat(sunday.value()).isEqualTo("1998-03-22");
        assertThat(sunday.byRules()).isTrue();
        assertThat(sunday.features()).contains("passage:back=3", "passage:tense=passivePast", "passage:rules=THIS",
                "passage:datesPast=true", "passage:latest=true", "passage:published=same", "passage:granularity=day");
        PassageCandidate publication = hospitalized.stream().filter(PassageCandidate::isPublicationDay).findFirst().orElseThrow();
        assertThat(publication.value()).isEqualTo("1998-03-22");
        assertThat(publication.byRules()).isFalse();
        assertThat(publication.features()).contains("publication:rules=OTHER", "publication:earlier=2-3");
        // the reporting verb of the passage: "Police said", one sentence after its top
        assertThat(of(candidates, "said")).anySatisfy(pair -> assertThat(pair.features())
                .contains("passage:back=1", "passage:reporting", "passage:tense=past"));
        // every pair of the dated sentence is a same-sentence pair, none a cross-sentence one
        assertThat(of(candidates, "clashed")).isEmpty();
    }

    @Test
    void theTenseAndAspectOfATriggerAreReadFromTheAuxiliariesBeforeIt() {
        AttachmentCandidates candidates = candidates(CLASHES + " He has said the police had left. They will meet again.");
        int said = CLASHES.length() + " He has ".length();
        int left = CLASHES.length() + " He has said the police had ".length();
        int meet = CLASHES.length() + " He has said the police had left. They will ".length();
        assertThat(candidates.acrossSentences()).filteredOn(pair -> pair.trigger().begin() == said)
                .allSatisfy(pair -> assertThat(pair.features()).anyMatch(feature -> feature.endsWith(":tense=perfect")));
        assertThat(candidates.acrossSentences()).filteredOn(pair -> pair.trigger().begin() == left)
                .allSatisfy(pair -> assertThat(pair.features()).anyMatch(feature -> feature.endsWith(":tense=pastPerfect")))
                .isNotEmpty();
        assertThat(candidates.acrossSentences()).filteredOn(pair -> pair.trigger().begin() == meet)
                .allSatisfy(pair -> assertThat(pair.features()).anyMatch(feature -> feature.endsWith(":tense=future")))
                .isNotEmpty();
    }
}
