package org.parallax.language.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame check's file format, its threshold and the shipped model. */
class FrameModelTest {

    @Test
    void writesAndReadsTheSameModel(@TempDir Path folder) {
        FrameModel model = new FrameModel(Map.of("s=inherited", -1.5, "cl=say", 2.0), 0.25, 0.4);
        Path file = folder.resolve("frame.tsv.gz");
        model.write(file);
        FrameModel read = FrameModel.read(file);
        assertThat(read.threshold()).isEqualTo(0.4);
        assertThat(read.probability(List.of("s=inherited", "cl=say"))).isEqualTo(model.probability(List.of("s=inherited", "cl=say")));
        assertThat(read.withThreshold(0.6).threshold()).isEqualTo(0.6);
    }

    @Test
    void aSourceModelIsNoFrameModel(@TempDir Path folder) {
        Path file = folder.resolve("source.tsv.gz");
        new SourceModel(Map.of("rule=true", 1.0), 0.0, 0.5, java.util.Set.of()).write(file);
        assertThatThrownBy(() -> FrameModel.read(file)).hasMessageContaining("source.tsv.gz").hasMessageContaining("not a frame model");
    }

    @Test
    void theShippedModelIsLoaded() {
        FrameModel model = FrameModel.standard();
        assertThat(model.size()).isGreaterThan(100);
        assertThat(model.threshold()).isBetween(0.0, 1.0);
    }
}
