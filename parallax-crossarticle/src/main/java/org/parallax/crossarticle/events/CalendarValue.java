package org.parallax.crossarticle.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar part of a TIMEX3 date or time value, to a month or a day: {@code 2021-10},
 * {@code 2022-02-27}, and the date of {@code 2022-02-27T10:00}. Years alone, weeks, seasons,
 * durations and underspecified values ({@code XXXX-10}) are no calendar value here: they date no
 * event precisely enough to place it on a timeline or to tell two events apart.
 *
 * @param year  the year
 * @param month the month, 1 to 12
 * @param day   the day of the month, when the value gives one
 */
public record CalendarValue(int year, int month, Optional<Integer> day) implements Comparable<CalendarValue> {

    private static final Pattern VALUE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:T.*)?");

    /** Earlier first; a month before the days in it. */
    private static final Comparator<CalendarValue> ORDER = Comparator.comparing(CalendarValue::start)
            .thenComparing(value -> value.day().isPresent());

    public CalendarValue {
        Objects.requireNonNull(day, "day");
        YearMonth yearMonth = YearMonth.of(year, month);
        day.ifPresent(d -> yearMonth.atDay(d));
    }

    /** The calendar value of a TIMEX3 value, if it is a month or a day. */
    public static Optional<CalendarValue> parse(String timexValue) {
        Matcher matcher = VALUE.matcher(timexValue);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CalendarValue(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Optional.ofNullable(matcher.group(3)).map(Integer::parseInt)));
        } catch (java.time.DateTimeException invalid) {
            return Optional.empty(); // 2022-13 or 2022-02-30 is no calendar value; the timex stays as it is
        }
    }

    /** The TIMEX3 value: {@code 2021-10} or {@code 2022-02-27}. */
    public String value() {
        return day.map(d -> start().toString()).orElse(YearMonth.of(year, month).toString());
    }

    /** The first day it covers. */
    public LocalDate start() {
        return LocalDate.of(year, month, day.orElse(1));
    }

    /** The month it lies in, as a blocking key. */
    public YearMonth yearMonth() {
        return YearMonth.of(year, month);
    }

    /** Whether this value covers all of {@code other}: {@code 2022-02} contains {@code 2022-02-27}. */
    public boolean contains(CalendarValue other) {
        return year == other.year && month == other.month && (day.isEmpty() || day.equals(other.day));
    }

    /** Days between two day values; empty when either is a month. */
    public Optional<Long> daysApart(CalendarValue other) {
        if (day.isEmpty() || other.day.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Math.abs(ChronoUnit.DAYS.between(start(), other.start())));
    }

    @Override
    public int compareTo(CalendarValue other) {
        return ORDER.compare(this, other);
    }
}
