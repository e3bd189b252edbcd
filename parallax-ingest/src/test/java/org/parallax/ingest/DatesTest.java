package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void readsDatelinesAsOutletsWriteThem() {
        LocalDate expected = LocalDate.of(2022, 10, 27);
        assertThat(Dates.parseDateline("October 27 2022")).contains(expected);
        assertThat(Dates.parseDateline("October 27, 2022")).contains(expected);
        assertThat(Dates.parseDateline("Oct. 27, 2022 10:42 AM")).contains(expected);
        assertThat(Dates.parseDateline("27 October 2022")).contains(expected);
        assertThat(Dates.parseDateline("Thursday, October 27, 2022")).contains(expected);
        assertThat(Dates.parseDateline("Published: October 27th, 2022")).contains(expected);
        assertThat(Dates.parseDateline("2022-10-27")).contains(expected);
    }

    @Test
    void aSentenceWithADateIsNotADateline() {
        assertThat(Dates.parseDateline("On 20 October 2022, Lapid held a phone conversation with Kuleba.")).isEmpty();
        assertThat(Dates.parseDateline("October 27 2022 was a Thursday")).isEmpty();
    }

    @Test
    void readsMachineDates() {
        assertThat(Dates.parseMachineDate("2022-02-27T23:15:00+02:00")).contains(LocalDate.of(2022, 2, 27));
        assertThat(Dates.parseMachineDate("2022-02-27")).contains(LocalDate.of(2022, 2, 27));
        assertThat(Dates.parseMachineDate("2022-02-27T10:00:00")).contains(LocalDate.of(2022, 2, 27));
        assertThat(Dates.parseMachineDate("Sun, 27 Feb 2022 10:00:00 GMT")).contains(LocalDate.of(2022, 2, 27));
        assertThat(Dates.parseMachineDate("February 27, 2022")).contains(LocalDate.of(2022, 2, 27));
        assertThat(Dates.parseMachineDate("not a date")).isEmpty();
        assertThat(Dates.parseMachineDate("February 30, 2022")).isEmpty();
    }

    @Test
    void readsDatesInUrls() {
        assertThat(Dates.parseUrlDate("https://www.breitbart.com/middle-east/2022/03/24/ukraine-israel-intelligence/"))
                .contains(LocalDate.of(2022, 3, 24));
        assertThat(Dates.parseUrlDate("https://example.com/news/20220324/story.html")).contains(LocalDate.of(2022, 3, 24));
        assertThat(Dates.parseUrlDate("https://example.com/news/article-700123")).isEmpty();
    }
}
