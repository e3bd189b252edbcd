package org.parallax.language.time;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Times of day: "10:35 a.m.", "4 p.m. EDT Thursday", "5 p.m. EST, Nov. 6", "noon Saturday",
 * "midnight", "4 in the morning". The date part is the day named with it (a weekday read as
 * {@link DayRules} reads a bare one: "until 9 a.m. Tuesday" looks ahead; a month and day without a
 * year read as {@link CalendarDateRules} reads one), else the last day the text named, else the
 * reference date; TIME values look like {@code 1998-08-07T10:35}.
 */
final class ClockTimeRules {

    private static final String DAY = "(?:,? (?:on )?(?:(?<day>today|yesterday|tomorrow|tonight|" + Lexicon.WEEKDAY + ")"
            + "|(?<month>" + Lexicon.MONTH + ") (?<dom>[0-3]?[0-9])(?:st|nd|rd|th)?(?:, (?<year>" + Lexicon.YEAR + "))?))?";

    private ClockTimeRules() {
    }

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("clock", "(?<hour>[0-9]{1,2})(?:[:.](?<minute>[0-5][0-9]))? ?(?<ampm>a\\.m\\.|p\\.m\\.|a\\.m|p\\.m"
                        + "|am|pm|o'clock)(?: (?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|local time))?" + DAY,
                        ClockTimeRules::clock),
                TimexRule.of("hour-of-part", "(?<hour>[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                        + "|twelve) in the (?<pod>morning|afternoon|evening)", ClockTimeRules::hourOfPart),
                TimexRule.of("noon", "(?<noon>noon|midnight|midday)" + DAY, ClockTimeRules::noon),
                TimexRule.of("bare-clock", "(?<=at )(?<hour>[0-2]?[0-9]):(?<minute>[0-5][0-9])" + DAY, ClockTimeRules::clock));
    }

    private static Optional<Reading> clock(Groups groups, Resolution resolution) {
        int hour = Integer.parseInt(groups.require("hour"));
        int minute = groups.get("minute").map(Integer::parseInt).orElse(0);
        String ampm = groups.get("ampm").orElse("").toLowerCase(Locale.ROOT);
        if (ampm.startsWith("p") && hour < 12) {
            hour += 12;
        } else if (ampm.startsWith("a") && hour == 12) {
            hour = 0;
        }
        if (hour > 24 || !validDay(groups)) {
            return Optional.empty();
        }
        return Reading.time(day(groups, resolution) + String.format("T%02d:%02d", hour, minute));
    }

    private static Optional<Reading> hourOfPart(Groups groups, Resolution resolution) {
        String word = groups.require("hour");
        int hour = Character.isDigit(word.charAt(0)) ? Integer.parseInt(word)
                : (int) Lexicon.number(word).orElse(0);
        if (!groups.require("pod").equalsIgnoreCase("morning") && hour < 12) {
            hour += 12;
        }
        return Reading.time(day(groups, resolution) + String.format("T%02d:00", hour));
    }

    private static Optional<Reading> noon(Groups groups, Resolution resolution) {
        if (!validDay(groups)) {
            return Optional.empty();
        }
        boolean midnight = groups.require("noon").equalsIgnoreCase("midnight");
        return Reading.time(day(groups, resolution) + (midnight ? "T24:00" : "T12:00"));
    }

    /** Whether a day of the month named with the time exists ("5 p.m., Nov. 31" does not). */
    private static boolean validDay(Groups groups) {
        if (!groups.has("month")) {
            return true;
        }
        int dayOfMonth = Integer.parseInt(groups.require("dom"));
        return dayOfMonth >= 1 && dayOfMonth <= YearMonth.of(2000, Lexicon.month(groups.require("month"))).lengthOfMonth();
    }

    /** The date of the day named with the time, else of the reference. */
    private static String day(Groups groups, Resolution resolution) {
        if (groups.has("month")) {
            int month = Lexicon.month(groups.require("month"));
            int dayOfMonth = Integer.parseInt(groups.require("dom"));
            if (groups.has("year")) {
                return String.format("%s-%02d-%02d", groups.require("year"), month, dayOfMonth);
            }
            return Anchoring.nearMonthDay(resolution.date(), month, dayOfMonth, resolution.tenseDirection());
        }
        Optional<String> day = groups.get("day").map(d -> d.toLowerCase(Locale.ROOT));
        if (day.isEmpty()) {
            return Anchoring.day(resolution.anchor(CalendarUnit.DAY), 0); // "at 10:35 a.m." on the day last named
        }
        if (day.get().equals("today") || day.get().equals("tonight")) {
            return Anchoring.day(resolution.date(), 0);
        }
        if (day.get().equals("yesterday")) {
            return Anchoring.day(resolution.date(), -1);
        }
        if (day.get().equals("tomorrow")) {
            return Anchoring.day(resolution.date(), 1);
        }
        Direction direction = DayRules.looksAhead(groups, groups.begin()) ? Direction.FUTURE
                : resolution.direction(Direction.PAST);
        return Anchoring.weekday(resolution.date(), Lexicon.weekday(day.get()), direction);
    }
}
