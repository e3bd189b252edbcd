package org.parallax.language.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.language.text.Token;
import org.parallax.model.TimexType;

/**
 * Calendar dates named by month, day and year: "February 25, 2022", "on 26 October", "in
 * October", "fiscal 1989", "the 1990s", "1998-08-07", "8/7/98". A date without a year takes the
 * reference's year in the direction the tense gives ("met in October" in February 2022 is
 * 2021-10), but "since" points back whatever the tense ("on patrol since March"); without a
 * reference it stays underspecified ({@code XXXX-10}). "The week of March 6" is the ISO week of that
 * day; "January nineteen ninety-seven", as broadcasts say it, a month.
 */
final class CalendarDateRules {

    private static final String M = "(?<month>" + Lexicon.MONTH + ")";
    private static final String D = "(?<day>" + Lexicon.DAY_NUMBER + "|" + Lexicon.ORDINAL_DAY + ")";
    private static final String Y = "(?<year>" + Lexicon.YEAR + ")";
    private static final String WD = "(?:(?<wd>" + Lexicon.WEEKDAY + "),? )?";
    private static final String MONTH_FULL = "(?<month>january|february|march|april|may|june|july|august|september"
            + "|october|november|december|sept\\.|aug\\.|oct\\.|nov\\.|dec\\.|jan\\.|feb\\.)";
    private static final String MODIFIER = "(?:(?<mod>early|late|mid|the end of|the beginning of|the start of|the middle of"
            + "|the first half of|the second half of|the rest of|the summer of|the spring of|the fall of|the winter of"
            + "|the year|fiscal|calendar|fiscal year) |mid-)?";
    /** A year as broadcasts say it: "nineteen ninety-seven". */
    private static final String SPOKEN_YEAR = "nineteen[- ](?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?";
    private static final Pattern AFTER_NUMBER = Pattern.compile("^(?:[,.][0-9]|%| ?percent|[-/][0-9])");
    private static final Pattern AFTER_DAY = Pattern.compile("^(?:[,.][0-9]|:[0-9]|%| ?percent)");

    private static final Set<String> TEMPORAL_PREPOSITIONS = Set.of("in", "since", "until", "till", "by",
            "before", "after", "from", "through", "during", "to", "between");

    private CalendarDateRules() {
    }

    static List<TimexRule> rules() {
        TimexRule.Guard month = Guards.monthName("month").and(Guards.capitalised("wd"));
        return List.of(
                TimexRule.of("month-day-year", WD + M + " " + D + ",? " + Y, month, CalendarDateRules::fullDate),
                TimexRule.of("day-month-year", WD + "(?:the )?" + D + " (?:of )?" + M + ",? " + Y, month,
                        CalendarDateRules::fullDate),
                TimexRule.of("iso-date", "(?<year>" + Lexicon.YEAR + ")-(?<mnum>[01][0-9])-(?<day>[0-3][0-9])",
                        CalendarDateRules::numericDate),
                TimexRule.of("us-numeric-date", "(?<mnum>[01]?[0-9])/(?<day>[0-3]?[0-9])/(?<year>[0-9]{4}|[0-9]{2})",
                        CalendarDateRules::numericDate),
                TimexRule.of("week-of-day", "the week of " + M + " " + D + "(?:,? " + Y + ")?", month,
                        CalendarDateRules::weekOf),
                TimexRule.of("month-day", WD + M + " " + D, month.and(CalendarDateRules::notFollowedByNumber),
                        CalendarDateRules::monthDay),
                TimexRule.of("day-month", WD + "(?:the )?" + D + " (?:of )?" + M,
                        month, CalendarDateRules::monthDay),
                TimexRule.of("month-year", MODIFIER + M + ",? (?:of )?" + Y, month, CalendarDateRules::monthYear),
                TimexRule.of("month-relative-year", MODIFIER + M + " (?<rel>last|this|next) year", month,
                        CalendarDateRules::monthRelativeYear),
                TimexRule.of("month", "(?:(?<rel>last|next|this|this past|this coming) )?" + MODIFIER + MONTH_FULL
                        + "(?! of )(?! [0-9])", Guards.monthName("month").and(CalendarDateRules::notAVerbOrNounBeforeFor), CalendarDateRules::month),
                TimexRule.of("year", MODIFIER + Y, CalendarDateRules::isYear, CalendarDateRules::year),
                TimexRule.of("decade", "(?:the )?" + MODIFIER + "(?<decade>(?:1[5-9]|20)[0-9])0'?s",
                        (groups, resolution) -> Reading.date(groups.require("decade"))),
                TimexRule.of("short-decade", "(?:the )?" + MODIFIER + "'(?<short>[0-9])0s", CalendarDateRules::shortDecade),
                TimexRule.of("decade-word", "the (?:early |late |mid-)?(?<word>twenties|thirties|forties|fifties|sixties"
                        + "|seventies|eighties|nineties)", CalendarDateRules::decadeWord),
                TimexRule.of("ordinal-century", "(?:the )?(?<cent>1[0-9]|2[01])(?:st|nd|rd|th) century",
                        (groups, resolution) -> Reading.date(String.format("%02d",
                                Integer.parseInt(groups.require("cent")) - 1))),
                TimexRule.of("month-spoken-year", MONTH_FULL + " (?<spoken>" + SPOKEN_YEAR + ")", Guards.monthName("month"),
                        (groups, resolution) -> Lexicon.spokenYear(groups.require("spoken").replaceAll("\\s+", " "))
                                .flatMap(year -> Reading.date(Anchoring.month(year, Lexicon.month(groups.require("month")))))),
                TimexRule.of("spoken-year", "the year two thousand(?: and [a-z]+| [a-z]+)?|(?:the year )?" + SPOKEN_YEAR,
                        (groups, resolution) -> Lexicon.spokenYear(groups.matched().replaceAll("\\s+", " "))
                                .flatMap(year -> Reading.date(String.format("%04d", year)))));
    }

