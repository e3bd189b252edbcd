package org.parallax.crossarticle.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Chooses the name an entity is shown by, from the names its mentions use: the fullest name in common use.
 *
 * <p>The fullest name alone is not neutral: across many articles, the rare long form one outlet
 * uses ("B. Hussein Obama", "Barack Hussein Obama") would name the entity that every other outlet
 * calls "Barack Obama". So the choice is made among the names of more than one word (where there
 * are any: a surname alone never names a person known by a full name), keeping those used at least
 * a third as often as the most used of them, and then takes the fullest (most words), then the
 * most used, then one not in capitals only (a dateline's "PHILADELPHIA" gives way to
 * "Philadelphia"), then the first seen. With one use each (a single article), this is the fullest
 * name, as before.
 */
final class CanonicalNames {

    /** A name in use with how many words it has and how often it is used (articles or mentions). */
    record Candidate(String name, int words, int uses) {
        Candidate {
            Objects.requireNonNull(name, "name");
            if (words < 0 || uses < 0) {
                throw new IllegalArgumentException("negative words or uses for " + name);
            }
        }
    }

    /** A name used at least this share of the most used one is in common use. */
    private static final double COMMON_SHARE = 1.0 / 3;

    private CanonicalNames() {
    }

    /** The name to show, from candidates in the order first seen; empty candidates are an error. */
    static Candidate best(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no names to choose from");
        }
        List<Candidate> pool = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.words() > 1) {
                pool.add(candidate);
            }
        }
        if (pool.isEmpty()) {
            pool.addAll(candidates);
        }
        int mostUses = pool.stream().mapToInt(Candidate::uses).max().orElse(0);
        Comparator<Candidate> better = Comparator.comparing((Candidate candidate) -> candidate.uses() >= mostUses * COMMON_SHARE)
                .thenComparingInt(Candidate::words)
                .thenComparingInt(Candidate::uses)
                .thenComparing(candidate -> !allCapitals(candidate.name()));
        Candidate best = null;
        for (Candidate candidate : pool) {
            if (best == null || better.compare(candidate, best) > 0) {
                best = candidate;
            }
        }
        return best;
    }

    static boolean allCapitals(String name) {
        return name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && name.codePoints().filter(Character::isLetter).count() > 3;
    }
}
