package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void shortFormalAndCommonNamesGiveTheCodeWithoutCaseOrALeadingThe() {
        assertThat(Countries.code("Russia")).contains("RU");
        assertThat(Countries.code("Russian Federation")).contains("RU");
        assertThat(Countries.code("the United States")).contains("US");
        assertThat(Countries.code("U.S.")).contains("US");
        assertThat(Countries.code("UKRAINE")).contains("UA");
        assertThat(Countries.code("Burma")).contains("MM");
        assertThat(Countries.code("Myanmar")).contains("MM");
        assertThat(Countries.code("Bosnia & Herzegovina")).contains("BA");
        assertThat(Countries.code("Kyiv")).isEmpty();
    }

    @Test
    void shortNamesAreTheJdksAndOnlyTheTableNamesCountAsUnambiguous() {
        assertThat(Countries.shortName("MM")).isEqualTo("Myanmar");
        assertThat(Countries.shortNames()).containsEntry("Georgia", "GE");
        assertThat(Countries.isOtherName("Russian Federation")).isTrue();
        assertThat(Countries.isOtherName("Georgia")).isFalse();
    }
}