    private static Optional<Reading> fullDate(Groups groups, Resolution resolution) {
        OptionalInt day = Lexicon.dayOfMonth(groups.require("day"));
        if (day.isEmpty()) {
            return Optional.empty();
        }
        return valid(Integer.parseInt(groups.require("year")), Lexicon.month(groups.require("month")), day.getAsInt())
                .flatMap(date -> Reading.date(Anchoring.date(date)));
    }

    private static Optional<Reading> numericDate(Groups groups, Resolution resolution) {
        int year = Integer.parseInt(groups.require("year"));
        if (year < 100) {
            year += year >= 50 ? 1900 : 2000;
        }
        return valid(year, Integer.parseInt(groups.require("mnum")), Integer.parseInt(groups.require("day")))
                .flatMap(date -> Reading.date(Anchoring.date(date)));
    }

    /** "The week of March 6": the ISO week holding that day. */
    private static Optional<Reading> weekOf(Groups groups, Resolution resolution) {
        Optional<Reading> day = groups.has("year") ? fullDate(groups, resolution) : monthDay(groups, resolution);
        return day.map(reading -> {
            if (reading.value().startsWith("X")) {
                return new Reading(TimexType.DATE, "XXXX-WXX");
            }
            return new Reading(TimexType.DATE, Anchoring.week(LocalDate.parse(reading.value())));
        });
    }

