package org.parallax.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as news sources write them: ISO 8601 dates and times (meta tags, JSON-LD),
 * RFC 1123 (feeds, HTTP), English datelines ({@code October 27 2022}, {@code Oct. 27, 2022},
 * {@code 27 October 2022}, {@code Thursday, March 24, 2022 10:32 AM}) and dates in URLs.
 *
 * <p>Written here rather than taken from a library because {@code java.time} needs one exact
 * pattern per layout and the English dateline layouts vary in punctuation; the patterns below
 * accept those variants and nothing looser. A date-time with an offset gives the date at that
 * offset: the publisher's local date.
 */
public final class Dates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";

    /** {@code October 27 2022}, {@code Oct. 27, 2022}, {@code March 24th, 2022}. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            WEEKDAY + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    /** {@code 27 October 2022}, {@code 27 Oct. 2022}. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            WEEKDAY + "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(?<year>(?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("(?<year>(?:19|20)\\d{2})-(?<month>\\d{2})-(?<day>\\d{2})");
    private static final Pattern URL_DATE = Pattern.compile(
            "/(?<year>(?:19|20)\\d{2})(?<sep>[/-]?)(?<month>0[1-9]|1[0-2])\\k<sep>(?<day>0[1-9]|[12]\\d|3[01])(?:/|-|\\.|$)");

    private Dates() {
    }

    /**
     * The date in a machine-readable value (meta tag, JSON-LD, {@code <time datetime>}, feed):
     * ISO 8601 date or date-time, RFC 1123, or an English date.
     */
    public static Optional<LocalDate> parseMachineDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // not an ISO date-time with offset; the layouts below follow
        }
        try {
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // not RFC 1123
        }
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.lookingAt()) {
            return date(iso.group("year"), iso.group("month"), iso.group("day"));
        }
        return findEnglishDate(text).map(EnglishDate::date);
    }

    /** A whole line that is only a date, perhaps with a time and a label: a dateline. */
    public static Optional<LocalDate> parseDateline(String line) {
        String text = line.strip()
                .replaceFirst("(?i)^(?:published|posted|updated|last updated|date)\\s*(?:on)?\\s*:?\\s*", "");
        Optional<EnglishDate> found = findEnglishDate(text);
        if (found.isPresent() && found.get().begin() == 0) {
            String rest = text.substring(found.get().end()).strip();
            if (rest.isEmpty() || rest.matches("(?i)(?:[-|,–—at]*\\s*)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5})?")) {
                return Optional.of(found.get().date());
            }
        }
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            return date(iso.group("year"), iso.group("month"), iso.group("day"));
        }
        return Optional.empty();
    }

    /** A date written in a URL's path, as many outlets do: {@code /2022/03/24/} or {@code /20220324/}. */
    public static Optional<LocalDate> parseUrlDate(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher matcher = URL_DATE.matcher(url);
        return matcher.find() ? date(matcher.group("year"), matcher.group("month"), matcher.group("day")) : Optional.empty();
    }

    /** The first English date in a text, with where it stands. */
    public static Optional<EnglishDate> findEnglishDate(String text) {
        EnglishDate best = null;
        for (Pattern pattern : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR}) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                Integer month = MONTHS.get(matcher.group("month").substring(0, 3).toLowerCase(Locale.ROOT));
                Optional<LocalDate> date = date(matcher.group("year"), String.valueOf(month), matcher.group("day"));
                if (date.isPresent()) {
                    if (best == null || matcher.start() < best.begin()) {
                        best = new EnglishDate(date.get(), matcher.start(), matcher.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** An English date found in a text, at {@code [begin, end)}. */
    public record EnglishDate(LocalDate date, int begin, int end) {
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
