package org.parallax.language.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.language.time.TimeAnalysis.find;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.EmbeddedPost;
import org.parallax.model.Span;
import org.parallax.model.TimeReference;
import org.parallax.model.Timex;
import org.parallax.model.TimexType;

/** The seed articles' time expressions, resolved as a careful reader would. */
class SeedTimexesTest {

    private static final LocalDate SEED_000_PUBLISHED = LocalDate.of(2022, 3, 24);
    private static final LocalDate SEED_001_PUBLISHED = LocalDate.of(2022, 10, 27);
    private static final LocalDate SEED_002_PUBLISHED = LocalDate.of(2022, 2, 27);

    @Test
    void jerusalemPostWeekdaysFollowTheTenseOfTheirClause() throws IOException {
        String text = Files.readString(TimeAnalysis.seed("002_afd6bb49de05422a.txt"));
        List<Timex> timexes = TimeAnalysis.timexes(text, SEED_002_PUBLISHED);

        // "Koren said on Sunday" in an article of Sunday 27 February: that very Sunday
        Timex sunday = find(timexes, text, "Sunday");
        assertThat(sunday.value()).isEqualTo("2022-02-27");
        assertThat(sunday.type()).isEqualTo(TimexType.DATE);
        assertThat(sunday.reference()).isEqualTo(TimeReference.publication(SEED_002_PUBLISHED));
        // "in a phone call between the first two leaders on Friday": the Friday before
        assertThat(find(timexes, text, "Friday").value()).isEqualTo("2022-02-25");
        // "Bennett asked Putin when they met in October": last October
        assertThat(find(timexes, text, "October").value()).isEqualTo("2021-10");
        // "a plane ... will depart from Israel to Poland on Monday": the coming Monday
        assertThat(find(timexes, text, "Monday").value()).isEqualTo("2022-02-28");
        assertThat(find(timexes, text, "February 25, 2022").value()).isEqualTo("2022-02-25");
    }

    @Test
    void jerusalemPostRelativeExpressionsDurationsAndSets() throws IOException {
        String text = Files.readString(TimeAnalysis.seed("002_afd6bb49de05422a.txt"));
        List<Timex> timexes = TimeAnalysis.timexes(text, SEED_002_PUBLISHED);

        // "echoing his public comments the day before": the day before the Friday call
        assertThat(find(timexes, text, "the day before").value()).isEqualTo("2022-02-24");
        Timex previousDays = find(timexes, text, "the previous three days");
        assertThat(previousDays.type()).isEqualTo(TimexType.DURATION);
        assertThat(previousDays.value()).isEqualTo("P3D");
        Timex allDay = find(timexes, text, "24 hours a day");
        assertThat(allDay.type()).isEqualTo(TimexType.SET);
        assertThat(allDay.value()).isEqualTo("P1D");
        Timex eachDay = find(timexes, text, "each day");
        assertThat(eachDay.type()).isEqualTo(TimexType.SET);
        assertThat(eachDay.value()).isEqualTo("P1D");
        assertThat(find(timexes, text, "the weekend").value()).isEqualTo("2022-W08-WE");
    }

    @Test
    void theCradleDayMonthDatesTakeThePublicationYear() throws IOException {
        String text = Files.readString(TimeAnalysis.seed("001_f6f65f91ea9eb73f.txt"));
        List<Timex> timexes = TimeAnalysis.timexes(text, SEED_001_PUBLISHED);

        assertThat(find(timexes, text, "October 27 2022").value()).isEqualTo("2022-10-27");
        assertThat(find(timexes, text, "26 October").value()).isEqualTo("2022-10-26");
        assertThat(find(timexes, text, "20 October").value()).isEqualTo("2022-10-20");
        assertThat(find(timexes, text, "17 October").value()).isEqualTo("2022-10-17");
        assertThat(find(timexes, text, "25 March").value()).isEqualTo("2022-03-25");
        assertThat(find(timexes, text, "earlier this year").value()).isEqualTo("2022");
    }

    @Test
    void aLongHiatusNamesNoTime() throws IOException {
        String text = Files.readString(TimeAnalysis.seed("001_f6f65f91ea9eb73f.txt"));
        List<Timex> timexes = TimeAnalysis.timexes(text, SEED_001_PUBLISHED);
        Span hiatus = new Span(text.indexOf("a long hiatus"), text.indexOf("a long hiatus") + "a long hiatus".length());

        assertThat(timexes).noneMatch(timex -> timex.span().overlaps(hiatus));
    }

    @Test
    void breitbartTweetIsReadAgainstTheTweetsOwnDate() throws IOException {
        String text = Files.readString(TimeAnalysis.seed("000_473c4f10df995f4b.txt"));
        int tweetBegin = text.indexOf("Israeli Prime Minister Naftali Bennett offered");
        String tweetEnd = "February 27, 2022";
        int tweetEndOffset = text.indexOf(tweetEnd, tweetBegin) + tweetEnd.length();
        LocalDate tweeted = LocalDate.of(2022, 2, 27);
        EmbeddedPost tweet = new EmbeddedPost(new Span(tweetBegin, tweetEndOffset),
                Optional.of("Breitbart News (@BreitbartNews)"), Optional.of(tweeted), Optional.of("https://t.co/2sGt1mMAFu"));
        List<Timex> timexes = TimeAnalysis.timexes(text, Optional.of(SEED_000_PUBLISHED), List.of(tweet));

        // "a senior aide ... said Thursday" in an article of Thursday 24 March
        Timex thursday = find(timexes, text, "Thursday");
        assertThat(thursday.value()).isEqualTo("2022-03-24");
        assertThat(thursday.reference().kind()).isEqualTo(TimeReference.Kind.PUBLICATION);
        // "a phone call with President Vladimir Putin on Sunday" inside the tweet of Sunday 27 February
        Timex sunday = find(timexes, text, "Sunday");
        assertThat(sunday.value()).isEqualTo("2022-02-27");
        assertThat(sunday.reference()).isEqualTo(TimeReference.embeddedPost(tweeted));
        assertThat(find(timexes, text, "February 27, 2022").value()).isEqualTo("2022-02-27");
        // "Zelensky's speech to the Knesset earlier this week": the week of 24 March
        assertThat(find(timexes, text, "earlier this week").value()).isEqualTo("2022-W12");
        assertThat(find(timexes, text, "now").value()).isEqualTo("PRESENT_REF");
    }

    @Test
    void withoutAPublicationDateValuesStayUnderspecified() throws IOException {
        String text = Files.readString(TimeAnalysis.seed("002_afd6bb49de05422a.txt"));
        List<Timex> timexes = TimeAnalysis.timexes(text, Optional.empty(), List.of());

        Timex sunday = find(timexes, text, "Sunday");
        assertThat(sunday.value()).isEqualTo("XXXX-WXX-7");
        assertThat(sunday.reference()).isEqualTo(TimeReference.none());
        assertThat(find(timexes, text, "October").value()).isEqualTo("XXXX-10");
        assertThat(find(timexes, text, "Monday").value()).isEqualTo("XXXX-WXX-1");
        assertThat(find(timexes, text, "February 25, 2022").value()).isEqualTo("2022-02-25");
        assertThat(find(timexes, text, "the weekend").value()).isEqualTo("XXXX-WXX-WE");
    }
}
