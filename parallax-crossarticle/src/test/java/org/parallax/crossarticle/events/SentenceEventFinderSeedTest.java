package org.parallax.crossarticle.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CalendarValue;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.Evidence;

/** The seeds' timeline, from the annotations a correct language layer gives them. */
class SentenceEventFinderSeedTest {

    private static List<AnalyzedArticle> articles;
    private static List<Event> events;

    @BeforeAll
    static void findEvents() {
        List<AnnotatedArticleBuilder> builders = AnnotatedSeeds.builders();
        EntityResolution resolution = AnnotatedArticleBuilder.resolution(builders);
        articles = builders.stream().map(AnnotatedArticleBuilder::build).toList();
        events = new SentenceEventFinder().find(articles, resolution);
    }

    private static String text(Evidence evidence) {
        return articles.stream().filter(a -> a.article().id().equals(evidence.article())).findFirst().orElseThrow()
                .article().text().substring(evidence.span().begin(), evidence.span().end());
    }

    private static Event eventSaying(String words) {
        return events.stream().filter(event -> event.evidence().stream().anyMatch(e -> text(e).contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no event reported by '" + words + "' in " + describe()));
    }

    private static String describe() {
        StringBuilder out = new StringBuilder();
        events.forEach(event -> out.append('\n').append(event.id()).append(' ').append(event.date().orElse("-")).append(' ')
                .append(event.participants()).append(' ').append(event.place()).append(" | ").append(event.summary()));
        return out.toString();
    }

    @Test
    void bennettPutinCallInTheEmbeddedTweetIsDatedByTheTweetNotTheArticle() {
        Event call = eventSaying("during a phone call with President Vladimir Putin on Sunday");
        assertThat(call.date()).contains("2022-02-27");
        assertThat(call.participants()).contains("bennett", "putin");
        assertThat(call.summary()).startsWith("Israeli Prime Minister Naftali Bennett offered to act as a mediator")
                .endsWith("with President Vladimir Putin on Sunday")
                .doesNotContain("Kremlin said");
        assertThat(call.dates()).extracting(EventDate::value).containsOnly("2022-02-27");
        assertThat(call.dates()).extracting(date -> text(date.evidence())).containsExactly("Sunday");
    }

    @Test
    void zelenskyBennettCallOnFridayIsAnotherEventThanBennettsCallWithPutinOnSunday() {
        Event zelenskyCall = eventSaying("in a phone call between the first two leaders on Friday");
        Event putinCall = eventSaying("during a phone call with President Vladimir Putin on Sunday");
        assertThat(zelenskyCall.id()).isNotEqualTo(putinCall.id());
        assertThat(zelenskyCall.date()).contains("2022-02-25");
        assertThat(zelenskyCall.participants()).contains("zelensky", "bennett");
        assertThat(zelenskyCall.evidence()).extracting(Evidence::article).containsOnly(AnnotatedSeeds.JPOST);
    }

    @Test
    void bennettsMeetingWithPutinInOctoberIsDatedToTheMonthBeforeTheWar() {
        Event meeting = eventSaying("Bennett asked Putin when they met in October");
        assertThat(meeting.date()).contains("2021-10");
        assertThat(meeting.participants()).containsExactlyInAnyOrder("bennett", "putin");
    }

    @Test
    void lapidKulebaPhoneConversationIsDatedTwentiethOctober2022() {
        Event call = eventSaying("Lapid held a phone conversation with");
        assertThat(call.date()).contains("2022-10-20");
        assertThat(call.participants()).contains("lapid", "kuleba");
    }

    @Test
    void pressConferenceInKievHasKievAsItsPlace() {
        Event conference = eventSaying("confirmed during a press conference in Kiev on 26 October");
        assertThat(conference.date()).contains("2022-10-26");
        assertThat(conference.place()).contains("kyiv");
        assertThat(conference.participants()).contains("zelensky").doesNotContain("kyiv");
    }

    @Test
    void signatureOfTheEmbeddedTweetReportsNoEvent() {
        assertThat(events).flatExtracting(Event::evidence).extracting(SentenceEventFinderSeedTest::text)
                .noneMatch(sentence -> sentence.contains("@BreitbartNews"));
    }

    @Test
    void timelineRunsByDate() {
        assertThat(events).extracting(event -> event.date().orElseThrow())
                .isSortedAccordingTo((a, b) -> CalendarValue.parse(a).orElseThrow().compareTo(CalendarValue.parse(b).orElseThrow()));
        assertThat(events.get(0).date()).contains("2021-10");
        assertThat(events).extracting(Event::id).doesNotHaveDuplicates();
    }

    @Test
    void zelenskysKnessetSpeechIsDatedToTheWeekOfTheArticle() {
        Event speech = eventSaying("Zelensky’s speech to the Knesset earlier this week");
        assertThat(speech.date()).contains("2022-W12");
        assertThat(speech.participants()).contains("zelensky");
    }

    @Test
    void yearsAloneDateNoEvent() {
        assertThat(events).extracting(event -> event.date().orElseThrow()).noneMatch(date -> date.length() == 4);
        assertThat(events).extracting(Event::place).isNotNull();
        assertThat(Optional.of(describe())).isPresent();
    }
}
