package org.parallax.language.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recognition rule in the manner of HeidelTime: a regular expression over the sentence text,
 * a guard that may veto a match by looking at parts of speech, and a normalisation that reads
 * the match as a TIMEX3 type and value given the reference date and tense.
 *
 * <p>In patterns a plain space stands for whitespace within one paragraph, and matches must start
 * and end at word edges.
 *
 * @param name          a short name for messages and tests
 * @param pattern       the compiled expression
 * @param groupNames    the named groups it captures
 * @param guard         vetoes matches that are not time expressions ("May" the modal)
 * @param normalisation reads a match, or declines it
 * @param anaphoric     whether the rule reads its value off earlier expressions ("the day before",
 *                      "a year earlier"); such values do not anchor later anaphora in turn
 */
record TimexRule(String name, Pattern pattern, List<String> groupNames, Guard guard, Normalisation normalisation,
        boolean anaphoric) {

    private static final String SPACE = "(?:[ \\t\\u00A0]+\\n?[ \\t\\u00A0]*|\\n[ \\t\\u00A0]*)";
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    TimexRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        groupNames = List.copyOf(groupNames);
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(normalisation, "normalisation");
    }

    static TimexRule of(String name, String regex, Normalisation normalisation) {
        return of(name, regex, Guard.ANY, normalisation);
    }

    static TimexRule of(String name, String regex, Guard guard, Normalisation normalisation) {
        String expanded = regex.replace(" ", SPACE);
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + expanded + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> names = new ArrayList<>();
        Matcher matcher = GROUP_NAME.matcher(regex);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return new TimexRule(name, pattern, names, guard, normalisation, false);
    }

    /** This rule, marked as reading its value off earlier expressions. */
    TimexRule anaphora() {
        return new TimexRule(name, pattern, groupNames, guard, normalisation, true);
    }

    /** Vetoes a match by looking at the text and tokens around it. */
    @FunctionalInterface
    interface Guard {
        Guard ANY = (groups, tokens) -> true;

        boolean accept(Groups groups, TokenIndex tokens);

        default Guard and(Guard other) {
            return (groups, tokens) -> accept(groups, tokens) && other.accept(groups, tokens);
        }
    }

    /** Reads a match as a type and value; empty declines it. */
    @FunctionalInterface
    interface Normalisation {
        Optional<Reading> read(Groups groups, Resolution resolution);
    }
}
