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
 */
public record Claim(String id, String statement, List<String> subjects, List<ClaimReport> reports) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        subjects = List.copyOf(subjects);
        reports = List.copyOf(reports);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("claim " + id + " has no report");
        }
    }
}
