package org.parallax.crossarticle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.model.EntityType.COUNTRY;
import static org.parallax.model.EntityType.PERSON;
import static org.parallax.model.TimexType.DATE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.Evidence;

/**
 * Issue 4: "the call" is the same event as "a phone call with Putin on Sunday". A later sentence
 * that refers back to an event with a definite event noun is another report of that event, dated
 * as it, and a date relative to it ("the day before") does not make a new event.
 */
class Issue4EventCoreferenceTest {

    private static List<Event> find(List<AnnotatedArticleBuilder> builders) {
        return new SentenceEventFinder().find(builders.stream().map(AnnotatedArticleBuilder::build).toList(),
                AnnotatedArticleBuilder.resolution(builders));
    }

    private static String text(List<AnnotatedArticleBuilder> builders, Evidence evidence) {
        AnalyzedArticle article = builders.stream().filter(b -> b.id().equals(evidence.article())).findFirst().orElseThrow().build();
        return evidence.span().coveredText(article.article().text());
    }

    private static Event eventSaying(List<AnnotatedArticleBuilder> builders, List<Event> events, String words) {
        return events.stream().filter(event -> event.evidence().stream().anyMatch(e -> text(builders, e).contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no event reported by '" + words + "'"));
    }

    @Test
    void bennettSaidInTheCallIsEvidenceOfZelenskysCallOnFridayNotAnEventOfTheDayBefore() {
        List<AnnotatedArticleBuilder> builders = AnnotatedSeeds.builders();
        List<Event> events = find(builders);

        Event call = eventSaying(builders, events, "in a phone call between the first two leaders on Friday");
        assertThat(call.evidence()).extracting(e -> text(builders, e))
                .anyMatch(sentence -> sentence.startsWith("Bennett said in the call that he supports the Ukrainian people"));
        assertThat(call.date()).contains("2022-02-25");
        assertThat(call.dates()).extracting(EventDate::value).containsOnly("2022-02-25");
        assertThat(call.participants()).contains("zelensky", "bennett", "putin");
        assertThat(events).extracting(event -> event.date().orElseThrow()).doesNotContain("2022-02-24");
    }

    @Test
    void thePhoneCallTookPlaceIsEvidenceOfLapidsPhoneConversationWithKuleba() {
        List<AnnotatedArticleBuilder> builders = AnnotatedSeeds.builders();
        List<Event> events = find(builders);

        Event call = eventSaying(builders, events, "Lapid held a phone conversation with");
        assertThat(call.evidence()).extracting(e -> text(builders, e))
                .anyMatch(sentence -> sentence.startsWith("The phone call took place just days after"));
        assertThat(call.date()).contains("2022-10-20");
        assertThat(call.summary()).startsWith("On 20 October, outgoing Israeli Prime Minister Yair Lapid held a phone conversation");
    }

    @Test
    void summaryOfAReportedEventSaysWhoDidIt() {
        List<AnnotatedArticleBuilder> builders = AnnotatedSeeds.builders();
        List<Event> events = find(builders);

        assertThat(eventSaying(builders, events, "in a phone call between the first two leaders on Friday").summary())
                .startsWith("Ukrainian President Volodymyr Zelensky asked Prime Minister Naftali Bennett to host talks");
        assertThat(eventSaying(builders, events, "warned Israel on 17 October").summary())
                .startsWith("Deputy Chairman of the Russian Security Council Dmitry Medvedev warned Israel on 17 October");
    }

    @Test
    void definiteReferenceWithADateOfItsOwnThatDiffersIsAnotherEvent() {
        AnnotatedArticleBuilder article = new AnnotatedArticleBuilder("w1", "Wire", LocalDate.of(2023, 3, 10),
                "Chinese President Xi Jinping held a phone call with Brazil's Luiz Inacio Lula da Silva on Monday.\n\n"
                        + "Xi told Lula in the call that China is ready to work with Brazil.\n\n"
                        + "The leaders will follow up the call with a meeting in Beijing on 28 March, Lula said.")
                .entity("xi", PERSON, "Xi Jinping", "Xi")
                .entity("lula", PERSON, "Luiz Inacio Lula da Silva", "Lula")
                .entity("china", COUNTRY, "China")
                .entity("brazil", COUNTRY, "Brazil")
                .timex("da Silva on Monday", "Monday", DATE, "2023-03-06")
                .timex("Beijing on 28 March", "28 March", DATE, "2023-03-28");
        List<AnnotatedArticleBuilder> builders = List.of(article);
        List<Event> events = find(builders);

        Event call = eventSaying(builders, events, "held a phone call with");
        assertThat(call.evidence()).extracting(e -> text(builders, e))
                .anyMatch(sentence -> sentence.startsWith("Xi told Lula in the call"));
        Event meeting = eventSaying(builders, events, "with a meeting in Beijing");
        assertThat(meeting.id()).isNotEqualTo(call.id());
        assertThat(meeting.date()).contains("2023-03-28");
        assertThat(call.date()).contains("2023-03-06");
    }

    @Test
    void aPlaceInsideAnotherPersonsTitleIsNoParticipant() {
        String text = "Israel is staying quiet in order to help mediate, Foreign Ministry Deputy Director-General for Eurasia "
                + "Gary Koren said on Sunday.";
        AnnotatedArticleBuilder article = new AnnotatedArticleBuilder("j1", "The Jerusalem Post", LocalDate.of(2022, 2, 27), text)
                .entity("israel", COUNTRY, "Israel")
                .entity("eurasia", COUNTRY, "Eurasia")
                .entity("koren", PERSON, "Gary Koren")
                .role("koren", "Foreign Ministry Deputy Director-General for Eurasia",
                        "Foreign Ministry Deputy Director-General for Eurasia Gary Koren")
                .timex(text, "Sunday", DATE, "2022-02-27");
        List<Event> events = find(List.of(article));

        assertThat(events).singleElement().satisfies(event -> assertThat(event.participants())
                .contains("israel", "koren").doesNotContain("eurasia"));
    }

    @Test
    void aReferenceBackThatNamesNobodyIsStillAReportOfTheEvent() {
        String text = "Prime Minister Yair Lapid held a phone call with Dmytro Kuleba on 20 October.\n\n"
                + "The call lasted an hour on 20 October, officials said.";
        AnnotatedArticleBuilder article = new AnnotatedArticleBuilder("c1", "The Cradle", LocalDate.of(2022, 10, 27), text)
                .entity("lapid", PERSON, "Yair Lapid")
                .entity("kuleba", PERSON, "Dmytro Kuleba")
                .timex("Kuleba on 20 October", "20 October", DATE, "2022-10-20")
                .timex("an hour on 20 October", "20 October", DATE, "2022-10-20");
        List<AnnotatedArticleBuilder> builders = List.of(article);
        List<Event> events = find(builders);

        assertThat(events).singleElement().satisfies(event -> assertThat(event.evidence()).hasSize(2));
    }

    @Test
    void thatAfterASpeechVerbIsNoReferenceBackToAnEvent() {
        assertThat(EventNouns.definiteReference("Officials said that talks would resume")).isEmpty();
        assertThat(EventNouns.definiteReference("It said that a deal was close")).isEmpty();
        assertThat(EventNouns.definiteReference("The phone call took place just days after")).contains("call");
        assertThat(EventNouns.definiteReference("Bennett said in the call that he supports")).contains("call");
        assertThat(EventNouns.groupsNamed("asked Bennett to host talks between himself and Putin in a phone call"))
                .containsExactly("meeting", "call");
    }
}
