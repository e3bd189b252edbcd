package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Something asserted in one or more articles, aligned across them.
 *
 * @param id        unique in the analysis ({@code c<n>})
 * @param statement the claim in words taken from its first report
 * @param subjects  ids of the entities it is about
 * @param reports   every article's report of it, reported or contradicted
 * @param coverage  how the story's outlets cover it
 */
public record Claim(String id, String statement, List<String> subjects, List<ClaimReport> reports, Coverage coverage) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        subjects = List.copyOf(subjects);
        reports = List.copyOf(reports);
        Objects.requireNonNull(coverage, "coverage");
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("claim " + id + " has no report");
        }
        boolean contradicted = reports.stream().anyMatch(report -> report.stance() == Stance.CONTRADICTED);
        long outlets = reports.stream().map(ClaimReport::outlet).distinct().count();
        if (contradicted != (coverage == Coverage.DISPUTED)) {
            throw new IllegalArgumentException("claim " + id + " is " + coverage + " but has "
                    + (contradicted ? "a" : "no") + " contradicting report");
        }
        if (!contradicted && (outlets > 1) != (coverage == Coverage.SHARED)) {
            throw new IllegalArgumentException("claim " + id + " is " + coverage + " but is reported by " + outlets + " outlets");
        }
    }

    /** This claim under another id. */
    public Claim withId(String newId) {
        return new Claim(newId, statement, subjects, reports, coverage);
    }
}
