package org.parallax.language.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Quarters and halves of a year, as business news names them: "the third quarter",
 * "third-quarter", "the fourth quarter of 1990", "last year's second quarter", "the quarter",
 * "the year-earlier period", "the first half of 1990".
 *
 * <p>A quarter with no year is the reference's year, or the year before when the clause is in
 * the past and the quarter has not begun yet ("reported fourth-quarter profits" in January).
 * "The quarter" is the last quarter the text named, else the last one that has ended; the
 * "year-ago" or "year-earlier" quarter is that quarter a year before.
 */
final class QuarterRules {

    private static final String Y = "(?<year>" + Lexicon.YEAR + ")";

    private QuarterRules() {
    }

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("ordinal-quarter", "(?:(?<owner>the|this year's|last year's|next year's|the year-ago"
                        + "|the year-earlier|the comparable|the comparable year-ago) )?"
                        + "(?:(?<qyear>" + Lexicon.YEAR + ") )?(?:(?:fiscal|calendar) )?"
                        + "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?: (?:fiscal|calendar))? quarter"
                        + "(?: (?:of )?(?:fiscal )?" + Y + ")?", QuarterRules::ordinalQuarter),
                TimexRule.of("quarter-adjective", "(?:(?<owner>this year's|last year's|next year's) )?"
                        + "(?:(?:fiscal|calendar) |(?:fiscal|calendar)-)?"
                        + "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)-(?:(?:fiscal|calendar)-)?quarter",
                        QuarterRules::ordinalQuarter),
                TimexRule.of("year-quarter", "the (?<year>" + Lexicon.YEAR + ") (?:fiscal )?(?:quarter|period)",
                        QuarterRules::yearQuarter).anaphora(),
                TimexRule.of("half-year", "(?:the )?(?<ord>first|second) half of (?:(?:fiscal )?" + Y
                        + "|(?<rel>the|this|last|next) year)", QuarterRules::half),
                TimexRule.of("quarter-ended", "the (?:latest |most recent |fiscal )?(?:quarter|period|three months)"
                        + "(?= end(?:ed|ing) (?<month>" + Lexicon.MONTH + ") (?<day>[0-9]{1,2})(?:, (?<year>" + Lexicon.YEAR + "))?)",
                        QuarterRules::quarterEnded),
                TimexRule.of("the-quarter", "(?<which>the|the latest|the past|the last|the previous|the most recent|the recent)"
                        + " (?:fiscal )?quarter|(?<which2>the latest|the most recent) period", QuarterRules::theQuarter).anaphora(),
                TimexRule.of("quarter-year-ago", "the (?:quarter|period|three months) (?:a year (?:ago|earlier)|the year before)",
                        QuarterRules::yearAgo).anaphora(),
                TimexRule.of("year-ago-quarter", "(?:the |a |last year's )?(?:comparable |same )?(?:year-ago|year-earlier)(?: (?:fiscal )?(?<noun>quarter|period|third quarter|second quarter"
                        + "|first quarter|fourth quarter))?", QuarterRules::yearAgo).anaphora(),
                TimexRule.of("same-period-last-year", "the (?:same|comparable|corresponding) (?:period|quarter) (?:of |a )?"
                        + "(?:last year|the previous year|a year (?:ago|earlier)|the prior year)", QuarterRules::yearAgo).anaphora());
    }

    private static Optional<Reading> ordinalQuarter(Groups groups, Resolution resolution) {
        int quarter = Lexicon.ordinal(groups.require("ord")).orElseThrow();
        Optional<String> explicitYear = groups.get("year").or(() -> groups.get("qyear"));
        if (explicitYear.isPresent()) {
            return Reading.date(Anchoring.quarter(Integer.parseInt(explicitYear.get()), quarter));
        }
        Optional<LocalDate> reference = resolution.date();
        if (reference.isEmpty()) {
            return Reading.date("XXXX-Q" + quarter);
        }
        String owner = groups.get("owner").map(o -> o.toLowerCase(Locale.ROOT)).orElse("");
        int year = reference.get().getYear();
        if (owner.startsWith("last year") || owner.contains("year-ago") || owner.contains("year-earlier")) {
            year--;
        } else if (owner.startsWith("next year")) {
            year++;
        } else if (resolution.tense() == Tense.PAST && quarter > Anchoring.quarterOf(reference.get())) {
            year--;
        }
        return Reading.date(Anchoring.quarter(year, quarter));
    }

    private static Optional<Reading> half(Groups groups, Resolution resolution) {
        int half = Lexicon.ordinal(groups.require("ord")).orElseThrow();
        if (groups.has("year")) {
            return Reading.date(groups.require("year") + "-H" + half);
        }
        int offset = switch (groups.get("rel").map(r -> r.toLowerCase(Locale.ROOT)).orElse("")) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return Reading.date(resolution.date().map(date -> String.format("%04d-H%d", date.getYear() + offset, half))
                .orElse("XXXX-H" + half));
    }

    private static Optional<Reading> yearQuarter(Groups groups, Resolution resolution) {
        String year = groups.require("year");
        return Reading.date(resolution.discourse().lastQuarter().map(quarter -> year + quarter.substring(4)).orElse(year));
    }

    private static Optional<Reading> theQuarter(Groups groups, Resolution resolution) {
        String which = groups.get("which").or(() -> groups.get("which2")).orElseThrow().toLowerCase(Locale.ROOT);
        if (which.equals("the") && resolution.discourse().lastQuarter().isPresent()) {
            return Reading.date(resolution.discourse().lastQuarter().get());
        }
        return Reading.date(Anchoring.period(resolution.date(), CalendarUnit.QUARTER, -1));
    }

    /**
     * "The quarter ended July 31": the quarter the text last named (a company's fiscal quarters
     * keep their own numbers), else the calendar quarter holding most of the three months that
     * end on that day (a fiscal quarter ending July 31 is mostly the second), in the year the date
     * names, else the latest such day on or before the reference.
     */
    private static Optional<Reading> quarterEnded(Groups groups, Resolution resolution) {
        if (resolution.discourse().lastQuarter().isPresent()) {
            return Reading.date(resolution.discourse().lastQuarter().get()); // the text named it: "its fiscal first quarter"
        }
        int month = Lexicon.month(groups.require("month"));
        int day = Integer.parseInt(groups.require("day"));
        Optional<Integer> year = groups.get("year").map(Integer::parseInt)
                .or(() -> resolution.date().map(reference -> reference.getMonthValue() < month
                        || reference.getMonthValue() == month && reference.getDayOfMonth() < day
                        ? reference.getYear() - 1 : reference.getYear()));
        if (year.isEmpty() || day > YearMonth.of(2000, month).lengthOfMonth()) {
            return Optional.empty();
        }
        LocalDate end = LocalDate.of(year.get(), month, Math.min(day, YearMonth.of(year.get(), month).lengthOfMonth()));
        LocalDate middle = end.minusDays(45);
        return Reading.date(Anchoring.quarter(middle.getYear(), Anchoring.quarterOf(middle)));
    }

    private static Optional<Reading> yearAgo(Groups groups, Resolution resolution) {
        Optional<String> quarter = groups.get("noun")
                .filter(noun -> noun.toLowerCase(Locale.ROOT).contains(" quarter"))
                .map(noun -> resolution.date().map(date -> Anchoring.quarter(date.getYear(),
                        Lexicon.ordinal(noun.substring(0, noun.indexOf(' '))).orElseThrow())).orElse(""))
                .filter(value -> !value.isEmpty())
                .or(() -> resolution.discourse().lastQuarter());
        if (quarter.isPresent()) {
            int year = Integer.parseInt(quarter.get().substring(0, 4)) - 1;
            return Reading.date(String.format("%04d%s", year, quarter.get().substring(4)));
        }
        return Reading.date(Anchoring.period(resolution.date(), CalendarUnit.YEAR, -1));
    }
}
