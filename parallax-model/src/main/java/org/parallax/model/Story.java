package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Articles about the same matter, with the account Parallax reconstructs from them.
 *
 * @param id       unique in the analysis ({@code s<n>})
 * @param title    a title for the story, taken from its articles
 * @param summary  a short extractive summary: sentences of its articles, each with its evidence
 * @param articles ids of its articles (an article may belong to more than one story)
 * @param entities ids of its cast
 * @param events   ids of its events, in timeline order
 * @param claims   its claims; with the outlets of its articles they form the outlet × claim matrix
 * @param outlets  the outlets of its articles, the matrix's columns
 */
public record Story(String id, String title, List<Evidence> summary, List<String> articles, List<String> entities,
        List<String> events, List<Claim> claims, List<String> outlets) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        summary = List.copyOf(summary);
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        outlets = List.copyOf(outlets);
    }

    /** How an outlet stands to a claim: its report's stance, or absent. */
    public Stance stance(Claim claim, String outlet) {
        Stance stance = Stance.ABSENT;
        for (ClaimReport report : claim.reports()) {
            if (report.outlet().equals(outlet)) {
                if (report.stance() == Stance.CONTRADICTED) {
                    return Stance.CONTRADICTED;
                }
                stance = Stance.REPORTED;
            }
        }
        return stance;
    }
}
