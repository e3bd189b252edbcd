package org.parallax.language.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * Calendar arithmetic that turns a relative expression and a reference date into a TIMEX3 value,
 * and the underspecified value ({@code XXXX-10}, {@code XXXX-WXX-7}) when there is no reference:
 * nothing here ever invents a date.
 */
final class Anchoring {

    /** How far, in months, a month named without a year may lie in its tense's direction before the nearer one wins. */
    static final int FAR_MONTHS = 9;

    private Anchoring() {
    }

    static String date(LocalDate date) {
        return String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    static String week(LocalDate date) {
        return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }

    static String quarter(int year, int quarter) {
        return String.format("%04d-Q%d", year, quarter);
    }

    static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    /** The day {@code offset} days from the reference: "yesterday" is -1. */
    static String day(Optional<LocalDate> reference, int offset) {
        return reference.map(date -> date(date.plusDays(offset))).orElse("XXXX-XX-XX");
    }

    /** The occurrence of a weekday the direction picks. */
    static String weekday(Optional<LocalDate> reference, DayOfWeek day, Direction direction) {
        return reference.map(date -> date(weekdayDate(date, day, direction)))
                .orElse("XXXX-WXX-" + day.getValue());
    }

    static LocalDate weekdayDate(LocalDate reference, DayOfWeek day, Direction direction) {
        return switch (direction) {
            case PAST -> reference.with(TemporalAdjusters.previousOrSame(day));
            case STRICT_PAST -> reference.with(TemporalAdjusters.previous(day));
            case FUTURE -> reference.with(TemporalAdjusters.nextOrSame(day));
            case STRICT_FUTURE -> reference.with(TemporalAdjusters.next(day));
        };
    }

    /** A month with no year: the year the direction picks ("met in October" in February is last October). */
    static String month(Optional<LocalDate> reference, int month, Direction direction) {
        return reference.map(date -> month(yearOf(date.getMonthValue(), month, direction, date.getYear()), month))
                .orElse(String.format("XXXX-%02d", month));
    }

    /**
     * A month with no year, read the way news uses them: the occurrence the tense points to, unless
     * the tense is past, that occurrence lies more than {@value #FAR_MONTHS} months away and another
     * lies nearer ("said the vote is due in January" in late October is the coming January though the
     * verb is past: a past reporting verb says little about the reported time). An explicit future
     * ("will meet in December", written in February) is trusted however far it points. With no tense
     * to go by, the nearest occurrence.
     */
    static String nearMonth(Optional<LocalDate> reference, int month, Optional<Direction> direction) {
        if (reference.isEmpty()) {
            return String.format("XXXX-%02d", month);
        }
        LocalDate date = reference.get();
        int now = date.getYear() * 12 + date.getMonthValue() - 1;
        int nearest = nearestYear(date.getYear(), year -> Math.abs(year * 12 + month - 1 - now));
        if (direction.isPresent()) {
            int year = yearOf(date.getMonthValue(), month, direction.get(), date.getYear());
            if (isFuture(direction.get()) || Math.abs(year * 12 + month - 1 - now) <= FAR_MONTHS) {
                return month(year, month);
            }
        }
        return month(nearest, month);
    }

    /** A day of a month with no year, e.g. "on 26 October": chosen as {@link #nearMonth} chooses months. */
    static String nearMonthDay(Optional<LocalDate> reference, int month, int day, Optional<Direction> direction) {
        if (reference.isEmpty()) {
            return String.format("XXXX-%02d-%02d", month, day);
        }
        LocalDate date = reference.get();
        IntUnaryOperator distance = year -> CalendarDateRules.valid(year, month, day)
                .map(candidate -> (int) Math.abs(candidate.toEpochDay() - date.toEpochDay())).orElse(Integer.MAX_VALUE);
        int nearest = nearestYear(date.getYear(), distance);
        if (direction.isPresent()) {
            int year = yearOf(date.getMonthValue() * 100 + date.getDayOfMonth(), month * 100 + day, direction.get(),
                    date.getYear());
            if (isFuture(direction.get()) || distance.applyAsInt(year) <= FAR_MONTHS * 31) {
                return String.format("%04d-%02d-%02d", year, month, day);
            }
        }
        return String.format("%04d-%02d-%02d", nearest, month, day);
    }

    private static boolean isFuture(Direction direction) {
        return direction == Direction.FUTURE || direction == Direction.STRICT_FUTURE;
    }

    /** Of the year before, the same year and the year after, the one at the least distance. */
    private static int nearestYear(int year, IntUnaryOperator distance) {
        int best = year;
        for (int candidate : new int[] {year - 1, year + 1}) {
            if (distance.applyAsInt(candidate) < distance.applyAsInt(best)) {
                best = candidate;
            }
        }
        return best;
    }

    /** The year of a recurring position ({@code target}) seen from {@code current} within {@code year}. */
    static int yearOf(int current, int target, Direction direction, int year) {
        return switch (direction) {
            case PAST -> target <= current ? year : year - 1;
            case STRICT_PAST -> target < current ? year : year - 1;
            case FUTURE -> target >= current ? year : year + 1;
            case STRICT_FUTURE -> target > current ? year : year + 1;
        };
    }

    /**
     * The calendar period {@code offset} units from the one holding the anchor: "last week" is
     * {@code (WEEK, -1)}, "this year" {@code (YEAR, 0)}.
     */
    static String period(Optional<LocalDate> anchor, CalendarUnit unit, int offset) {
        if (anchor.isEmpty()) {
            return switch (unit) {
                case SECOND, MINUTE, HOUR, DAY -> "XXXX-XX-XX";
                case WEEK -> "XXXX-WXX";
                case MONTH -> "XXXX-XX";
                case QUARTER -> "XXXX-QX";
                case YEAR -> "XXXX";
                case DECADE -> "XXX";
                case CENTURY -> "XX";
            };
        }
        LocalDate date = anchor.get();
        return switch (unit) {
            case SECOND, MINUTE, HOUR, DAY -> date(date.plusDays(offset));
            case WEEK -> week(date.plusWeeks(offset));
            case MONTH -> {
                LocalDate shifted = date.plusMonths(offset);
                yield month(shifted.getYear(), shifted.getMonthValue());
            }
            case QUARTER -> {
                LocalDate shifted = date.plusMonths(3L * offset);
                yield quarter(shifted.getYear(), quarterOf(shifted));
            }
            case YEAR -> String.format("%04d", date.getYear() + offset);
            case DECADE -> String.format("%03d", date.getYear() / 10 + offset);
            case CENTURY -> String.format("%02d", date.getYear() / 100 + offset);
        };
    }

    /** The weekend the direction picks, as {@code 2022-W08-WE}. */
    static String weekend(Optional<LocalDate> reference, Direction direction) {
        return reference.map(date -> {
            LocalDate saturday = weekdayDate(date, DayOfWeek.SATURDAY, direction);
            if (direction.backward() && date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                saturday = date.minusDays(1);
            }
            return week(saturday) + "-WE";
        }).orElse("XXXX-WXX-WE");
    }
}
