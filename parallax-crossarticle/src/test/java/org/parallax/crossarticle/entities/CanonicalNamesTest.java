package org.parallax.crossarticle.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.entities.CanonicalNames.Candidate;

class CanonicalNamesTest {

    @Test
    void aRareLongFormDoesNotNameWhatMostOutletsCallByTheCommonName() {
        assertThat(CanonicalNames.best(List.of(new Candidate("Obama", 1, 60), new Candidate("Barack Obama", 2, 40),
                new Candidate("B. Hussein Obama", 3, 1), new Candidate("Barack Hussein Obama", 3, 2))).name())
                .isEqualTo("Barack Obama");
    }

    @Test
    void aFullNameInCommonUseWinsOverTheSurnameAlone() {
        assertThat(CanonicalNames.best(List.of(new Candidate("Clinton", 1, 600), new Candidate("Hillary Clinton", 2, 100),
                new Candidate("Hillary Rodham Clinton", 3, 20))).name()).isEqualTo("Hillary Clinton");
        assertThat(CanonicalNames.best(List.of(new Candidate("Bush", 1, 30), new Candidate("George Bush", 2, 12),
                new Candidate("George W. Bush", 3, 10))).name()).isEqualTo("George W. Bush");
    }

    @Test
    void inOneArticleTheFullestNameWinsAndCapitalsOnlyGiveWay() {
        assertThat(CanonicalNames.best(List.of(new Candidate("Zelensky", 1, 1), new Candidate("Volodymyr Zelensky", 2, 1)))
                .name()).isEqualTo("Volodymyr Zelensky");
        assertThat(CanonicalNames.best(List.of(new Candidate("PHILADELPHIA", 1, 1), new Candidate("Philadelphia", 1, 1)))
                .name()).isEqualTo("Philadelphia");
    }
}
