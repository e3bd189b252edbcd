package org.parallax.language.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Days named relative to the reference: weekdays ("on Sunday", "last Friday", "Wednesday night"),
 * "yesterday", "today", "tomorrow", "tonight", "this morning", "last night".
 *
 * <p>A bare weekday takes the direction of its clause's tense: past tense means the latest such
 * day on or before the reference (TimeBank's convention: "said Friday" in an article of that Friday
 * is that day), future tense the first on or after it; present tense and verb-less fragments are
 * read as past, as they mostly are in news ("Bush in Moscow Friday"), unless a preposition looks
 * ahead ("as early as Tuesday", "until Tuesday"). A weekday with a part of the day ("Friday
 * night") is the DATE of that day, as TimeBank mostly annotates it; "this morning" and "last
 * night" are TIMEs with TIMEX3's part-of-day codes ({@code 2022-02-27TNI}). Spans leave out "on",
 * "early", "later" and a possessive "'s", as TimeBank's do.
 */
final class DayRules {

    private static final String WD = "(?<wd>" + Lexicon.WEEKDAY + ")";
    private static final String POD = "(?<pod>" + Lexicon.PART_OF_DAY + ")";
    private static final String RELATION = "(?:(?<rel>last|next|this|this coming|this past|the previous|the following"
            + "|the next) )?";

    private static final Pattern LOOKING_AHEAD = Pattern.compile(
            "(?:\\buntil|\\btill|as early as|as soon as|no later than|\\bby next|starting)\\s+$");

    private static final Pattern LOOKING_BACK = Pattern.compile("\\bsince\\s+$");

    private DayRules() {
    }

    static List<TimexRule> rules() {
        TimexRule.Guard weekdayName = Guards.capitalised("wd");
        return List.of(
                TimexRule.of("weekday-part", RELATION + WD + " " + POD, weekdayName,
                        (groups, resolution) -> Reading.date(weekday(groups, resolution))),
                TimexRule.of("part-weekday", POD + " (?:of |on )?" + WD, weekdayName,
                        (groups, resolution) -> Reading.date(weekday(groups, resolution))),
                TimexRule.of("weekday", RELATION + WD, weekdayName,
                        (groups, resolution) -> Reading.date(weekday(groups, resolution))),
                TimexRule.of("deictic-day-part", "(?<day>yesterday|today|tomorrow) " + POD,
                        (groups, resolution) -> Reading.time(Anchoring.day(resolution.date(), offset(groups.require("day")))
                                + partOfDay(groups.require("pod")))),
                TimexRule.of("deictic-day", "(?<day>the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight)",
                        (groups, resolution) -> Reading.date(Anchoring.day(resolution.date(), offset(groups.require("day"))))),
                TimexRule.of("this-part-of-day", "(?<which>this|last|tomorrow) " + POD,
                        (groups, resolution) -> {
                            String which = groups.require("which").toLowerCase(Locale.ROOT);
                            int offset = which.equals("tomorrow") ? 1 : which.equals("last") ? -1 : 0;
                            return Reading.time(Anchoring.day(resolution.date(), offset) + partOfDay(groups.require("pod")));
                        }));
    }

    private static int offset(String day) {
        String d = day.toLowerCase(Locale.ROOT);
        return switch (d) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            case "the day before yesterday" -> -2;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
    }

    private static String weekday(Groups groups, Resolution resolution) {
        DayOfWeek day = Lexicon.weekday(groups.require("wd"));
        String relation = groups.get("rel").map(r -> r.toLowerCase(Locale.ROOT)).orElse("");
        Direction direction = switch (relation) {
            case "last", "this past", "the previous" -> Direction.STRICT_PAST;
            case "next", "this coming", "the following", "the next" -> Direction.STRICT_FUTURE;
            default -> looksAhead(groups, groups.start("wd")) ? Direction.FUTURE
                    : looksBack(groups, groups.start("wd")) ? Direction.PAST : resolution.direction(Direction.PAST);
        };
        if (relation.equals("this")) {
            Optional<LocalDate> reference = resolution.date();
            return reference.map(date -> Anchoring.date(date.with(ChronoField.DAY_OF_WEEK, day.getValue())))
                    .orElse("XXXX-WXX-" + day.getValue());
        }
        return Anchoring.weekday(resolution.date(), day, direction);
    }

    /** Whether the word before {@code start} points back whatever the tense: "since Tuesday", "since March". */
    static boolean looksBack(Groups groups, int start) {
        String before = groups.text().substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
        return LOOKING_BACK.matcher(before).find();
    }

    /** Whether the words before {@code start} point forward: "until Tuesday", "as soon as Tuesday", "until 9 a.m. Tuesday". */
    static boolean looksAhead(Groups groups, int start) {
        String before = groups.text().substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT);
        return LOOKING_AHEAD.matcher(before).find();
    }

    /** TIMEX3's part-of-day code, appended to a date: {@code TMO}, {@code TAF}, {@code TEV}, {@code TNI}. */
    static String partOfDay(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }
}
