package org.parallax.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates (day, month and year) as people write them on English and German pages: month names
 * ({@code 18 October 2019}, {@code Oct. 18, 2019}, {@code 18. Oktober 2019}, {@code 3. März 2020}), also the
 * full month names of French, Spanish, Italian, Portuguese, Dutch and Romanian ({@code le 1er septembre 2009},
 * {@code 25 de septiembre de 2020}, {@code 14 mei 2020}),
 * German numerals ({@code 18.10.2019}, {@code 18.10.19}), ISO ({@code 2019-10-18},
 * {@code 2019/10/18}) and slashed numerals where day and month cannot be confused
 * ({@code 10/23/2019}, {@code 23/10/2019}); {@code 10/11/2019} is left unread, since it names two
 * days. A date needs its year: {@code 18. Oktober} alone is not a date here.
 *
 * <p>Written here because {@code java.time} parses one exact layout at a time and page text mixes
 * many, with weekdays, ordinals and stray punctuation around them; the patterns accept those
 * variants and nothing looser (no digit may touch a date, and the year must be 1990 to 2099).
 * Stateless and thread-safe.
 */
public final class WrittenDates {

    /**
     * Month names and abbreviations by lower-cased spelling: English and German, and the full names of the other
     * languages of the pages users save most (French, Spanish, Italian, Portuguese, Dutch, Romanian), with and
     * without their accents. Short abbreviations of those other languages ("ago", "dic") are left out: in English
     * text they are words.
     */
    private static final Map<String, Integer> MONTHS = months(
            "jan january januar jänner jän janvier janv enero gennaio janeiro januari ianuarie",
            "feb february februar feber février fevrier févr fevr febrero febbraio fevereiro februari februarie",
            "mar march märz maerz mär mrz mars marzo março marco maart martie",
            "apr april avril avr abril aprile aprilie",
            "may mai mayo maggio maio mei",
            "jun june juni juin junio giugno junho iunie",
            "jul july juli juillet juil julio luglio julho iulie",
            "aug august août aout agosto augustus",
            "sep sept september septembre septiembre setiembre settembre setembro septembrie",
            "oct october okt oktober octobre octubre ottobre outubro octombrie",
            "nov november novembre noviembre novembro noiembrie",
            "dec december dez dezember décembre decembre déc diciembre dicembre dezembro decembrie");

    /** Any month name of {@link #MONTHS}, longest first so that a name is not read as its abbreviation. */
    private static final String MONTH_NAME = "(?<name>" + String.join("|", MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote).toList()) + ")\\.?";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})(?![\\d:])";
    private static final String BEFORE = "(?<![\\d\\p{L}.,/-])";

    /** {@code 18 October 2019}, {@code 18. Oktober 2019}, {@code 18th of Oct. 2019}. */
    private static final Pattern DAY_NAME_YEAR = Pattern.compile(
            BEFORE + "(?<day>[0-3]?\\d)(?:st|nd|rd|th|er)?\\.?\\s*(?:of\\s+|de\\s+)?" + MONTH_NAME + "(?:\\s+de)?,?\\s*" + YEAR,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** {@code October 18, 2019}, {@code Oct. 18th 2019}. */
    private static final Pattern NAME_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH_NAME + "\\s*(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\.?,?\\s*" + YEAR,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** {@code 18.10.2019}, {@code 18.10.19}, {@code 18. 10. 2019}. */
    private static final Pattern DOTTED = Pattern.compile(
            BEFORE + "(?<day>[0-3]?\\d)\\.\\s?(?<month>[01]?\\d)\\.\\s?(?<year>(?:19|20)?\\d{2})(?![\\d.]\\d)(?!\\d)");
    /** {@code 2019-10-18}, {@code 2019/10/18}, {@code 2019.10.18}. */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            BEFORE + "(?<year>(?:19|20)\\d{2})(?<separator>[-/.])(?<month>[01]?\\d)\\k<separator>(?<day>[0-3]?\\d)(?!\\d)");
    /** {@code 10/23/2019} or {@code 23/10/2019}, {@code 23-10-2019}. */
    private static final Pattern SLASHED = Pattern.compile(
            BEFORE + "(?<first>[0-3]?\\d)(?<separator>[/-])(?<second>[0-3]?\\d)\\k<separator>" + YEAR);

    private WrittenDates() {
    }

    /** A date found in a text, at {@code [begin, end)}. */
    public record Found(LocalDate date, int begin, int end) {
    }

    /**
     * Every full date in a text, in text order; overlapping readings keep the one that starts first
     * (the longer of two that start together).
     *
     * @param text any text
     * @return the dates, empty when there is none
     */
    public static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        named(DAY_NAME_YEAR, text, found);
        named(NAME_DAY_YEAR, text, found);
        Matcher dotted = DOTTED.matcher(text);
        while (dotted.find()) {
            add(found, dotted, dotted.group("year"), dotted.group("month"), dotted.group("day"));
        }
        Matcher yearFirst = YEAR_FIRST.matcher(text);
        while (yearFirst.find()) {
            add(found, yearFirst, yearFirst.group("year"), yearFirst.group("month"), yearFirst.group("day"));
        }
        Matcher slashed = SLASHED.matcher(text);
        while (slashed.find()) {
            int first = Integer.parseInt(slashed.group("first"));
            int second = Integer.parseInt(slashed.group("second"));
            if (first > 12 && second <= 12) {
                add(found, slashed, slashed.group("year"), slashed.group("second"), slashed.group("first"));
            } else if (second > 12 && first <= 12 || first == second) {
                add(found, slashed, slashed.group("year"), slashed.group("first"), slashed.group("second"));
            }
        }
        found.sort(Comparator.comparingInt(Found::begin).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<Found> kept = new ArrayList<>();
        for (Found date : found) {
            if (kept.isEmpty() || date.begin() >= kept.get(kept.size() - 1).end()) {
                kept.add(date);
            }
        }
        return kept;
    }

    private static Map<String, Integer> months(String... spellingsByMonth) {
        Map<String, Integer> months = new HashMap<>();
        for (int month = 1; month <= spellingsByMonth.length; month++) {
            for (String spelling : spellingsByMonth[month - 1].split(" ")) {
                months.put(spelling, month);
            }
        }
        return Map.copyOf(months);
    }

    private static void named(Pattern pattern, String text, List<Found> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String name = matcher.group("name").toLowerCase(Locale.ROOT);
            Integer month = MONTHS.get(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
            if (month != null) {
                add(found, matcher, matcher.group("year"), String.valueOf(month), matcher.group("day"));
            }
        }
    }

    private static void add(List<Found> found, Matcher matcher, String year, String month, String day) {
        int fullYear = Integer.parseInt(year);
        if (year.length() == 2) {
            fullYear += fullYear < 90 ? 2000 : 1900;
        }
        if (fullYear < 1990) {
            return;
        }
        try {
            found.add(new Found(LocalDate.of(fullYear, Integer.parseInt(month), Integer.parseInt(day)),
                    matcher.start(), matcher.end()));
        } catch (DateTimeException e) {
            // 31.02.2019 and the like name no day: not a date
        }
    }
}
