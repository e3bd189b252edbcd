package org.parallax.language.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Seasons and holidays: "last summer", "the fall of 1998", "Christmas", "Thanksgiving Day",
 * "Election Day". Their year comes from the reference and the tense, as for months.
 */
final class NamedPeriodRules {

    private NamedPeriodRules() {
    }

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("season", "(?:(?<rel>this|last|next|this past|this coming|early|late|the|mid|that) )?"
                        + "(?<season>spring|summer|fall|autumn|winter)(?: (?:of )?(?<year>" + Lexicon.YEAR + "))?",
                        Guards.tagged("season", "NN"), NamedPeriodRules::season),
                TimexRule.of("holiday", "(?:(?<rel>last|next) )?(?<holiday>" + Holidays.NAMES + ")(?: (?<year>" + Lexicon.YEAR + "))?",
                        Guards.capitalised("holiday"), NamedPeriodRules::holiday));
    }

    private static Optional<Reading> season(Groups groups, Resolution resolution) {
        String word = groups.require("season").toLowerCase(Locale.ROOT);
        String code = switch (word) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "winter" -> "WI";
            default -> "FA";
        };
        if (groups.has("year")) {
            return Reading.date(groups.require("year") + "-" + code);
        }
        Optional<LocalDate> reference = resolution.date();
        if (reference.isEmpty()) {
            return Reading.date("XXXX-" + code);
        }
        int start = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        int month = reference.get().getMonthValue();
        int year = reference.get().getYear();
        String relation = groups.get("rel").map(r -> r.toLowerCase(Locale.ROOT)).orElse("");
        boolean past = relation.equals("last") || relation.equals("this past")
                || (relation.isEmpty() || relation.equals("the") || relation.equals("early") || relation.equals("late"))
                        && resolution.tense() == Tense.PAST;
        if (past) {
            year = start + 2 < month ? year : year - 1;
        } else if (relation.equals("next") || relation.equals("this coming")) {
            year = start > month ? year : year + 1;
        }
        return Reading.date(String.format("%04d-%s", year, code));
    }

    private static Optional<Reading> holiday(Groups groups, Resolution resolution) {
        String name = groups.require("holiday").toLowerCase(Locale.ROOT);
        IntFunction<LocalDate> inYear = holidayDate(name);
        if (groups.has("year")) {
            return Reading.date(Anchoring.date(inYear.apply(Integer.parseInt(groups.require("year")))));
        }
        Optional<LocalDate> reference = resolution.date();
        if (reference.isEmpty()) {
            LocalDate sample = inYear.apply(2001);
            boolean fixed = inYear.apply(2002).getDayOfMonth() == sample.getDayOfMonth();
            return Reading.date(fixed ? String.format("XXXX-%02d-%02d", sample.getMonthValue(), sample.getDayOfMonth()) : "XXXX-XX-XX");
        }
        LocalDate date = reference.get();
        String relation = groups.get("rel").map(r -> r.toLowerCase(Locale.ROOT)).orElse("");
        LocalDate thisYear = inYear.apply(date.getYear());
        if (relation.equals("last")) {
            return Reading.date(Anchoring.date(thisYear.isBefore(date) ? thisYear : inYear.apply(date.getYear() - 1)));
        }
        if (relation.equals("next")) {
            return Reading.date(Anchoring.date(thisYear.isAfter(date) ? thisYear : inYear.apply(date.getYear() + 1)));
        }
        String chosen = Anchoring.nearMonthDay(reference, thisYear.getMonthValue(), thisYear.getDayOfMonth(),
                resolution.tenseDirection());
        int year = Integer.parseInt(chosen.substring(0, 4));
        return Reading.date(Anchoring.date(inYear.apply(year)));
    }

    private static IntFunction<LocalDate> holidayDate(String name) {
        return switch (name) {
            case "christmas eve" -> fixed(12, 24);
            case "christmas", "christmas day" -> fixed(12, 25);
            case "new year's eve" -> fixed(12, 31);
            case "new year's day" -> fixed(1, 1);
            case "independence day", "the fourth of july" -> fixed(7, 4);
            case "halloween" -> fixed(10, 31);
            case "valentine's day" -> fixed(2, 14);
            case "thanksgiving", "thanksgiving day" -> year -> LocalDate.of(year, 11, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "labor day" -> year -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case "memorial day" -> year -> LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case "election day" -> year -> LocalDate.of(year, 11, 1)
                    .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
            default -> NamedPeriodRules::easter;
        };
    }

    private static IntFunction<LocalDate> fixed(int month, int day) {
        return year -> MonthDay.of(month, day).atYear(year);
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
