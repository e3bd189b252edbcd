package org.parallax.language.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The words of English time expressions, as regular-expression fragments for the rules and as
 * parsers from a matched word to its meaning. Fragments hold no capturing groups of their own;
 * rules wrap them in named groups.
 */
final class Lexicon {

    static final String MONTH = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sept\\.|sep\\.|oct\\.|nov\\.|dec\\."
            + "|jan|feb|apr|jun|jul|aug|sept|oct|nov|dec";

    static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon\\.|tue\\.|tues\\.|wed\\.|thu\\.|thur\\.|thurs\\.|fri\\.";

    static final String DAY_NUMBER = "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";

    static final String ORDINAL_DAY = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            + "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
            + "|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first";

    static final String YEAR = "(?:1[5-9]|20)[0-9]{2}";

    static final String PART_OF_DAY = "morning|afternoon|evening|night|overnight";

    private static final String UNITS_WORD = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TENS_WORD = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /** A count in digits or words: "3", "1.5", "5 1/2", "twenty four", "a dozen". */
    static final String NUMBER = "[0-9]+(?:\\.[0-9]+)?(?: 1/2)?"
            + "|(?:" + TENS_WORD + ")(?:[- ](?:" + UNITS_WORD + "))?"
            + "|" + UNITS_WORD + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|(?:a|one) hundred|a dozen|a couple of|a couple|a half|half a|half an";

    /** Counts with no number: "several", "a few". */
    static final String VAGUE_NUMBER = "several|a few|few|many|some|a number of|dozens of|hundreds of|countless|numerous";

    static final String UNIT = "seconds?|minutes?|hours?|hrs?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries";

    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("couple", 2));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4));

    private static final Pattern SEPARATOR = Pattern.compile("[\\s-]+");

    private Lexicon() {
    }

    /** The month (1–12) a month name or abbreviation names. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + word);
        };
    }

    static DayOfWeek weekday(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w.substring(0, 2)) {
            case "mo" -> DayOfWeek.MONDAY;
            case "tu" -> DayOfWeek.TUESDAY;
            case "we" -> DayOfWeek.WEDNESDAY;
            case "th" -> DayOfWeek.THURSDAY;
            case "fr" -> DayOfWeek.FRIDAY;
            case "sa" -> DayOfWeek.SATURDAY;
            case "su" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException("not a weekday: " + word);
        };
    }

    /** A day of the month in digits ("26", "3rd") or as an ordinal word ("eighth", "twenty-first"). */
    static OptionalInt dayOfMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("(st|nd|rd|th)$", "");
        if (w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
            int day = Integer.parseInt(w);
            return day >= 1 && day <= 31 ? OptionalInt.of(day) : OptionalInt.empty();
        }
        String full = word.toLowerCase(Locale.ROOT);
        if (full.startsWith("twenty-")) {
            Integer ordinal = ORDINALS.get(full.substring("twenty-".length()));
            return ordinal == null ? OptionalInt.empty() : OptionalInt.of(20 + ordinal);
        }
        if (full.equals("thirty-first")) {
            return OptionalInt.of(31);
        }
        Integer ordinal = ORDINALS.get(full);
        return ordinal == null ? OptionalInt.empty() : OptionalInt.of(ordinal);
    }

    /** The ordinal a word names ("third", "3rd"). */
    static OptionalInt ordinal(String word) {
        Integer ordinal = ORDINALS.get(word.toLowerCase(Locale.ROOT));
        return ordinal == null ? OptionalInt.empty() : OptionalInt.of(ordinal);
    }

    /** The amount a {@link #NUMBER} match names: "twenty four" is 24, "5 1/2" is 5.5, "half a" is 0.5. */
    static OptionalDouble number(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim();
        if (t.startsWith("half")) {
            return OptionalDouble.of(0.5);
        }
        if (t.equals("a half")) {
            return OptionalDouble.of(0.5);
        }
        if (Character.isDigit(t.charAt(0))) {
            boolean half = t.endsWith(" 1/2");
            String digits = half ? t.substring(0, t.length() - 4) : t;
            try {
                return OptionalDouble.of(Double.parseDouble(digits) + (half ? 0.5 : 0));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        String[] parts = SEPARATOR.split(t.replace(" of", ""));
        boolean article = parts.length > 1 && (parts[0].equals("a") || parts[0].equals("an") || parts[0].equals("one"));
        double total = 0;
        for (int i = article ? 1 : 0; i < parts.length; i++) {
            Integer value = SMALL_NUMBERS.get(parts[i]);
            if (value == null) {
                return OptionalDouble.empty();
            }
            total = value == 100 && total > 0 ? total * 100 : total + value;
        }
        return total > 0 ? OptionalDouble.of(total) : OptionalDouble.empty();
    }

    /** A year written as words ("nineteen ninety-six", "two thousand"), when it is one. */
    static Optional<Integer> spokenYear(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceFirst("^the year ", "").trim();
        if (t.startsWith("two thousand")) {
            String rest = t.substring("two thousand".length()).replaceFirst("^ and ", " ").trim();
            OptionalDouble tail = rest.isEmpty() ? OptionalDouble.of(0) : number(rest);
            return tail.isPresent() ? Optional.of(2000 + (int) tail.getAsDouble()) : Optional.empty();
        }
        if (t.startsWith("nineteen ")) {
            OptionalDouble tail = number(t.substring("nineteen ".length()));
            return tail.isPresent() && tail.getAsDouble() < 100 ? Optional.of(1900 + (int) tail.getAsDouble()) : Optional.empty();
        }
        return Optional.empty();
    }
}
