package org.parallax.crossarticle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.model.EntityType.COUNTRY;
import static org.parallax.model.EntityType.ORGANIZATION;
import static org.parallax.model.EntityType.PERSON;
import static org.parallax.model.TimexType.DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.CalendarValue;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.Evidence;

/** Reports of one event in several outlets become one event; differing dates are kept. */
class EventMergingAcrossArticlesTest {

    private static AnnotatedArticleBuilder wire(String id, String outlet, LocalDate published, String text) {
        return new AnnotatedArticleBuilder(id, outlet, published, text)
                .entity("bennett", PERSON, "Naftali Bennett", "Bennett")
                .entity("putin", PERSON, "Vladimir Putin", "Putin")
                .entity("russia", COUNTRY, "Russia")
                .entity("ukraine", COUNTRY, "Ukraine")
                .entity("zelensky", PERSON, "Volodymyr Zelensky", "Zelensky")
                .entity("kremlin", ORGANIZATION, "Kremlin");
    }

    private static List<Event> find(List<AnnotatedArticleBuilder> builders) {
        return new SentenceEventFinder().find(builders.stream().map(AnnotatedArticleBuilder::build).toList(),
                AnnotatedArticleBuilder.resolution(builders));
    }

    @Test
    void phoneCallAndPhoneConversationReportedByTwoOutletsAreOneEventWithBothEvidences() {
        List<AnnotatedArticleBuilder> builders = new ArrayList<>(List.of(AnnotatedSeeds.breitbart()));
        builders.add(wire("r1", "Reuters", LocalDate.of(2022, 2, 27),
                "Israeli Prime Minister Naftali Bennett held a phone conversation with Russian President Vladimir Putin on Sunday "
                        + "and offered to mediate between Russia and Ukraine, the Kremlin said.")
                .timex("Putin on Sunday", "Sunday", DATE, "2022-02-27"));

        Event call = find(builders).stream().filter(event -> event.participants().contains("putin")).findFirst().orElseThrow();

        assertThat(call.evidence()).extracting(Evidence::article).containsExactly("r1", AnnotatedSeeds.BREITBART);
        assertThat(call.date()).contains("2022-02-27");
        assertThat(call.summary()).startsWith("Israeli Prime Minister Naftali Bennett held a phone conversation");
    }

    @Test
    void differingDatesForOneCallAreAllKeptAndTheMostReportedWins() {
        List<AnnotatedArticleBuilder> builders = new ArrayList<>(List.of(AnnotatedSeeds.breitbart()));
        builders.add(wire("r1", "Reuters", LocalDate.of(2022, 2, 27),
                "Bennett offered to mediate between Russia and Ukraine in a phone call with Putin on Sunday, the Kremlin said.")
                .timex("Putin on Sunday", "Sunday", DATE, "2022-02-27"));
        builders.add(wire("t1", "Daily Wire", LocalDate.of(2022, 2, 28),
                "Bennett offered to mediate between Russia and Ukraine in a phone call with Putin on Saturday, an Israeli official said.")
                .timex("Putin on Saturday", "Saturday", DATE, "2022-02-26"));

        List<Event> calls = find(builders).stream().filter(event -> event.participants().contains("putin")).toList();

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.date()).contains("2022-02-27");
            assertThat(call.dates()).extracting(EventDate::value).containsExactlyInAnyOrder("2022-02-27", "2022-02-27", "2022-02-26");
            assertThat(call.evidence()).extracting(Evidence::article).containsExactly("r1", "t1", AnnotatedSeeds.BREITBART);
        });
    }

    @Test
    void callsWithDifferentPartnersTwoDaysApartStayApart() {
        List<AnnotatedArticleBuilder> builders = List.of(AnnotatedSeeds.breitbart(), AnnotatedSeeds.jerusalemPost());

        List<Event> calls = find(builders).stream().filter(event -> event.summary().contains("phone call")).toList();

        assertThat(calls).hasSize(2).extracting(event -> event.date().orElseThrow())
                .containsExactly("2022-02-25", "2022-02-27");
    }

    @Test
    void monthContainsItsDaysWhenTheRestMatches() {
        CalendarValue october = CalendarValue.parse("2021-10").orElseThrow();
        CalendarValue day = CalendarValue.parse("2021-10-14T09:00").orElseThrow();
        assertThat(october.contains(day)).isTrue();
        assertThat(day.contains(october)).isFalse();
        assertThat(day.value()).isEqualTo("2021-10-14");
        assertThat(CalendarValue.parse("2022-W60")).isEmpty();
        assertThat(CalendarValue.parse("XXXX-10")).isEmpty();
        assertThat(CalendarValue.parse("2022")).isEmpty();
        assertThat(new EventMatching(0.5, 0.3, 2, 0.75, 200).datesCompatible(day, october, 0)).isTrue();
    }

    @Test
    void weeksAndWeekendsAreCalendarValuesThatContainTheirDays() {
        CalendarValue week = CalendarValue.parse("2022-W12").orElseThrow();
        CalendarValue weekend = CalendarValue.parse("2022-W08-WE").orElseThrow();
        assertThat(week.start()).isEqualTo(LocalDate.of(2022, 3, 21));
        assertThat(week.end()).isEqualTo(LocalDate.of(2022, 3, 27));
        assertThat(week.value()).isEqualTo("2022-W12");
        assertThat(weekend.start()).isEqualTo(LocalDate.of(2022, 2, 26));
        assertThat(weekend.value()).isEqualTo("2022-W08-WE");
        assertThat(weekend.contains(CalendarValue.parse("2022-02-27").orElseThrow())).isTrue();
        assertThat(CalendarValue.parse("2022-W05").orElseThrow().months()).extracting(Object::toString)
                .containsExactly("2022-01", "2022-02");
        assertThat(CalendarValue.parse("2022-03").orElseThrow()).isLessThan(CalendarValue.parse("2022-03-01").orElseThrow());
        assertThat(week).isGreaterThan(CalendarValue.parse("2022-03").orElseThrow());
    }
}
