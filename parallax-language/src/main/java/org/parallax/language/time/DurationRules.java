package org.parallax.language.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Amounts of time: "three days" ({@code P3D}), "the past two months" ({@code P2M}), "a five-year
 * plan" ({@code P5Y}), "5 1/2 hours" ({@code PT5H30M}), "two and a half years" ({@code P2Y6M}),
 * "several years" ({@code PXY}), "20 more years" and "three straight years" (the word between
 * count and unit kept inside), and bare plurals after "for" ("for years", {@code PXY}).
 * As in TimeBank, "more than" and "at least" stay inside the expression but "about" and "nearly"
 * do not, "three days later" is the duration "three days", and ages ("a 6-year-old") are no
 * time expressions.
 */
final class DurationRules {

    private static final String MODIFIER = "(?:(?:no more than|more than|less than|fewer than|at least|at most|up to"
            + "|the better part of|the|past|last|previous|next|coming|first|final|following|remaining|initial|latest) ){0,3}";
    private static final String AMOUNT = "(?<num>" + Lexicon.NUMBER + "|" + Lexicon.VAGUE_NUMBER + "|a|an)";
    private static final String UNIT = "(?<unit>" + Lexicon.UNIT + ")";

    private DurationRules() {
    }

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("amount-unit", MODIFIER + AMOUNT + "(?<half> and a half)? (?:(?:more|additional|straight"
                        + "|consecutive|full) )?" + UNIT + "(?! old\\b)",
                        DurationRules::countsTime, DurationRules::amount),
                TimexRule.of("amount-unit-adjective", AMOUNT + "-" + UNIT + "(?:-long)?(?!-old)",
                        DurationRules::countsTime, DurationRules::amount),
                TimexRule.of("vague-plural", "(?:the )?(?:recent|coming|past) (?<unit>years|months|weeks|days|decades)",
                        (groups, resolution) -> Reading.duration(
                                CalendarUnit.of(groups.require("unit")).orElseThrow().vagueDuration())),
                TimexRule.of("unit-and-a-half", MODIFIER + "(?<num>a|an|one) " + UNIT + " and a half",
                        (groups, resolution) -> {
                            CalendarUnit unit = CalendarUnit.of(groups.require("unit")).orElseThrow();
                            return Reading.duration(unit.duration(1.5));
                        }),
                TimexRule.of("bare-plural-after-for", "(?<=(?:for|within)\\s)(?:(?:the )?(?:past|last|next|coming) )?"
                        + "(?<unit>years|months|weeks|days|decades|hours|minutes|centuries)",
                        (groups, resolution) -> Reading.duration(
                                CalendarUnit.of(groups.require("unit")).orElseThrow().vagueDuration())));
    }

    private static Optional<Reading> amount(Groups groups, Resolution resolution) {
        CalendarUnit unit = CalendarUnit.of(groups.require("unit")).orElseThrow();
        OptionalDouble amount = Lexicon.number(groups.require("num"));
        if (amount.isEmpty()) {
            return Reading.duration(unit.vagueDuration());
        }
        double value = amount.getAsDouble() + (groups.has("half") ? 0.5 : 0);
        return Reading.duration(unit.duration(value));
    }

    /**
     * The count is a count of time: not "a second" (mostly an ordinal, "a second term"), and not a
     * year ("the 1988 quarter").
     */
    private static boolean countsTime(Groups groups, TokenIndex tokens) {
        String num = groups.get("num").orElse("").toLowerCase(Locale.ROOT);
        String unit = groups.get("unit").orElse("").toLowerCase(Locale.ROOT);
        if (unit.startsWith("second") && (num.equals("a") || num.equals("an"))) {
            return false;
        }
        if (unit.startsWith("quarter") && groups.matched().contains("-")) {
            return false; // "three-quarters of its food" is a fraction
        }
        return !num.matches(Lexicon.YEAR);
    }
}
