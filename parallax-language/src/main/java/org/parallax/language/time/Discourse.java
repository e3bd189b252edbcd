package org.parallax.language.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text has said so far about time, for anaphoric expressions: "the day before" is the
 * day before the last day named, "that year" the last year named, "the quarter" the last quarter
 * named. Mutable; one per tagging of one text, used from one thread.
 */
final class Discourse {

    private static final Pattern CALENDAR = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?![0-9])");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");

    private LocalDate lastDay;
    private LocalDate lastMonth;
    private LocalDate lastYear;
    private String lastQuarter;

    /** The last quarter read ({@code 1989-Q3}), if any. */
    Optional<String> lastQuarter() {
        return Optional.ofNullable(lastQuarter);
    }

    /**
     * The last date named at least as precisely as the unit needs: a day for days and weeks, a month
     * for months, a year for longer units.
     */
    Optional<LocalDate> last(CalendarUnit unit) {
        return Optional.ofNullable(switch (unit) {
            case SECOND, MINUTE, HOUR, DAY, WEEK -> lastDay;
            case MONTH -> lastMonth;
            case QUARTER, YEAR, DECADE, CENTURY -> lastYear;
        });
    }

    void remember(Reading reading) {
        if (QUARTER.matcher(reading.value()).matches()) {
            lastQuarter = reading.value();
        }
        Matcher calendar = CALENDAR.matcher(reading.value());
        if (!calendar.find()) {
            return;
        }
        try {
            int year = Integer.parseInt(calendar.group(1));
            if (calendar.group(3) != null) {
                lastDay = LocalDate.of(year, Integer.parseInt(calendar.group(2)), Integer.parseInt(calendar.group(3)));
                lastMonth = lastDay;
            } else if (calendar.group(2) != null) {
                lastMonth = LocalDate.of(year, Integer.parseInt(calendar.group(2)), 1);
            }
            lastYear = lastMonth != null && lastMonth.getYear() == year ? lastMonth : LocalDate.of(year, 1, 1);
        } catch (DateTimeException e) {
            // an impossible date such as 1998-02-30 anchors nothing
        }
    }
}
