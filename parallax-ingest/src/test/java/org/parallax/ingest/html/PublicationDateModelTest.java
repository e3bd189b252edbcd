package org.parallax.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationDateModelTest {

    private static final int URL = DateCandidates.FEATURES.indexOf("first:URL");
    private static final int META = DateCandidates.FEATURES.indexOf("first:META_SPECIFIC");

    /** A model that only counts a URL date (+2) and a specific meta tag (+1), around an intercept of -1. */
    private static PublicationDateModel model(double threshold) {
        double[] weights = new double[DateCandidates.FEATURES.size()];
        weights[URL] = 2;
        weights[META] = 1;
        return new PublicationDateModel(weights, -1, threshold, "hand-made for a test");
    }

    private static DateCandidate candidate(LocalDate date, DateEvidence evidence, int... features) {
        double[] values = new double[DateCandidates.FEATURES.size()];
        for (int feature : features) {
            values[feature] = 1;
        }
        return new DateCandidate(date, evidence, values);
    }

    @Test
    void theMostProbableCandidateWinsWhenItLeadsTheRunnerUpByTheThreshold() {
        DateCandidate url = candidate(LocalDate.of(2020, 5, 1), DateEvidence.URL, URL);
        DateCandidate meta = candidate(LocalDate.of(2020, 5, 2), DateEvidence.META_TAG, META);
        // logistic(1) - logistic(0) = 0.231
        assertThat(model(0.2).choose(List.of(meta, url))).contains(new PublicationDate(LocalDate.of(2020, 5, 1), DateEvidence.URL));
        assertThat(model(0.3).choose(List.of(meta, url))).isEmpty();
        assertThat(model(0.3).vote(List.of(meta, url)).orElseThrow().confidence()).isBetween(0.23, 0.232);
    }

    @Test
    void twoCandidatesOfLikeWeightLeaveThePageUndated() {
        DateCandidate one = candidate(LocalDate.of(2022, 1, 26), DateEvidence.META_TAG, META);
        DateCandidate other = candidate(LocalDate.of(2022, 1, 20), DateEvidence.META_TAG, META);
        assertThat(model(0.01).choose(List.of(one, other))).isEmpty();
        assertThat(model(0.01).choose(List.of(one))).isPresent();
        assertThat(model(0.01).choose(List.of())).isEmpty();
    }

    @Test
    void writesWhatItReads(@TempDir Path folder) {
        Path file = folder.resolve("model.tsv");
        model(0.25).write(file);
        PublicationDateModel read = PublicationDateModel.read(file);
        DateCandidate url = candidate(LocalDate.of(2020, 5, 1), DateEvidence.URL, URL, META);
        assertThat(read.probability(url)).isCloseTo(model(0.25).probability(url), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(read.threshold()).isEqualTo(0.25);
        assertThat(read.provenance()).isEqualTo("hand-made for a test");
    }

    @Test
    void aFileOfAnotherKindOrWithAnUnknownFeatureIsRefusedByName(@TempDir Path folder) throws IOException {
        Path other = Files.writeString(folder.resolve("other.tsv"), "parallax-cue-model 1\n");
        assertThatThrownBy(() -> PublicationDateModel.read(other)).hasMessageContaining("other.tsv")
                .hasMessageContaining("not a publication-date model");
        Path unknown = Files.writeString(folder.resolve("unknown.tsv"), PublicationDateModel.HEADER
                + "\nprovenance test\nthreshold 0.5\nintercept 0\nfirst:NOWHERE\t1.0\n");
        assertThatThrownBy(() -> PublicationDateModel.read(unknown)).hasMessageContaining("first:NOWHERE")
                .hasMessageContaining("parallax train pubdate");
    }

    @Test
    void theShippedModelSaysHowItWasTrained() {
        assertThat(PublicationDateModel.shipped().provenance()).contains("parallax train pubdate")
                .contains("development pages").contains("held-out part not read");
    }
}
