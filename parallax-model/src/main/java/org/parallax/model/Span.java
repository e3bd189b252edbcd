package org.parallax.model;

/**
 * A half-open range of character offsets {@code [begin, end)} into an article's text.
 *
 * <p>Offsets count UTF-16 code units, as {@link String#substring(int, int)} does.
 */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    /** The characters of {@code text} this span covers; fails if the span lies outside it. */
    public String coveredText(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException(
                    "span " + this + " lies outside a text of " + text.length() + " characters");
        }
        return text.substring(begin, end);
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    @Override
    public int compareTo(Span other) {
        return begin != other.begin ? Integer.compare(begin, other.begin) : Integer.compare(end, other.end);
    }

    @Override
    public String toString() {
        return "[" + begin + "," + end + ")";
    }
}
