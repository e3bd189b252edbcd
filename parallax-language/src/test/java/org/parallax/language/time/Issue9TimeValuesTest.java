package org.parallax.language.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.language.time.TimeAnalysis.find;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Timex;
import org.parallax.model.TimexType;

/**
 * Issue 9 (time expression values on TempEval-3): the normalisations this round added, on sentences
 * of the Wall Street Journal earnings and takeover reports of TimeBank's tuning part.
 */
class Issue9TimeValuesTest {

    /** Monday 30 October 1989. */
    private static final LocalDate OCTOBER_30 = LocalDate.of(1989, 10, 30);

    /** Thursday 26 October 1989. */
    private static final LocalDate OCTOBER_26 = LocalDate.of(1989, 10, 26);

    @Test
    void quarterEndedOnADayIsTheCalendarQuarterMostOfItLiesIn() {
        String text = "Jayark, New York, distributes and rents audio-visual equipment and prints promotional ads for "
                + "retailers. In the quarter ended July 31, Jayark had an average of 2,742,000 shares outstanding.";
        Timex quarter = find(TimeAnalysis.timexes(text, OCTOBER_30), text, "the quarter");
        assertThat(quarter.type()).isEqualTo(TimexType.DATE);
        assertThat(quarter.value()).isEqualTo("1989-Q2");
    }

    @Test
    void quarterEndedKeepsTheFiscalQuarterTheTextNamed() {
        String text = "Sun Microsystems Inc. posted a loss for its fiscal first quarter. The company reported sales of "
                + "$538.5 million for the quarter ended Sept. 29, up 39% from a year earlier.";
        Timex quarter = find(TimeAnalysis.timexes(text, OCTOBER_26), text, "the quarter");
        assertThat(quarter.value()).isEqualTo("1989-Q1");
    }

    @Test
    void theQuarterAYearAgoIsOneExpressionAYearBeforeTheQuarterNamed() {
        String text = "Columbia Savings reported a net loss for the third quarter of $226.3 million, or $11.57 a share. "
                + "For the quarter a year ago, Columbia reported earnings of $16.3 million, or 65 cents a share.";
        List<Timex> timexes = TimeAnalysis.timexes(text, OCTOBER_26);
        Timex yearAgo = find(timexes, text, "the quarter a year ago");
        assertThat(yearAgo.value()).isEqualTo("1988-Q3");
        assertThat(timexes).noneMatch(timex -> timex.span().coveredText(text).equals("a year ago"));
    }

    @Test
    void clockTimeFollowedByItsDateIsOneTimeOnThatDate() {
        String text = "Dow Jones said it extended its $18-a-share offer for the 33% of Telerate Inc. that it doesn't "
                + "already own until 5 p.m. EST, Nov. 6.";
        List<Timex> timexes = TimeAnalysis.timexes(text, OCTOBER_30);
        Timex deadline = find(timexes, text, "5 p.m. EST, Nov. 6");
        assertThat(deadline.type()).isEqualTo(TimexType.TIME);
        assertThat(deadline.value()).isEqualTo("1989-11-06T17:00");
        assertThat(timexes).hasSize(1);
    }

    @Test
    void sincePointsBackWhateverTheTense() {
        String text = "The carrier Dwight D. Eisenhower, which has been on patrol since March and was scheduled to "
                + "return to port before the crisis, was ordered to stay.";
        Timex march = find(TimeAnalysis.timexes(text, LocalDate.of(1990, 8, 13)), text, "March");
        assertThat(march.value()).isEqualTo("1990-03");
    }

    @Test
    void spokenYearAfterAMonthIsThatMonth() {
        String text = "One person is killed.  January nineteen ninety-seven. Atlanta again.";
        List<Timex> timexes = TimeAnalysis.timexes(text, LocalDate.of(1998, 2, 27));
        assertThat(find(timexes, text, "January nineteen ninety-seven").value()).isEqualTo("1997-01");
        assertThat(timexes).hasSize(1);
    }

    @Test
    void theWeekOfADayIsThatWeek() {
        String text = "The dispute may finally be resolved in a court hearing the week of March 6, Manuel Gonzalez said.";
        Timex week = find(TimeAnalysis.timexes(text, LocalDate.of(2000, 2, 24)), text, "the week of March 6");
        assertThat(week.value()).isEqualTo("2000-W10");
    }

    @Test
    void lastBeforeAMonthAndDayIsTheDay() {
        String text = "Dr. Slepian was shot to death last Oct. 23 at his home in suburban Amherst.";
        Timex day = find(TimeAnalysis.timexes(text, LocalDate.of(1999, 4, 19)), text, "Oct. 23");
        assertThat(day.value()).isEqualTo("1998-10-23");
    }

    @Test
    void wordBetweenCountAndUnitStaysInTheDuration() {
        String text = "Russia will be allowed to use a naval base on Ukraine's Crimean peninsula for at least 20 more years.";
        Timex years = find(TimeAnalysis.timexes(text, LocalDate.of(1998, 2, 27)), text, "at least 20 more years");
        assertThat(years.type()).isEqualTo(TimexType.DURATION);
        assertThat(years.value()).isEqualTo("P20Y");
    }

    @Test
    void thenCurrentIsAPastReference() {
        String text = "The rights allow holders to buy additional shares at 50% of the then current market price.";
        Timex then = find(TimeAnalysis.timexes(text, OCTOBER_26), text, "then current");
        assertThat(then.value()).isEqualTo("PAST_REF");
    }
}
