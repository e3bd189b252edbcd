package org.parallax.language.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.language.time.TimeAnalysis.find;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.Timex;
import org.parallax.model.TimexType;

/** Regression tests on news sentences, each naming the behaviour it guards. */
class NewsTimexesTest {

    /** Thursday 24 March 2022. */
    private static final LocalDate THURSDAY = LocalDate.of(2022, 3, 24);

    private static Timex only(String text, String covered, LocalDate published) {
        return find(TimeAnalysis.timexes(text, published), text, covered);
    }

    @Test
    void futureTenseWeekdayIsTheComingOne() {
        Timex tuesday = only("The Ukrainian delegation will arrive in Istanbul on Tuesday for a new round of talks.",
                "Tuesday", THURSDAY);
        assertThat(tuesday.value()).isEqualTo("2022-03-29");
    }

    @Test
    void explicitFutureMonthIsTrustedHoweverFarAhead() {
        LocalDate february = LocalDate.of(2022, 2, 10);
        assertThat(only("The two leaders will meet in Geneva on 15 December.", "15 December", february).value())
                .isEqualTo("2022-12-15");
        assertThat(only("Elections will be held in December, the commission said.", "December", february).value())
                .isEqualTo("2022-12");
    }

    @Test
    void pastTenseWeekdayIsTheLastOne() {
        assertThat(only("Russian forces shelled the city on Tuesday, officials said.", "Tuesday", THURSDAY).value())
                .isEqualTo("2022-03-22");
    }

    @Test
    void intentionBeforeInfinitiveMakesFuture() {
        assertThat(only("The foreign ministers are expected to meet in Brussels on Monday.", "Monday", THURSDAY).value())
                .isEqualTo("2022-03-28");
    }

    @Test
    void monthWithoutYearFollowsTense() {
        LocalDate october = LocalDate.of(2022, 10, 27);
        assertThat(only("Russia invaded Ukraine in February.", "February", october).value()).isEqualTo("2022-02");
        assertThat(only("Israel will hold elections in March, the committee said.", "March", october).value())
                .isEqualTo("2023-03");
    }

    @Test
    void relativePeriodsTakeTheirUnitsPrecision() {
        String text = "Last year the company lost $2 billion, and two weeks ago it warned that next month would be worse.";
        List<Timex> timexes = TimeAnalysis.timexes(text, THURSDAY);
        assertThat(find(timexes, text, "Last year").value()).isEqualTo("2021");
        assertThat(find(timexes, text, "two weeks ago").value()).isEqualTo("2022-W10");
        assertThat(find(timexes, text, "next month").value()).isEqualTo("2022-04");
    }

    @Test
    void durationsWithNumbersInWordsAndHyphens() {
        String text = "The siege lasted 36 days, and the mayor signed a two-year contract after more than three hours of talks.";
        List<Timex> timexes = TimeAnalysis.timexes(text, THURSDAY);
        assertThat(find(timexes, text, "36 days").value()).isEqualTo("P36D");
        assertThat(find(timexes, text, "two-year").value()).isEqualTo("P2Y");
        Timex hours = find(timexes, text, "more than three hours");
        assertThat(hours.type()).isEqualTo(TimexType.DURATION);
        assertThat(hours.value()).isEqualTo("PT3H");
    }

    @Test
    void recurringTimesAreSets() {
        String text = "The cabinet meets weekly, flights to Warsaw leave twice a week and the market is closed every Monday.";
        List<Timex> timexes = TimeAnalysis.timexes(text, THURSDAY);
        assertThat(find(timexes, text, "weekly").type()).isEqualTo(TimexType.SET);
        assertThat(find(timexes, text, "weekly").value()).isEqualTo("P1W");
        assertThat(find(timexes, text, "twice a week").value()).isEqualTo("P1W");
        assertThat(find(timexes, text, "every Monday").value()).isEqualTo("XXXX-WXX-1");
    }

    @Test
    void timesOfDayAreTimes() {
        String text = "The explosion happened at 10:30 a.m. yesterday, and sirens sounded again Thursday night.";
        List<Timex> timexes = TimeAnalysis.timexes(text, THURSDAY);
        Timex clock = find(timexes, text, "10:30 a.m. yesterday");
        assertThat(clock.type()).isEqualTo(TimexType.TIME);
        assertThat(clock.value()).isEqualTo("2022-03-23T10:30");
        // TimeBank annotates "Thursday night" mostly as the DATE of that Thursday
        assertThat(find(timexes, text, "Thursday night").value()).isEqualTo("2022-03-24");
    }

    @Test
    void modalMayIsNoMonth() {
        String text = "The talks may resume in the near future, a spokesman said.";
        List<Timex> timexes = TimeAnalysis.timexes(text, THURSDAY);
        assertThat(timexes).extracting(t -> t.span().coveredText(text)).containsExactly("the near future");
        assertThat(timexes.get(0).value()).isEqualTo("FUTURE_REF");
    }

    @Test
    void explicitQuarterAndYearNeedNoReference() {
        String text = "Profits rose in the third quarter of 2021, compared with 1998.";
        List<Timex> timexes = TimeAnalysis.timexes(text, Optional.empty(), List.of());
        assertThat(find(timexes, text, "the third quarter of 2021").value()).isEqualTo("2021-Q3");
        assertThat(find(timexes, text, "1998").value()).isEqualTo("1998");
    }

    @Test
    void moneyAndCountsAreNoYears() {
        String text = "The fund paid $2000 to each of 1500 families.";
        assertThat(TimeAnalysis.timexes(text, THURSDAY)).isEmpty();
    }

    @Test
    void noPublicationDateLeavesRelativeDaysUnderspecified() {
        String text = "Officials said yesterday that the talks ended last week.";
        List<Timex> timexes = TimeAnalysis.timexes(text, Optional.empty(), List.of());
        assertThat(find(timexes, text, "yesterday").value()).isEqualTo("XXXX-XX-XX");
        assertThat(find(timexes, text, "last week").value()).isEqualTo("XXXX-WXX");
    }

    @Test
    void nowAndRecentlyAreReferences() {
        String text = "Prices have risen sharply recently, and the government is now considering a cap.";
        List<Timex> timexes = TimeAnalysis.timexes(text, THURSDAY);
        assertThat(find(timexes, text, "recently").value()).isEqualTo("PAST_REF");
        assertThat(find(timexes, text, "now").value()).isEqualTo("PRESENT_REF");
    }
}
