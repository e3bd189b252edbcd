package org.parallax.language.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Calendar periods named relative to the reference or to the last date the text named: "this
 * year", "last week", "earlier this week", "the weekend", "a year ago", "three days later", "the
 * day before", "that year". Their value has the precision of their unit: "last week" is
 * {@code 2022-W07}, "this year" {@code 2022}.
 */
final class RelativePeriodRules {

    private static final String EDGE = "(?:(?<edge>early|late|earlier|later|the end of|the beginning of|the start of"
            + "|the middle of|the rest of|the remainder of|the first half of|the second half of|so far|until|mid) |mid-)?";
    private static final String WHICH = "(?<which>this|last|next|the past|the previous|the coming|the current|the latest"
            + "|the most recent|the same|the next|the following|that|that same|the last|this past|this coming)";
    private static final String UNIT = "(?<unit>week|month|year|quarter|decade|century|fiscal year|fiscal quarter)";

    private RelativePeriodRules() {
    }

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("relative-period", EDGE + WHICH + " " + UNIT, RelativePeriodRules::relativePeriod),
                TimexRule.of("the-year", "(?<=for\\s)the (?:full |entire |whole )?year|the full year",
                        (groups, resolution) -> Reading.date(Anchoring.period(resolution.date(), CalendarUnit.YEAR, 0))),
                TimexRule.of("year-ending", "the (?:fiscal )?year(?= end(?:ed|ing|s)\\b)|the fiscal year",
                        (groups, resolution) -> Reading.duration("P1Y")),
                TimexRule.of("year-end", "(?:the )?year(?:'s)?[- ]end",
                        (groups, resolution) -> Reading.date(Anchoring.period(resolution.date(), CalendarUnit.YEAR, 0))),
                TimexRule.of("earlier-in-the-period", "(?<edge>earlier|later) in the (?<unit>week|month|year)",
                        (groups, resolution) -> Reading.date(Anchoring.period(resolution.date(), unit(groups), 0))),
                TimexRule.of("weekend", "(?:(?<edge>early|late) )?(?<which>this|last|next|the|this past|this coming|that)"
                        + " weekend", RelativePeriodRules::weekend),
                TimexRule.of("ago", "(?:(?<mod>about|around|almost|nearly|roughly|some|more than|less than|just over"
                        + "|just under|over|only|barely|at least|little more than) )?(?<num>" + Lexicon.NUMBER
                        + "|" + Lexicon.VAGUE_NUMBER + "|a|an) (?<unit>" + Lexicon.UNIT + ")(?: or so)?"
                        + " (?<dir>ago|earlier|from now)", RelativePeriodRules::ago).anaphora(),
                TimexRule.of("anaphoric-day", "(?<ana>the day before|the day after|the previous day|the next day"
                        + "|the following day|the same day|that day|that same day|earlier that day|later that day"
                        + "|the next morning|the following morning|the night before|that night|that morning"
                        + "|the previous night|that evening)(?! yesterday)",
                        RelativePeriodRules::anaphoricDay).anaphora());
    }

    private static CalendarUnit unit(Groups groups) {
        String word = groups.require("unit").toLowerCase(Locale.ROOT).replace("fiscal ", "");
        return CalendarUnit.of(word).orElseThrow(() -> new IllegalStateException("no unit in " + groups.matched()));
    }

    private static Optional<Reading> relativePeriod(Groups groups, Resolution resolution) {
        CalendarUnit unit = unit(groups);
        String which = groups.require("which").toLowerCase(Locale.ROOT);
        int offset = switch (which) {
            case "last", "the past", "the previous", "the latest", "the most recent", "this past", "the last" -> -1;
            case "next", "the coming", "the next", "the following", "this coming" -> 1;
            default -> 0;
        };
        boolean anaphoric = which.equals("that") || which.equals("that same") || which.equals("the same")
                || which.equals("the following") || which.equals("the previous");
        if (which.equals("the last") && unit == CalendarUnit.WEEK) {
            offset = 0; // "in the last week" is the week up to the reference
        }
        if (unit == CalendarUnit.QUARTER && anaphoric && offset == 0 && resolution.discourse().lastQuarter().isPresent()) {
            return Reading.date(resolution.discourse().lastQuarter().get());
        }
        if ((which.equals("the past") || which.equals("the last"))
                && (unit == CalendarUnit.DECADE || unit == CalendarUnit.CENTURY)) {
            return Reading.duration(unit.duration(1));
        }
        Optional<LocalDate> anchor = anaphoric ? resolution.anchor(unit) : resolution.date();
        return Reading.date(Anchoring.period(anchor, unit, offset));
    }

    private static Optional<Reading> weekend(Groups groups, Resolution resolution) {
        String which = groups.require("which").toLowerCase(Locale.ROOT);
        Direction direction = switch (which) {
            case "last", "this past" -> Direction.STRICT_PAST;
            case "next", "this coming" -> Direction.STRICT_FUTURE;
            case "this" -> resolution.direction(Direction.FUTURE);
            default -> resolution.direction(Direction.PAST);
        };
        Optional<LocalDate> anchor = which.equals("that") ? resolution.anchor(CalendarUnit.DAY) : resolution.date();
        return Reading.date(Anchoring.weekend(anchor, direction));
    }

    private static Optional<Reading> ago(Groups groups, Resolution resolution) {
        CalendarUnit unit = unit(groups);
        String direction = groups.require("dir").toLowerCase(Locale.ROOT);
        boolean backward = direction.equals("ago") || direction.equals("earlier");
        OptionalDouble amount = Lexicon.number(groups.require("num"));
        if (amount.isEmpty()) {
            return Reading.date(backward ? "PAST_REF" : "FUTURE_REF");
        }
        int steps = (int) Math.round(amount.getAsDouble()) * (backward ? -1 : 1);
        if (unit == CalendarUnit.YEAR && backward && resolution.discourse().lastQuarter().isPresent()) {
            String quarter = resolution.discourse().lastQuarter().get();
            int year = Integer.parseInt(quarter.substring(0, 4)) + steps;
            return Reading.date(String.format("%04d%s", year, quarter.substring(4)));
        }
        Optional<LocalDate> anchor = resolution.date();
        return Reading.date(switch (unit) {
            case SECOND, MINUTE, HOUR -> Anchoring.day(anchor, 0);
            case DECADE -> Anchoring.period(anchor, CalendarUnit.YEAR, steps * 10);
            case CENTURY -> Anchoring.period(anchor, CalendarUnit.YEAR, steps * 100);
            default -> Anchoring.period(anchor, unit, steps);
        });
    }

    private static Optional<Reading> anaphoricDay(Groups groups, Resolution resolution) {
        String phrase = groups.require("ana").toLowerCase(Locale.ROOT);
        int offset = phrase.contains("before") || phrase.contains("previous") ? -1
                : phrase.contains("after") || phrase.contains("next") || phrase.contains("following") ? 1 : 0;
        String day = Anchoring.day(resolution.anchor(CalendarUnit.DAY), offset);
        if (phrase.endsWith("morning")) {
            return Reading.time(day + "TMO");
        }
        if (phrase.endsWith("night") || phrase.endsWith("evening")) {
            return Reading.time(day + (phrase.endsWith("night") ? "TNI" : "TEV"));
        }
        return Reading.date(day);
    }
}
