package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One article's report of a claim.
 *
 * @param article     the article's id
 * @param outlet      the outlet that published it; when unknown, its site (URL host) or {@code unknown}, never a path
 * @param stance      reported, or contradicted
 * @param evidence    the characters that carry it
 * @param attribution the chain from the outlet to whoever the claim is credited to, outlet first
 */
public record ClaimReport(String article, String outlet, Stance stance, Evidence evidence, List<AttributionLink> attribution) {

    public ClaimReport {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(evidence, "evidence");
        attribution = List.copyOf(attribution);
        if (stance == Stance.ABSENT) {
            throw new IllegalArgumentException("an absent claim has no report");
        }
    }
}
