package org.parallax.report;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable labels for TIMEX3 date values in the report: a week ({@code 2022-W12}) becomes "week
 * of 2022-03-21" and a weekend ({@code 2022-W08-WE}) "weekend of 2022-02-26", since few readers
 * know ISO week numbers; days and months stay as they are, already readable and sortable.
 */
final class DateLabel {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");

    private DateLabel() {
    }

    static String of(String timexValue) {
        Matcher matcher = WEEK.matcher(timexValue);
        if (!matcher.matches()) {
            return timexValue;
        }
        try {
            LocalDate monday = LocalDate.of(Integer.parseInt(matcher.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(matcher.group(2)))
                    .with(DayOfWeek.MONDAY);
            return matcher.group(3) == null ? "week of " + monday : "weekend of " + monday.plusDays(5);
        } catch (DateTimeException invalid) {
            return timexValue; // an impossible week number is shown as the text gave it
        }
    }
}
