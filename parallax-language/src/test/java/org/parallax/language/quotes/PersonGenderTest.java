package org.parallax.language.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonGenderTest {

    @Test
    void firstNamesAndTitlesGiveTheGender() {
        assertThat(PersonGender.ofNames(List.of("Hillary Clinton", "Clinton"))).contains(PersonGender.FEMALE);
        assertThat(PersonGender.ofNames(List.of("Donald Trump", "Trump"))).contains(PersonGender.MALE);
        assertThat(PersonGender.ofNames(List.of("Mrs. Clinton"))).contains(PersonGender.FEMALE);
        assertThat(PersonGender.ofNames(List.of("Mr. Kaine"))).contains(PersonGender.MALE);
    }

    @Test
    void aSingleWordOrAnUnknownNameOrDisagreeingFormsGiveNone() {
        assertThat(PersonGender.ofNames(List.of("Clinton"))).isEmpty();
        assertThat(PersonGender.ofNames(List.of("Sen. Warren"))).isEmpty();
        assertThat(PersonGender.ofNames(List.of("Mr. Clinton", "Hillary Clinton"))).isEmpty();
    }

    @Test
    void pronounsHaveTheirGender() {
        assertThat(PersonGender.ofPronoun("She")).contains(PersonGender.FEMALE);
        assertThat(PersonGender.ofPronoun("his")).contains(PersonGender.MALE);
        assertThat(PersonGender.ofPronoun("they")).isEqualTo(Optional.empty());
    }
}
