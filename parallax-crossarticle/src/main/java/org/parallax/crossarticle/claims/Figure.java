package org.parallax.crossarticle.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.crossarticle.events.ContentWords;

/**
 * A figure a statement gives: a number and what it counts, the first content word after it ("271 pledged delegates":
 * {@code pledg}; "$915 million": {@code million}; "46 percent": {@code percent}). Two figures agree when they are within
 * rounding of each other ({@link #ROUNDING} of the larger): "a net loss of more than $915 million" and "a loss of $916
 * million", "271 pledged delegates" and "roughly 270" are one figure; 46 and 42 percent are not.
 *
 * @param value the number
 * @param unit  the stem of what it counts, empty when no word follows it
 */
record Figure(double value, String unit) {

    /** Largest relative difference of two figures that still agree: a rounding. */
    static final double ROUNDING = 0.02;

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern RANGE = Pattern.compile("^\\s*(?:-|–|to)\\s*\\d");
    private static final Pattern WORD = Pattern.compile("%|[\\p{L}][\\p{L}'’-]*|\\d[\\d,.]*");
    private static final Pattern PERCENT = Pattern.compile("(?i)%|percent|per|cent|points?|percentage");
    /** Words read past to find a figure's unit. */
    private static final int UNIT_WINDOW = 4;

    Figure {
        Objects.requireNonNull(unit, "unit");
    }

    /** Whether the two figures are within rounding of each other. */
    boolean agrees(Figure other) {
        double larger = Math.max(Math.abs(value), Math.abs(other.value));
        return Math.abs(value - other.value) <= ROUNDING * larger;
    }

    /**
     * The figures of {@code figures} (a statement's text with names and dates blanked, but not its numbers), with their
     * units read from {@code text} (the same statement unblanked, so that "8,000 Israelis" counts {@code israeli}).
     */
    static List<Figure> of(CharSequence figures, String text) {
        List<Figure> found = new ArrayList<>();
        Matcher number = NUMBER.matcher(figures);
        while (number.find()) {
            Optional<Double> value = parse(number.group());
            if (value.isEmpty()) {
                continue;
            }
            int after = number.end();
            while (RANGE.matcher(text.substring(Math.min(after, text.length()))).find()) {
                // "1,500-2,000 Israelis": both ends count what follows the range.
                Matcher next = NUMBER.matcher(text);
                if (!next.find(after)) {
                    break;
                }
                after = next.end();
            }
            found.add(new Figure(value.get(), unit(text, after)));
        }
        return found;
    }

    /** Whether some figure of {@code a} agrees with one of {@code b}. */
    static boolean anyAgree(List<Figure> a, List<Figure> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(x::agrees));
    }

    /**
     * Whether {@code a} and {@code b} give other figures for the same thing: a unit both count, and no figure of one in
     * that unit agrees with one of the other's.
     */
    static boolean disagree(List<Figure> a, List<Figure> b) {
        for (Figure x : a) {
            if (x.unit.isEmpty()) {
                continue;
            }
            List<Figure> left = a.stream().filter(f -> f.unit.equals(x.unit)).toList();
            List<Figure> right = b.stream().filter(f -> f.unit.equals(x.unit)).toList();
            if (!right.isEmpty() && !anyAgree(left, right)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Double> parse(String number) {
        try {
            return Optional.of(Double.parseDouble(number.replace(",", "")));
        } catch (NumberFormatException e) {
            // "1.2.3" is no number; the statement gives no figure there.
            return Optional.empty();
        }
    }

    private static String unit(String text, int from) {
        if (from >= text.length()) {
            return "";
        }
        Matcher word = WORD.matcher(text);
        int read = 0;
        int at = from;
        while (read < UNIT_WINDOW && word.find(at)) {
            at = word.end();
            read++;
            String token = word.group();
            if (PERCENT.matcher(token).matches()) {
                return "percent";
            }
            if (Character.isDigit(token.charAt(0))) {
                continue;
            }
            Optional<String> stem = ContentWords.stem(token.toLowerCase(Locale.ROOT));
            if (stem.isPresent()) {
                return stem.get();
            }
        }
        return "";
    }
}
