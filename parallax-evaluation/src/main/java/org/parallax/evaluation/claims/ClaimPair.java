package org.parallax.evaluation.claims;

import java.util.Objects;

/**
 * Two reports of statements, each named by its article's file name (without folder and extension, so that runs from
 * other paths compare) and its character offsets: one pair of a labelled sample, or two reports of one claim.
 *
 * @param first  one statement
 * @param second the other
 */
public record ClaimPair(Statement first, Statement second) {

    public ClaimPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) > 0) {
            Statement swap = first;
            first = second;
            second = swap;
        }
    }

    /** Whether both statements come from one article. */
    public boolean sameArticle() {
        return first.file().equals(second.file());
    }

    /**
     * One statement: {@code [begin, end)} in the article whose file is {@code file}.
     *
     * @param file  the article's file name, without folder and extension
     * @param begin first character
     * @param end   one past the last character
     */
    public record Statement(String file, int begin, int end) implements Comparable<Statement> {

        public Statement {
            Objects.requireNonNull(file, "file");
            if (begin < 0 || end < begin) {
                throw new IllegalArgumentException("bad span [" + begin + "," + end + ") in " + file);
            }
        }

        @Override
        public int compareTo(Statement other) {
            int byFile = file.compareTo(other.file);
            return byFile != 0 ? byFile : begin != other.begin ? Integer.compare(begin, other.begin) : Integer.compare(end, other.end);
        }
    }
}
