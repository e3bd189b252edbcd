package org.parallax.evaluation.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.evaluation.claims.ClaimPair.Statement;
import org.parallax.evaluation.claims.ClaimPairBenchmark.Stratum;
import org.parallax.evaluation.claims.ClaimPairBenchmark.StratumFigures;

class ClaimPairBenchmarkTest {

    private static final String ANALYSIS = """
            {"format":"parallax-analysis","version":"4.0","articles":[
              {"id":"a1","source":"train/text/politico_poll.txt","text":"Clinton leads 46 to 44. Ryan is not ready."},
              {"id":"a2","source":"train/text/nyt_poll.txt","text":"Ryan is just not ready. Clinton leads 49 to 39."}],
             "stories":[{"id":"s1","claims":[
              {"id":"c1","statement":"Ryan is not ready","reports":[
                {"article":"a1","stance":"reported","evidence":{"begin":24,"end":41}},
                {"article":"a2","stance":"reported","evidence":{"begin":0,"end":22}}]},
              {"id":"c2","statement":"Clinton leads 46 to 44","reports":[
                {"article":"a1","stance":"reported","evidence":{"begin":0,"end":22}},
                {"article":"a2","stance":"contradicted","evidence":{"begin":24,"end":46}}]},
              {"id":"c3","statement":"alone","reports":[{"article":"a1","stance":"reported","evidence":{"begin":0,"end":5}}]}]}]}
            """;

    @Test
    void eachReportBesideTheReferenceIsAPairOfItsStratum(@TempDir Path folder) throws IOException {
        Path analysis = Files.writeString(folder.resolve("analysis.json"), ANALYSIS);

        List<ClaimPairBenchmark.AnalysedPair> pairs = ClaimPairBenchmark.pairs(analysis);

        assertThat(pairs).extracting(ClaimPairBenchmark.AnalysedPair::stratum)
                .containsExactly(Stratum.JOINED_ACROSS_ARTICLES, Stratum.CONTRADICTED_ACROSS_ARTICLES);
        assertThat(pairs.get(0).reference()).isEqualTo(new Statement("politico_poll", 24, 41));
        assertThat(pairs.get(0).reportWords()).isEqualTo("Ryan is just not ready");
    }

    @Test
    void precisionCountsOneClaimForJoinsAndADisputeForContradictions(@TempDir Path folder) throws IOException {
        Path analysis = Files.writeString(folder.resolve("analysis.json"), ANALYSIS);
        Path labels = Files.writeString(folder.resolve("labels.tsv"), """
                # a comment
                label\treference_file\treference_begin\treference_end\treport_file\treport_begin\treport_end
                same\tnyt_poll\t0\t22\tpolitico_poll\t24\t41
                different\tpolitico_poll\t0\t22\tnyt_poll\t24\t46
                """);

        Map<Stratum, StratumFigures> figures = ClaimPairBenchmark.score(ClaimPairBenchmark.pairs(analysis),
                ClaimPairBenchmark.labels(labels));

        assertThat(figures.get(Stratum.JOINED_ACROSS_ARTICLES)).isEqualTo(new StratumFigures(1, 1, 1));
        assertThat(figures.get(Stratum.CONTRADICTED_ACROSS_ARTICLES)).isEqualTo(new StratumFigures(1, 1, 0));
        assertThat(ClaimPairBenchmark.weightedPrecision(figures, false)).isEqualTo(1.0);
        assertThat(ClaimPairBenchmark.weightedPrecision(figures, true)).isEqualTo(0.0);
        assertThat(ClaimPairBenchmark.unlabelled(ClaimPairBenchmark.pairs(analysis), ClaimPairBenchmark.labels(labels), 5, 8)).isEmpty();
    }

    @Test
    void aBadLabelsLineIsNamed(@TempDir Path folder) throws IOException {
        Path labels = Files.writeString(folder.resolve("labels.tsv"), "same\tnyt_poll\t0\n");

        assertThatThrownBy(() -> ClaimPairBenchmark.labels(labels)).hasMessageContaining("labels.tsv line 1");
    }

    @Test
    void theShippedPolnearLabelsParse() {
        Path shipped = Path.of("src/test/resources/org/parallax/evaluation/claims/polnear-train-claim-pairs.tsv");

        Map<ClaimPair, PairLabel> labels = ClaimPairBenchmark.labels(shipped);

        assertThat(labels).hasSizeGreaterThanOrEqualTo(150);
        assertThat(labels.values()).contains(PairLabel.SAME, PairLabel.DIFFERENT, PairLabel.DISPUTE);
        assertThat(labels.keySet()).allMatch(pair -> pair.first().file().matches("[a-z-]+_\\d{4}-\\d{2}-\\d{2}_.*"));
    }
}
