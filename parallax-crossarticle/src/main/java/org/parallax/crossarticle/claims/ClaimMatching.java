package org.parallax.crossarticle.claims;

import java.util.HashSet;
import java.util.Set;

/**
 * When two statements are about the same claim, and whether one contradicts the other.
 *
 * <p>Same claim: they share at least {@link #SHARED_STEMS} content stems (one shared word, "move" in
 * "O'Malley's move was first reported" and "Cruz and Rubio are moving up", is not enough on its own: only
 * with a negation mismatch as below, or as most of two statements that give figures for a shared subject,
 * "Some 8,000 Israelis remain in Ukraine" against "about 6,000 Israelis left in Ukraine"), and their
 * content stems overlap (Dice at least {@link #dice()}) and they share an entity, or overlap less (Dice at least {@link #looseDice()}) in at least two stems covering half
 * of the shorter statement while sharing an entity. For the first rule, a shared source counts as a shared entity: one
 * speaker saying "his country has begun intelligence cooperation with Israel" and "Intelligence
 * services between the two sides have begun cooperation" makes one claim. In tension: a shared stem that one negates and
 * the other does not ("offered to act as a mediator" against "will not be able to mediate"), with
 * Dice at least 0.25 and at least {@link #tensionEntities()} shared entities. A denial ("dismissed
 * reports that Bennett had pressurized Zelensky") also takes in its speaker's negations of its words
 * in the same article ("There hasn't been any pressure"). Any of these makes them one claim.
 *
 * <p>Against a claim's reference statement, a statement is {@code CONTRADICTED} when it negates a
 * shared stem the reference affirms (or the other way round), when one is a denial and the other
 * not, when both give numbers and no number is shared, or when both give dates and none is
 * compatible. A semantic contradiction that no word marks ("refused" against "agreed") is not
 * seen.
 *
 * @param dice            least Dice overlap of stems for the same claim
 * @param looseDice       least Dice overlap when an entity or source is shared
 * @param tensionEntities least shared entities for a negation mismatch to link two statements
 */
public record ClaimMatching(double dice, double looseDice, int tensionEntities) {

    /** Least Dice overlap for a negation mismatch to count: the statements must share more than one stray word. */
    static final double TENSION_DICE = 0.25;
    /** Fewest content stems two statements share to be one claim, but for a negation mismatch or a denial's echo. */
    static final int SHARED_STEMS = 2;

    public ClaimMatching {
        if (!(dice > 0 && dice <= 1) || !(looseDice > 0 && looseDice <= dice) || tensionEntities < 1) {
            throw new IllegalArgumentException("need 0 < looseDice <= dice <= 1 and tensionEntities >= 1");
        }
    }

    public static ClaimMatching standard() {
        return new ClaimMatching(0.5, 0.25, 2);
    }

    boolean related(ClaimCandidate a, ClaimCandidate b) {
        Set<String> shared = intersection(a.stems(), b.stems());
        if (shared.isEmpty()) {
            return false;
        }
        if (denialEcho(a, b) || denialEcho(b, a)) {
            return true;
        }
        double dice = 2.0 * shared.size() / (a.stems().size() + b.stems().size());
        int sharedEntities = intersection(a.entities(), b.entities()).size();
        if (shared.size() < SHARED_STEMS) {
            // One shared word is no shared claim ("O'Malley's move was first reported" against "Cruz and Rubio are
            // moving up"), unless the two name the same subjects and one negates that word, or the word is most of
            // what both say of a shared subject and both give figures for it ("Some 8,000 Israelis remain in
            // Ukraine" against "about 6,000 Israelis left in Ukraine": a dispute over the number).
            boolean figures = (!a.numbers().isEmpty() && !b.numbers().isEmpty()) || (!a.dates().isEmpty() && !b.dates().isEmpty());
            return (dice >= TENSION_DICE && negationMismatch(a, b, shared) && sharedEntities >= tensionEntities)
                    || (figures && sharedEntities > 0 && dice >= this.dice);
        }
        boolean sameSource = a.source().isPresent() && a.source().equals(b.source());
        if (dice >= this.dice && (sharedEntities > 0 || sameSource || dice >= 0.8)) {
            return true;
        }
        double cover = (double) shared.size() / Math.min(a.stems().size(), b.stems().size());
        if (dice >= looseDice && cover >= 0.5 && shared.size() >= 2 && sharedEntities > 0) {
            return true;
        }
        return dice >= TENSION_DICE && negationMismatch(a, b, shared) && sharedEntities >= tensionEntities;
    }

    /** A denial and, in the same article, its speaker's negation of one of its words ("There hasn't been any pressure"). */
    private static boolean denialEcho(ClaimCandidate denial, ClaimCandidate echo) {
        return denial.denial() && !echo.denial() && denial.article().equals(echo.article()) && denial.source().isPresent()
                && denial.source().equals(echo.source()) && !intersection(denial.stems(), echo.negated()).isEmpty();
    }

    /** Whether {@code candidate} contradicts {@code reference}. */
    static boolean contradicts(ClaimCandidate candidate, ClaimCandidate reference) {
        if (candidate == reference) {
            return candidate.denial();
        }
        if (reference.denial()) {
            return candidate.negative();
        }
        if (candidate.denial()) {
            return true;
        }
        Set<String> shared = intersection(candidate.stems(), reference.stems());
        if (negationMismatch(candidate, reference, shared)) {
            return true;
        }
        if (!shared.isEmpty() && !candidate.numbers().isEmpty() && !reference.numbers().isEmpty()
                && intersection(candidate.numbers(), reference.numbers()).isEmpty()) {
            return true;
        }
        return !shared.isEmpty() && !candidate.dates().isEmpty() && !reference.dates().isEmpty()
                && candidate.dates().stream().noneMatch(d -> reference.dates().stream().anyMatch(d::nested));
    }

    private static boolean negationMismatch(ClaimCandidate a, ClaimCandidate b, Set<String> shared) {
        for (String stem : shared) {
            if (a.negated().contains(stem) != b.negated().contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared;
    }
}
