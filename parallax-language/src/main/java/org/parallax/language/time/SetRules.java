package org.parallax.language.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Recurring times (TIMEX3 SET): "daily", "weekly", "each day", "every two weeks", "every Monday",
 * "twice a week", "24 hours a day", "$5 million a year". The value is the period of recurrence
 * ({@code P1D}); TimeML's {@code freq} and {@code quant} attributes are not kept, so "24 hours a
 * day" is {@code P1D} like "daily".
 */
final class SetRules {

    private static final String RECURRING = "(?<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade"
            + "|morning|afternoon|evening|" + Lexicon.WEEKDAY + "|january|february|march|april|may|june|july|august"
            + "|september|october|november|december|spring|summer|fall|autumn|winter)";
    private static final String PER_UNIT = "(?<unit>second|minute|hour|day|night|week|month|quarter|year)";

    private SetRules() {
    }

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("frequency-adverb", "(?<adv>daily|weekly|monthly|yearly|annually|hourly|nightly"
                        + "|biweekly|semiannually|biannually)", Guards.notTagged("adv", "NN"), SetRules::adverb),
                TimexRule.of("each-unit", "(?:each|every|per) (?:(?<num>other|" + Lexicon.NUMBER + ") )?" + RECURRING + "s?",
                        SetRules::each),
                TimexRule.of("times-per-unit", "(?:once|twice|thrice|(?:" + Lexicon.NUMBER + ") times) (?:a|an|per|each|every) "
                        + PER_UNIT, (groups, resolution) -> Reading.set(period(groups.require("unit"), 1))),
                TimexRule.of("amount-per-unit", "(?:" + Lexicon.NUMBER + ") (?:hours|minutes|days|nights|weeks|months)"
                        + " (?:a|an|per|each) " + PER_UNIT,
                        (groups, resolution) -> Reading.set(period(groups.require("unit"), 1))),
                TimexRule.of("price-per-unit", "(?<=(?:[0-9%]|million|billion|trillion|percent|cents|dollars|times|tons"
                        + "|barrels|shares)\\s)(?:a|per) " + PER_UNIT,
                        (groups, resolution) -> Reading.set(period(groups.require("unit"), 1))),
                TimexRule.of("plural-weekday", "(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s(?: (?<pod>"
                        + Lexicon.PART_OF_DAY + ")s?)?", Guards.capitalised("wd"),
                        (groups, resolution) -> Reading.set("XXXX-WXX-" + Lexicon.weekday(groups.require("wd")).getValue()
                                + groups.get("pod").map(DayRules::partOfDay).orElse(""))));
    }

    private static Optional<Reading> adverb(Groups groups, Resolution resolution) {
        return Reading.set(switch (groups.require("adv").toLowerCase(Locale.ROOT)) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "biweekly" -> "P2W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P3M";
            case "semiannually", "biannually" -> "P6M";
            case "hourly" -> "PT1H";
            default -> "P1Y";
        });
    }

    private static Optional<Reading> each(Groups groups, Resolution resolution) {
        String unit = groups.require("unit").toLowerCase(Locale.ROOT);
        int every = groups.get("num").map(n -> n.equalsIgnoreCase("other") ? OptionalDouble.of(2) : Lexicon.number(n))
                .filter(OptionalDouble::isPresent).map(n -> (int) n.getAsDouble()).orElse(1);
        if (unit.matches(Lexicon.WEEKDAY)) {
            return Reading.set("XXXX-WXX-" + Lexicon.weekday(unit).getValue());
        }
        if (unit.matches("january|february|march|april|may|june|july|august|september|october|november|december")) {
            return Reading.set(String.format("XXXX-%02d", Lexicon.month(unit)));
        }
        return Reading.set(switch (unit) {
            case "morning", "afternoon", "evening" -> "XXXX-XX-XX" + DayRules.partOfDay(unit);
            case "weekend" -> "XXXX-WXX-WE";
            case "spring" -> "XXXX-SP";
            case "summer" -> "XXXX-SU";
            case "fall", "autumn" -> "XXXX-FA";
            case "winter" -> "XXXX-WI";
            default -> period(unit, every);
        });
    }

    private static String period(String unitWord, int every) {
        if (unitWord.equalsIgnoreCase("night")) {
            return "P" + every + "D";
        }
        return CalendarUnit.of(unitWord).map(unit -> unit.duration(every)).orElse("P" + every + "D");
    }
}
