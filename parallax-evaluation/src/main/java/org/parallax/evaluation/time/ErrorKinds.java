package org.parallax.evaluation.time;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How many of each kind of error a part of the benchmark holds: detection errors (missed,
 * spurious, span), type errors, and value errors split by what the gold value names (a day, a week,
 * a year, a duration, …) and whether ours names the same kind of thing with another value (a wrong
 * day) or another kind of thing (a week for a day). Counts only, so that they can be shown for the
 * held-out part without listing its documents. Immutable.
 *
 * @param counts how many errors of each kind, zero counts included
 */
public record ErrorKinds(Map<Kind, Integer> counts) {

    /** A kind of error, with the phrase the report prints. */
    public enum Kind {
        MISSED("missed (no overlapping expression of ours)"),
        SPURIOUS("spurious (no overlapping gold expression)"),
        SPAN("span differs (overlap only)"),
        TYPE("type differs"),
        VALUE_DAY("value: a day, ours another day"),
        VALUE_WEEK("value: a week or weekend, ours another"),
        VALUE_MONTH("value: a month, ours another"),
        VALUE_QUARTER("value: a quarter, half or season, ours another"),
        VALUE_YEAR("value: a year, ours another"),
        VALUE_DECADE("value: a decade or century, ours another"),
        VALUE_TIME("value: a time of day, ours another"),
        VALUE_DURATION("value: a duration or set, ours another"),
        VALUE_REFERENCE("value: PAST/PRESENT/FUTURE_REF, ours another"),
        VALUE_UNDERSPECIFIED("value: gold partly unspecified (X), ours specified"),
        VALUE_GRANULARITY("value: another kind of value (a week for a day, a year for a quarter, …)");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{1,2}(-WE)?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-(Q\\d|H\\d|SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("\\d{2,3}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern DURATION = Pattern.compile("P.*|XXXX");

    public ErrorKinds {
        EnumMap<Kind, Integer> copy = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            int count = counts.getOrDefault(kind, 0);
            if (count < 0) {
                throw new IllegalArgumentException("negative count for " + kind);
            }
            copy.put(kind, count);
        }
        counts = Collections.unmodifiableMap(copy);
    }

    public static ErrorKinds none() {
        return new ErrorKinds(Map.of());
    }

    /** The errors of one document's alignment. */
    public static ErrorKinds of(TimexScorer.Alignment alignment) {
        EnumMap<Kind, Integer> counts = new EnumMap<>(Kind.class);
        counts.put(Kind.MISSED, alignment.missed().size());
        counts.put(Kind.SPURIOUS, alignment.spurious().size());
        for (TimexScorer.Pair pair : alignment.pairs()) {
            if (!pair.strict()) {
                counts.merge(Kind.SPAN, 1, Integer::sum);
            }
            if (!pair.sameType()) {
                counts.merge(Kind.TYPE, 1, Integer::sum);
            }
            if (!pair.sameValue()) {
                counts.merge(valueKind(pair.gold().value(), pair.system().value()), 1, Integer::sum);
            }
        }
        return new ErrorKinds(counts);
    }

    public ErrorKinds plus(ErrorKinds other) {
        EnumMap<Kind, Integer> sum = new EnumMap<>(counts);
        other.counts.forEach((kind, count) -> sum.merge(kind, count, Integer::sum));
        return new ErrorKinds(sum);
    }

    public int count(Kind kind) {
        return counts.get(kind);
    }

    /** The kind of a value disagreement, from the shapes of the gold value and ours. */
    static Kind valueKind(String gold, String ours) {
        Kind goldShape = shape(gold);
        if (goldShape == Kind.VALUE_UNDERSPECIFIED || goldShape == Kind.VALUE_REFERENCE) {
            return goldShape;
        }
        return goldShape == shape(ours) ? goldShape : Kind.VALUE_GRANULARITY;
    }

    private static Kind shape(String value) {
        if (value.endsWith("_REF")) {
            return Kind.VALUE_REFERENCE;
        }
        if (TIME.matcher(value).matches()) {
            return Kind.VALUE_TIME;
        }
        if (DAY.matcher(value).matches()) {
            return Kind.VALUE_DAY;
        }
        if (WEEK.matcher(value).matches()) {
            return Kind.VALUE_WEEK;
        }
        if (MONTH.matcher(value).matches()) {
            return Kind.VALUE_MONTH;
        }
        if (QUARTER.matcher(value).matches()) {
            return Kind.VALUE_QUARTER;
        }
        if (YEAR.matcher(value).matches()) {
            return Kind.VALUE_YEAR;
        }
        if (DECADE.matcher(value).matches()) {
            return Kind.VALUE_DECADE;
        }
        if (DURATION.matcher(value).matches()) {
            return Kind.VALUE_DURATION;
        }
        return value.contains("X") ? Kind.VALUE_UNDERSPECIFIED : Kind.VALUE_GRANULARITY;
    }
}
