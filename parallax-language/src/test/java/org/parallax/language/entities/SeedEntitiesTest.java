package org.parallax.language.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seeds' mentions, entities and roles, against reviewed golden files. */
class SeedEntitiesTest {

    @ParameterizedTest
    @ValueSource(strings = {"000_473c4f10df995f4b", "001_f6f65f91ea9eb73f", "002_afd6bb49de05422a"})
    void seedEntitiesAndRolesMatchTheReviewedGoldenFile(String seed) {
        String text = EntityAnalysis.read(EntityAnalysis.seed(seed + ".txt"));
        String rendered = EntityAnalysis.render(EntityAnalysis.analyze("seed-" + seed.substring(0, 3), text));
        EntityAnalysis.assertGolden(rendered, "entities/" + seed + ".entities.txt");
    }
}
