package org.parallax.evaluation.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parallax.model.ClaimStance;

/** The FNC-1 split keeps the held-out part apart in headlines and in bodies, on the real fnc1-dev set. */
class StanceSplitTest {

    private static StanceCorpus fnc() throws IOException {
        Path root = Path.of(System.getProperty("parallax.repositoryRoot", ".."));
        Path folder = root.resolve("../shared/bench/stance/fnc1-dev").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(folder), "the FNC-1 set is not at " + folder);
        return StanceCorpus.read("fnc1-dev", folder.resolve("competition_test_stances.csv"),
                folder.resolve("competition_test_bodies.csv"));
    }

    @Test
    void partsShareNoHeadlineAndNoBody() throws IOException {
        StanceCorpus all = fnc();
        List<StanceCorpus> parts = List.of(StanceSplit.part(all, StanceSplit.Part.HELD_OUT),
                StanceSplit.part(all, StanceSplit.Part.VALIDATION), StanceSplit.part(all, StanceSplit.Part.TRAINING));

        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                assertThat(intersection(headlines(parts.get(i)), headlines(parts.get(j)))).isEmpty();
                assertThat(intersection(parts.get(i).bodies().keySet(), parts.get(j).bodies().keySet())).isEmpty();
            }
        }
        StanceCorpus heldOut = parts.get(0);
        StanceCorpus tuning = StanceSplit.part(all, StanceSplit.Part.TUNING);
        assertThat(intersection(headlines(heldOut), headlines(tuning))).isEmpty();
        assertThat(intersection(heldOut.bodies().keySet(), tuning.bodies().keySet())).isEmpty();
        assertThat(tuning.pairs().size()).isGreaterThan(parts.get(1).pairs().size() + parts.get(2).pairs().size());
        assertThat(heldOut.pairs().size()).isBetween(all.pairs().size() / 10, all.pairs().size() / 2);
        for (ClaimStance stance : ClaimStance.values()) {
            assertThat(heldOut.pairs()).anyMatch(pair -> pair.stance() == stance);
        }
    }

    private static Set<String> headlines(StanceCorpus corpus) {
        return corpus.pairs().stream().map(StanceCorpus.Pair::headline).collect(Collectors.toSet());
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared;
    }
}
