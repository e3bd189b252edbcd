package org.parallax.language.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cue model's scoring, file format and the shipped model. */
class CueModelTest {

    @Test
    void scoresTheLogisticOfTheWeightSumAndIgnoresUnknownFeatures() {
        CueModel model = new CueModel(Map.of("l=slam", 2.0, "p=VBD", 0.5), -1.0, 0.5);
        assertThat(model.probability(List.of("l=slam", "p=VBD", "w=unknown"))).isCloseTo(1 / (1 + Math.exp(-1.5)),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(model.isCue(List.of("l=slam"))).isTrue();
        assertThat(model.isCue(List.of("p=VBD"))).isFalse();
        assertThat(model.isCue(List.of())).isFalse();
    }

    @Test
    void writesAndReadsTheSameModel(@TempDir Path folder) {
        CueModel model = new CueModel(Map.of("l=slam", 2.0, "l|l+1=call|for", -0.25), -1.0, 0.4);
        Path file = folder.resolve("model.tsv.gz");
        model.write(file);
        CueModel read = CueModel.read(file);
        assertThat(read.threshold()).isEqualTo(0.4);
        assertThat(read.size()).isEqualTo(2);
        assertThat(read.probability(List.of("l|l+1=call|for"))).isEqualTo(model.probability(List.of("l|l+1=call|for")));
    }

    @Test
    void aFileThatIsNoModelIsRefusedByName(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("other.tsv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("hello\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> CueModel.read(file)).hasMessageContaining("other.tsv.gz").hasMessageContaining("not a cue model");
    }

    @Test
    void theShippedModelKnowsEvaluationsBeyondTheSpeechVerbs() {
        CueModel model = CueModel.standard();
        assertThat(model.size()).isGreaterThan(1000);
        assertThat(model.threshold()).isBetween(0.0, 1.0);
    }
}
