package org.parallax.evaluation.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;
import org.parallax.model.TimexType;

class ErrorKindsTest {

    private static TimexMention date(int begin, int end, String value) {
        return new TimexMention(new Span(begin, end), TimexType.DATE, value);
    }

    @Test
    void valueErrorsAreSortedByWhatTheGoldValueNamesAndWhetherOursNamesTheSameKind() {
        assertThat(ErrorKinds.valueKind("1998-08-07", "1998-08-14")).isEqualTo(ErrorKinds.Kind.VALUE_DAY);
        assertThat(ErrorKinds.valueKind("1998-W12", "1998-W11")).isEqualTo(ErrorKinds.Kind.VALUE_WEEK);
        assertThat(ErrorKinds.valueKind("1988-Q3", "1988")).isEqualTo(ErrorKinds.Kind.VALUE_GRANULARITY);
        assertThat(ErrorKinds.valueKind("1989-WXX", "1989-W43")).isEqualTo(ErrorKinds.Kind.VALUE_UNDERSPECIFIED);
        assertThat(ErrorKinds.valueKind("PAST_REF", "PXY")).isEqualTo(ErrorKinds.Kind.VALUE_REFERENCE);
        assertThat(ErrorKinds.valueKind("P2W", "P3W")).isEqualTo(ErrorKinds.Kind.VALUE_DURATION);
        assertThat(ErrorKinds.valueKind("2000-04-06T04:00", "2000-03-30T04:00")).isEqualTo(ErrorKinds.Kind.VALUE_TIME);
    }

    @Test
    void detectionErrorsAreCountedFromTheAlignmentAndSumAcrossDocuments() {
        List<TimexMention> gold = List.of(date(0, 6, "2022-02-27"), date(10, 17, "2021-10"), date(30, 35, "2020"));
        List<TimexMention> system = List.of(date(0, 6, "2022-02-26"), date(12, 17, "2021-10"), date(50, 55, "2019"));

        ErrorKinds kinds = ErrorKinds.of(TimexScorer.align(gold, system));
        ErrorKinds twice = kinds.plus(kinds);

        assertThat(kinds.count(ErrorKinds.Kind.MISSED)).isEqualTo(1);
        assertThat(kinds.count(ErrorKinds.Kind.SPURIOUS)).isEqualTo(1);
        assertThat(kinds.count(ErrorKinds.Kind.SPAN)).isEqualTo(1);
        assertThat(kinds.count(ErrorKinds.Kind.VALUE_DAY)).isEqualTo(1);
        assertThat(kinds.count(ErrorKinds.Kind.TYPE)).isZero();
        assertThat(twice.count(ErrorKinds.Kind.VALUE_DAY)).isEqualTo(2);
    }
}