    private static Optional<Reading> monthDay(Groups groups, Resolution resolution) {
        OptionalInt parsedDay = Lexicon.dayOfMonth(groups.require("day"));
        if (parsedDay.isEmpty()) {
            return Optional.empty();
        }
        int month = Lexicon.month(groups.require("month"));
        int day = parsedDay.getAsInt();
        if (valid(2000, month, day).isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> reference = resolution.date();
        if (reference.isPresent() && groups.has("wd")) {
            Optional<LocalDate> matching = yearWithWeekday(reference.get(), month, day, Lexicon.weekday(groups.require("wd")));
            if (matching.isPresent()) {
                return Reading.date(Anchoring.date(matching.get()));
            }
        }
        Optional<Direction> direction = DayRules.looksBack(groups, groups.begin()) ? Optional.of(Direction.PAST)
                : resolution.tenseDirection();
        return Reading.date(Anchoring.nearMonthDay(reference, month, day, direction));
    }

    /** The year near the reference in which the day falls on the weekday the text names, if one does. */
    private static Optional<LocalDate> yearWithWeekday(LocalDate reference, int month, int day, DayOfWeek weekday) {
        for (int delta : new int[] {0, -1, 1}) {
            Optional<LocalDate> date = valid(reference.getYear() + delta, month, day);
            if (date.isPresent() && date.get().getDayOfWeek() == weekday) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<Reading> monthYear(Groups groups, Resolution resolution) {
        return Reading.date(Anchoring.month(Integer.parseInt(groups.require("year")), Lexicon.month(groups.require("month"))));
    }

    private static Optional<Reading> monthRelativeYear(Groups groups, Resolution resolution) {
        int offset = switch (groups.require("rel").toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        int month = Lexicon.month(groups.require("month"));
        return Reading.date(resolution.date()
                .map(date -> Anchoring.month(date.getYear() + offset, month))
                .orElse(String.format("XXXX-%02d", month)));
    }

    private static Optional<Reading> month(Groups groups, Resolution resolution) {
        int month = Lexicon.month(groups.require("month"));
        Optional<String> relation = groups.get("rel").map(r -> r.toLowerCase(Locale.ROOT));
        Optional<LocalDate> reference = resolution.date();
        if (relation.isPresent()) {
            Direction direction = switch (relation.get()) {
                case "last", "this past" -> Direction.STRICT_PAST;
                case "next", "this coming" -> Direction.STRICT_FUTURE;
                default -> null;
            };
            if (direction != null) {
                return Reading.date(Anchoring.month(reference, month, direction));
            }
            return Reading.date(reference.map(date -> Anchoring.month(date.getYear(), month))
                    .orElse(String.format("XXXX-%02d", month)));
        }
        if (DayRules.looksBack(groups, groups.begin())) {
            return Reading.date(Anchoring.month(reference, month, Direction.PAST)); // "on patrol since March"
        }
        return Reading.date(Anchoring.nearMonth(reference, month, resolution.tenseDirection()));
    }

    private static Optional<Reading> year(Groups groups, Resolution resolution) {
        return Reading.date(groups.require("year"));
    }

    private static Optional<Reading> decadeWord(Groups groups, Resolution resolution) {
        int decade = switch (groups.require("word").toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "twe" -> 2;
            case "thi" -> 3;
            case "for" -> 4;
            case "fif" -> 5;
            case "six" -> 6;
            case "sev" -> 7;
            case "eig" -> 8;
            default -> 9;
        };
        return Reading.date("19" + decade); // "the nineties" in news is the last century's
    }

    private static Optional<Reading> shortDecade(Groups groups, Resolution resolution) {
        String digit = groups.require("short");
        return Reading.date(resolution.date()
                .map(date -> {
                    int century = date.getYear() / 100;
                    int decade = Integer.parseInt(digit);
                    // "the '90s" written in 2005 means the 1990s: a decade after the reference's is in the last century
                    int year = century * 100 + decade * 10 <= date.getYear() ? century : century - 1;
                    return String.format("%02d%s", year, digit);
                })
                .orElse("XX" + digit));
    }

    /** A four-digit number is a year when it is not money, a percentage, part of a bigger number or a count. */
    private static boolean isYear(Groups groups, TokenIndex tokens) {
        int start = groups.start("year");
        String text = groups.text();
        if (start > 0 && "$£€#".indexOf(text.charAt(start - 1)) >= 0) {
            return false;
        }
        int end = start + 4;
        if (AFTER_NUMBER.matcher(text.substring(end, Math.min(text.length(), end + 9))).find()) {
            return false;
        }
        Optional<Token> token = tokens.at(start);
        if (token.isPresent() && !token.get().partOfSpeech().isEmpty() && !token.get().partOfSpeech().equals("CD")
                && !token.get().partOfSpeech().startsWith("NN") && !token.get().partOfSpeech().equals("JJ")) {
            return false;
        }
        Optional<Token> next = tokens.at(end);
        Optional<Token> previous = tokens.before(start);
        boolean countedNoun = next.filter(t -> t.partOfSpeech().equals("NNS")).isPresent();
        boolean afterPreposition = previous.filter(t -> TEMPORAL_PREPOSITIONS.contains(t.word().toLowerCase(Locale.ROOT)))
                .isPresent();
        return !countedNoun || afterPreposition || groups.has("mod");
    }

    /**
     * Not "march" or "may" before "for" ("the March for Our Lives"); any other month may be ("KKR bought RJR in February
     * for $25 billion").
     */
    private static boolean notAVerbOrNounBeforeFor(Groups groups, TokenIndex tokens) {
        String month = groups.require("month").toLowerCase(Locale.ROOT);
        return !(month.equals("march") || month.equals("may")) || !groups.text().startsWith(" for ", groups.end());
    }

    private static boolean notFollowedByNumber(Groups groups, TokenIndex tokens) {
        String text = groups.text();
        int end = groups.end();
        return !AFTER_DAY.matcher(text.substring(end, Math.min(text.length(), end + 9))).find();
    }

    static Optional<LocalDate> valid(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30" is no date; the rule declines the match
        }
    }
}
