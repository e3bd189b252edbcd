package org.parallax.language.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Times with no calendar value, which TIMEX3 marks by reference: "now", "currently", "at present"
 * ({@code PRESENT_REF}); "recently", "in the past", "recent years" ({@code PAST_REF}); "the
 * future", "soon" ({@code FUTURE_REF}).
 *
 * <p>Expressions that name no time at all, such as "after a long hiatus" or "for too long", are
 * not TIMEX3 expressions in TimeML and are left alone. "The then current price" is a past
 * reference.
 */
final class VagueRules {

    private static final Set<String> NOT_TIME_AFTER_CURRENT = Set.of("account", "accounts", "affairs", "events", "account's");

    private VagueRules() {
    }

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("present", "(?<w>now|currently|nowadays|these days|(?<=at\\s)present|the present)",
                        Guards.notTagged("w", "NN", "VB"),
                        (groups, resolution) -> Reading.date("PRESENT_REF")),
                TimexRule.of("current", "(?<w>current)", Guards.tagged("w", "JJ").and(VagueRules::currentIsTime),
                        (groups, resolution) -> Reading.date("PRESENT_REF")),
                TimexRule.of("past", "(?<w>recently|lately|formerly|the past|recent times|then[- ]current)",
                        (groups, resolution) -> Reading.date("PAST_REF")),
                TimexRule.of("future", "(?<w>the (?:near |distant )?future|the years ahead|the months ahead|the days ahead"
                        + "|a later date)",
                        Guards.notTagged("w", "VB"), (groups, resolution) -> Reading.date("FUTURE_REF")));
    }

    private static boolean currentIsTime(Groups groups, TokenIndex tokens) {
        int end = groups.start("w") + "current".length();
        return tokens.at(end).map(next -> !NOT_TIME_AFTER_CURRENT.contains(next.word().toLowerCase(Locale.ROOT)))
                .orElse(true);
    }
}
