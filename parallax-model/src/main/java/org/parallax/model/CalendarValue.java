package org.parallax.model;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar part of a TIMEX3 date or time value, to a month, an ISO week, a weekend or a day:
 * {@code 2021-10}, {@code 2022-W12}, {@code 2022-W08-WE}, {@code 2022-02-27}, and the date of
 * {@code 2022-02-27T10:00}. Years alone, seasons, quarters, durations and underspecified values
 * ({@code XXXX-10}) are no calendar value here: they date no event precisely enough to place it on
 * a timeline or to tell two events apart.
 *
 * @param start       the first day it covers
 * @param end         the last day it covers
 * @param granularity what it names: a month, a week, a weekend or a day
 */
public record CalendarValue(LocalDate start, LocalDate end, Granularity granularity) implements Comparable<CalendarValue> {

    /** What a calendar value names. */
    public enum Granularity {
        MONTH, WEEK, WEEKEND, DAY
    }

    private static final Pattern DAY_OR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");

    /** Earlier first; a longer period before the shorter ones that start with it (a month before its first day). */
    private static final Comparator<CalendarValue> ORDER = Comparator.comparing(CalendarValue::start)
            .thenComparing(CalendarValue::end, Comparator.reverseOrder());

    public CalendarValue {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(granularity, "granularity");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a calendar value ends before it starts: " + start + " to " + end);
        }
    }

    /** One day. */
    public static CalendarValue day(LocalDate day) {
        return new CalendarValue(day, day, Granularity.DAY);
    }

    /** The calendar value of a TIMEX3 value, if it is a month, a week, a weekend or a day. */
    public static Optional<CalendarValue> parse(String timexValue) {
        try {
            Matcher matcher = DAY_OR_MONTH.matcher(timexValue);
            if (matcher.matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
                if (matcher.group(3) == null) {
                    return Optional.of(new CalendarValue(month.atDay(1), month.atEndOfMonth(), Granularity.MONTH));
                }
                return Optional.of(day(month.atDay(Integer.parseInt(matcher.group(3)))));
            }
            matcher = WEEK.matcher(timexValue);
            if (matcher.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(matcher.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(matcher.group(2)))
                        .with(DayOfWeek.MONDAY);
                if (monday.get(IsoFields.WEEK_BASED_YEAR) != Integer.parseInt(matcher.group(1))) {
                    return Optional.empty();
                }
                return Optional.of(matcher.group(3) == null
                        ? new CalendarValue(monday, monday.plusDays(6), Granularity.WEEK)
                        : new CalendarValue(monday.plusDays(5), monday.plusDays(6), Granularity.WEEKEND));
            }
            return Optional.empty();
        } catch (DateTimeException invalid) {
            return Optional.empty(); // 2022-13, 2022-02-30 or 2022-W60 is no calendar value; the timex stays as it is
        }
    }

    /** The TIMEX3 value: {@code 2021-10}, {@code 2022-W12}, {@code 2022-W08-WE} or {@code 2022-02-27}. */
    public String value() {
        return switch (granularity) {
            case MONTH -> YearMonth.from(start).toString();
            case DAY -> start.toString();
            case WEEK, WEEKEND -> String.format("%04d-W%02d%s", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), granularity == Granularity.WEEKEND ? "-WE" : "");
        };
    }

    /** The day of the month, for a day value. */
    public Optional<Integer> day() {
        return granularity == Granularity.DAY ? Optional.of(start.getDayOfMonth()) : Optional.empty();
    }

    /** The months it touches, as blocking keys (a week may straddle two). */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** Whether this value covers all of {@code other}: {@code 2022-02} contains {@code 2022-02-27}. */
    public boolean contains(CalendarValue other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** Whether one of the two values covers the other: {@code 2022-02} and {@code 2022-02-27}, or two equal values. */
    public boolean nested(CalendarValue other) {
        return contains(other) || other.contains(this);
    }

    /** Days between two day values; empty when either is longer than a day. */
    public Optional<Long> daysApart(CalendarValue other) {
        if (granularity != Granularity.DAY || other.granularity != Granularity.DAY) {
            return Optional.empty();
        }
        return Optional.of(Math.abs(ChronoUnit.DAYS.between(start, other.start)));
    }

    @Override
    public int compareTo(CalendarValue other) {
        return ORDER.compare(this, other);
    }
}
