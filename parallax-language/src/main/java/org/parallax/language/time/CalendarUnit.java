package org.parallax.language.time;

import java.util.Locale;
import java.util.Optional;

/** The units a time expression counts in, with their ISO 8601 duration designators. */
enum CalendarUnit {
    SECOND("S", true, 1),
    MINUTE("M", true, 1),
    HOUR("H", true, 1),
    DAY("D", false, 1),
    WEEK("W", false, 1),
    MONTH("M", false, 1),
    QUARTER("M", false, 3),
    YEAR("Y", false, 1),
    DECADE("Y", false, 10),
    CENTURY("Y", false, 100);

    private final String designator;
    private final boolean timePart;
    private final int factor;

    CalendarUnit(String designator, boolean timePart, int factor) {
        this.designator = designator;
        this.timePart = timePart;
        this.factor = factor;
    }

    /** The unit a word names, in singular or plural, abbreviated or adjectival ("hrs", "years", "year-long"). */
    static Optional<CalendarUnit> of(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("-(long|old)$", "");
        if (w.startsWith("sec")) {
            return Optional.of(SECOND);
        }
        if (w.startsWith("min")) {
            return Optional.of(MINUTE);
        }
        if (w.startsWith("h")) {
            return Optional.of(HOUR);
        }
        if (w.startsWith("day") || w.equals("night") || w.equals("nights")) {
            return Optional.of(DAY);
        }
        if (w.startsWith("week")) {
            return Optional.of(WEEK);
        }
        if (w.startsWith("month")) {
            return Optional.of(MONTH);
        }
        if (w.startsWith("quarter")) {
            return Optional.of(QUARTER);
        }
        if (w.startsWith("year")) {
            return Optional.of(YEAR);
        }
        if (w.startsWith("decade")) {
            return Optional.of(DECADE);
        }
        if (w.startsWith("centur")) {
            return Optional.of(CENTURY);
        }
        return Optional.empty();
    }

    /** An ISO 8601 duration of {@code amount} of this unit: {@code P3D}, {@code PT24H}, {@code P10Y} for a decade. */
    String duration(double amount) {
        double scaled = amount * factor;
        CalendarUnit finer = finer();
        if (scaled != Math.rint(scaled) && finer != null) {
            long whole = (long) Math.floor(scaled);
            double rest = (scaled - whole) * stepsOfFiner();
            String restText = rest == Math.rint(rest) ? Long.toString((long) rest) : Double.toString(rest);
            if (whole == 0) {
                return finer.duration(rest);
            }
            boolean crossesIntoTime = !timePart && finer.timePart;
            return (timePart ? "PT" : "P") + whole + designator + (crossesIntoTime ? "T" : "") + restText + finer.designator;
        }
        String number = scaled == Math.rint(scaled) ? Long.toString((long) scaled) : Double.toString(scaled);
        return (timePart ? "PT" : "P") + number + designator;
    }

    /** An ISO 8601 duration of an unknown amount of this unit: {@code PXY} for "several years". */
    String vagueDuration() {
        return (timePart ? "PTX" : "PX") + designator;
    }

    private CalendarUnit finer() {
        return switch (this) {
            case YEAR, DECADE, CENTURY -> MONTH;
            case DAY -> HOUR;
            case HOUR -> MINUTE;
            case MINUTE -> SECOND;
            case WEEK -> DAY;
            default -> null;
        };
    }

    /** How many steps of {@link #finer()} one step of this unit's designator holds (a year, not a decade, for DECADE). */
    private int stepsOfFiner() {
        return switch (this) {
            case YEAR, DECADE, CENTURY -> 12;
            case DAY -> 24;
            case HOUR, MINUTE -> 60;
            case WEEK -> 7;
            default -> 1;
        };
    }
}
