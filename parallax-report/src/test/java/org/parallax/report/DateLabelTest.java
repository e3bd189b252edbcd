package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateLabelTest {

    @Test
    void weeksAndWeekendsAreShownByTheirFirstDay() {
        assertThat(DateLabel.of("2022-W12")).isEqualTo("week of 2022-03-21");
        assertThat(DateLabel.of("2022-W08-WE")).isEqualTo("weekend of 2022-02-26");
    }

    @Test
    void daysMonthsAndImpossibleWeeksStayAsTheyAre() {
        assertThat(DateLabel.of("2022-02-27")).isEqualTo("2022-02-27");
        assertThat(DateLabel.of("2021-10")).isEqualTo("2021-10");
        assertThat(DateLabel.of("2022-W60")).isEqualTo("2022-W60");
    }
}
