package org.parallax.crossarticle.claims;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

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
    /** Least Dice overlap of two statements' stems for them to be one wording ("I'm just not ready to do that"). */
    static final double SAME_WORDING = 0.8;
    /** Least share of the shorter statement's content stems that the other repeats, for their figures to dispute. */
    static final double DISPUTE_COVER = 0.5;
    /** Words that make a statement's figures a poll's. */
    private static final Pattern POLL = Pattern.compile(
            "(?i)\\b(?:polls?|polling|polled|surveys?|surveyed|percent|per cent|percentage|points?|respondents?)\\b|%");

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
        if ((a.question() || b.question()) && dice < SAME_WORDING) {
            // A question asserts nothing: it is one claim only with its own words ("But why?" joins no statement).
            return false;
        }
        if (otherFigures(a, b) && !disputable(a, b)) {
            // Other figures about other subjects, sources or times are other claims: another poll's 42 percent is
            // no dispute of this poll's 46 percent, nor a running delegate count of 61 of a later one of 182.
            return false;
        }
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

    /** Whether both give figures (numbers, or dates) and none of one's is the other's. */
    static boolean otherFigures(ClaimCandidate a, ClaimCandidate b) {
        boolean numbers = !a.numbers().isEmpty() && !b.numbers().isEmpty() && intersection(a.numbers(), b.numbers()).isEmpty();
        boolean dates = !a.dates().isEmpty() && !b.dates().isEmpty()
                && a.dates().stream().noneMatch(d -> b.dates().stream().anyMatch(d::nested));
        return numbers || dates;
    }

    /**
     * Whether other figures in {@code a} and {@code b} dispute one another: they are said of the same subjects (a
     * shared entity, and at least {@link #DISPUTE_COVER} of the shorter statement's content words in the other), by
     * different voices (different outlets, or different sources: one outlet's running count, or one speaker's
     * figures, do not dispute themselves), and, for a poll's figures, of the same poll (the same source, or a date in
     * common): "Some 8,000 Israelis remain in Ukraine, the Foreign Ministry estimated" against Koren's "about 6,000
     * Israelis left in Ukraine" is a dispute; Politico's "46 percent would choose Clinton" against Western
     * Journalism's "Clinton was supported by 42 percent" of another poll is not.
     */
    static boolean disputable(ClaimCandidate a, ClaimCandidate b) {
        if (a.overlaps(b) || a.question() || b.question() || intersection(a.entities(), b.entities()).isEmpty()) {
            return false;
        }
        Set<String> shared = intersection(a.stems(), b.stems());
        int shorter = Math.min(a.stems().size(), b.stems().size());
        if (shorter == 0 || (double) shared.size() / shorter < DISPUTE_COVER) {
            return false;
        }
        if (sameVoice(a, b)) {
            return false;
        }
        boolean sameSource = a.source().isPresent() && a.source().equals(b.source());
        boolean sharedDate = a.dates().stream().anyMatch(d -> b.dates().stream().anyMatch(d::nested));
        return !(poll(a) || poll(b)) || sameSource || sharedDate;
    }

    /**
     * Whether the two are said by one voice: the same source in one article, or one outlet with no source for either
     * (an outlet asserting a figure and later another, as a live report's counts go up, disputes nothing).
     */
    private static boolean sameVoice(ClaimCandidate a, ClaimCandidate b) {
        if (a.source().isEmpty() && b.source().isEmpty()) {
            return a.outlet().equals(b.outlet());
        }
        return a.article().equals(b.article()) && a.source().equals(b.source());
    }

    /** Whether its figures are a poll's: it speaks of a poll or survey, or of percentages or points. */
    private static boolean poll(ClaimCandidate candidate) {
        return POLL.matcher(candidate.statement()).find();
    }

    /** A denial and, in the same article, its speaker's negation of one of its words ("There hasn't been any pressure"). */
    private static boolean denialEcho(ClaimCandidate denial, ClaimCandidate echo) {
        return denial.denial() && !echo.denial() && denial.article().equals(echo.article()) && denial.source().isPresent()
                && denial.source().equals(echo.source()) && !intersection(denial.stems(), echo.negated()).isEmpty();
    }

    /**
     * Whether {@code candidate} contradicts {@code reference}: a denial, or a negation of a shared word the other
     * affirms, or other figures that dispute it ({@link #disputable}). Never for one statement quoted twice or in part
     * (overlapping words of one article), for a question, or for one voice ({@link #sameVoice}) repeating itself.
     */
    static boolean contradicts(ClaimCandidate candidate, ClaimCandidate reference) {
        if (candidate == reference) {
            return candidate.denial();
        }
        if (candidate.overlaps(reference) || candidate.question() || reference.question()) {
            return false;
        }
        if (reference.denial()) {
            return candidate.negative();
        }
        if (candidate.denial()) {
            return true;
        }
        Set<String> shared = intersection(candidate.stems(), reference.stems());
        if (negationMismatch(candidate, reference, shared) && !sameVoice(candidate, reference)
                && (!intersection(candidate.entities(), reference.entities()).isEmpty()
                        || (candidate.source().isPresent() && candidate.source().equals(reference.source())))) {
            return true;
        }
        return !shared.isEmpty() && otherFigures(candidate, reference) && disputable(candidate, reference);
    }

    /** Whether two statements say nearly the same words: no judgement of meaning may find them contradicting. */
    static boolean sameWording(ClaimCandidate a, ClaimCandidate b) {
        Set<String> shared = intersection(a.stems(), b.stems());
        int total = a.stems().size() + b.stems().size();
        return a.overlaps(b) || (total > 0 && 2.0 * shared.size() / total >= SAME_WORDING);
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
