package org.parallax.report;

import org.parallax.model.CalendarValue;

/**
 * Readable labels for TIMEX3 date values in the report: a week ({@code 2022-W12}) becomes "week
 * of 2022-03-21" and a weekend ({@code 2022-W08-WE}) "weekend of 2022-02-26", since few readers
 * know ISO week numbers; days, months and anything else stay as they are.
 */
final class DateLabel {

    private DateLabel() {
    }

    static String of(String timexValue) {
        return CalendarValue.parse(timexValue).map(value -> switch (value.granularity()) {
            case WEEK -> "week of " + value.start();
            case WEEKEND -> "weekend of " + value.start();
            case MONTH, DAY -> timexValue;
        }).orElse(timexValue);
    }
}
