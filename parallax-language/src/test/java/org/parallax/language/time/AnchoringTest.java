package org.parallax.language.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Calendar arithmetic without a parse. */
class AnchoringTest {

    private static final Optional<LocalDate> SUNDAY = Optional.of(LocalDate.of(2022, 2, 27));

    @Test
    void pastWeekdayOnTheReferenceDayIsThatDay() {
        assertThat(Anchoring.weekday(SUNDAY, DayOfWeek.SUNDAY, Direction.PAST)).isEqualTo("2022-02-27");
        assertThat(Anchoring.weekday(SUNDAY, DayOfWeek.SUNDAY, Direction.STRICT_PAST)).isEqualTo("2022-02-20");
        assertThat(Anchoring.weekday(SUNDAY, DayOfWeek.MONDAY, Direction.FUTURE)).isEqualTo("2022-02-28");
    }

    @Test
    void monthWithoutYearLooksBackOrAheadButNotTooFar() {
        assertThat(Anchoring.month(SUNDAY, 10, Direction.PAST)).isEqualTo("2021-10");
        assertThat(Anchoring.month(SUNDAY, 10, Direction.FUTURE)).isEqualTo("2022-10");
        assertThat(Anchoring.nearMonthDay(SUNDAY, 2, 27, Optional.of(Direction.PAST))).isEqualTo("2022-02-27");
        assertThat(Anchoring.nearMonthDay(SUNDAY, 3, 1, Optional.of(Direction.PAST))).isEqualTo("2022-03-01");
        // "said the offer expires Nov. 10" in late October: past tense, but last November is too far back
        assertThat(Anchoring.nearMonthDay(Optional.of(LocalDate.of(1989, 10, 27)), 11, 10, Optional.of(Direction.PAST)))
                .isEqualTo("1989-11-10");
    }

    @Test
    void periodsUseIsoWeeksAndQuarters() {
        assertThat(Anchoring.period(Optional.of(LocalDate.of(2022, 3, 24)), CalendarUnit.WEEK, 0)).isEqualTo("2022-W12");
        assertThat(Anchoring.period(Optional.of(LocalDate.of(2022, 1, 1)), CalendarUnit.WEEK, 0)).isEqualTo("2021-W52");
        assertThat(Anchoring.period(SUNDAY, CalendarUnit.QUARTER, -1)).isEqualTo("2021-Q4");
        assertThat(Anchoring.period(SUNDAY, CalendarUnit.DECADE, 0)).isEqualTo("202");
    }

    @Test
    void noReferenceGivesUnderspecifiedValues() {
        assertThat(Anchoring.weekday(Optional.empty(), DayOfWeek.SUNDAY, Direction.PAST)).isEqualTo("XXXX-WXX-7");
        assertThat(Anchoring.month(Optional.empty(), 10, Direction.PAST)).isEqualTo("XXXX-10");
        assertThat(Anchoring.period(Optional.empty(), CalendarUnit.YEAR, -1)).isEqualTo("XXXX");
    }

    @Test
    void weekendOnASundayIsThatWeekend() {
        assertThat(Anchoring.weekend(SUNDAY, Direction.PAST)).isEqualTo("2022-W08-WE");
        assertThat(Anchoring.weekend(SUNDAY, Direction.STRICT_FUTURE)).isEqualTo("2022-W09-WE");
    }

    @Test
    void fractionalDurationsMoveToTheFinerUnit() {
        assertThat(CalendarUnit.HOUR.duration(5.5)).isEqualTo("PT5H30M");
        assertThat(CalendarUnit.YEAR.duration(2.5)).isEqualTo("P2Y6M");
        assertThat(CalendarUnit.DECADE.duration(2)).isEqualTo("P20Y");
        assertThat(CalendarUnit.YEAR.vagueDuration()).isEqualTo("PXY");
    }

    @Test
    void numbersInWords() {
        assertThat(Lexicon.number("twenty four").getAsDouble()).isEqualTo(24);
        assertThat(Lexicon.number("a dozen").getAsDouble()).isEqualTo(12);
        assertThat(Lexicon.number("5 1/2").getAsDouble()).isEqualTo(5.5);
        assertThat(Lexicon.spokenYear("nineteen ninety-six")).contains(1996);
    }
}
