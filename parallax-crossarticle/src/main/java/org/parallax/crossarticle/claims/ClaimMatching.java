package org.parallax.crossarticle.claims;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.model.CalendarValue;

/**
 * When two statements are about the same claim, and whether one contradicts the other.
 *
 * <p>Same claim: they share at least {@link #SHARED_STEMS} content stems (one shared word, "move" in
 * "O'Malley's move was first reported" and "Cruz and Rubio are moving up", is not enough on its own: only as most of two
 * statements that give figures for a shared subject, "Some 8,000 Israelis remain in Ukraine" against "about 6,000
 * Israelis left in Ukraine"), they report the same thing (an event word or its nominalisation in common,
 * {@link #sharesPredicate}, when both have event words), and their content stems overlap (Dice at least {@link #dice()})
 * and they share an entity, or overlap less (Dice at least {@link #looseDice()}) in at least two stems covering half of
 * the shorter statement while sharing an entity. For the first rule, a shared source counts as a shared entity: one
 * speaker saying "his country has begun intelligence cooperation with Israel" and "Intelligence services between the two
 * sides have begun cooperation" makes one claim. In tension: one negates what the other affirms ({@link #polarity}), with
 * Dice at least 0.25, at least {@link #tensionEntities()} shared entities, and the same subjects and predicate
 * ({@link #comparable}). A denial ("dismissed reports that Bennett had pressurized Zelensky") also takes in its speaker's
 * negations of its words in the same article ("There hasn't been any pressure"). Any of these makes them one claim.
 *
 * <p>Against a claim's reference statement, a statement is {@code CONTRADICTED} only when the two are one claim in
 * dispute ({@link #contradicts}): a denial, or, about the same subjects with the same predicate, the other polarity, other
 * figures beyond rounding or other dates. A semantic contradiction that no word marks ("refused" against "agreed") is
 * not seen.
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
    /** A leading article of a source's name. */
    private static final Pattern THE = Pattern.compile("^(?i:the)\\s+");
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
        if (dice < SAME_WORDING && !a.predicates().isEmpty() && !b.predicates().isEmpty()
                && !sharesPredicate(a, b)) {
            // The same words about other happenings are other claims: one claim reports the same thing, so the two
            // share what they report (an event word, or its nominalisation), not only its setting.
            return false;
        }
        if (dice < SAME_WORDING && (!namedBy(a, b) || !namedBy(b, a))) {
            // Of other people: Clinton's "the epidemic of police officers killing unarmed black people" names no one,
            // and is no report of her criticism of "Tulsa, Okla., police officer Betty Shelby" for killing Terence Crutcher.
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
            // moving up"), nor is one negated word a dispute ("Bennett offered to act as a mediator" against "Israel
            // will not be able to mediate"), unless the word is most of what both say of a shared subject and both
            // give figures for it ("Some 8,000 Israelis remain in Ukraine" against "about 6,000 Israelis left in
            // Ukraine": a dispute over the number).
            boolean figures = (!a.figures().isEmpty() && !b.figures().isEmpty()) || (!a.dates().isEmpty() && !b.dates().isEmpty());
            return (figures && sharedEntities > 0 && dice >= this.dice) || opposed(a, b);
        }
        boolean sameSource = a.source().isPresent() && a.source().equals(b.source());
        if (dice >= this.dice && (sharedEntities > 0 || sameSource || dice >= 0.8)) {
            return true;
        }
        double cover = (double) shared.size() / Math.min(a.stems().size(), b.stems().size());
        if (dice >= looseDice && cover >= 0.5 && shared.size() >= 2 && sharedEntities > 0) {
            return true;
        }
        // In tension: one negates what the other affirms, of the same subjects and predicate (a dispute, see contradicts).
        return dice >= TENSION_DICE && sharedEntities >= tensionEntities && opposed(a, b);
    }

    /**
     * Whether both give figures (numbers, or dates) and none of one's is the other's: no number within rounding of one of
     * the other's ({@link Figure#agrees}: "$915 million" and "$916 million" are one figure), or no date that is the other's
     * ({@link #compatibleDates}).
     */
    static boolean otherFigures(ClaimCandidate a, ClaimCandidate b) {
        boolean numbers = !a.figures().isEmpty() && !b.figures().isEmpty() && !Figure.anyAgree(a.figures(), b.figures());
        boolean dates = !a.dates().isEmpty() && !b.dates().isEmpty() && !compatibleDates(a, b);
        return numbers || dates;
    }

    /**
     * Whether a date of one is a date of the other: one holds the other ("July" and "July 25"), or one was written without
     * its year and names the same day or month ("Sept. 11" in a 2016 article, read as 2016, and "Sept. 11, 2001").
     */
    static boolean compatibleDates(ClaimCandidate a, ClaimCandidate b) {
        for (CalendarValue left : a.dates()) {
            for (CalendarValue right : b.dates()) {
                boolean yearless = a.yearless().contains(left) || b.yearless().contains(right);
                if (left.nested(right) || (yearless && left.granularity() == right.granularity()
                        && left.start().getMonth() == right.start().getMonth()
                        && left.start().getDayOfMonth() == right.start().getDayOfMonth())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the two are said of the same subjects: a person or organisation both name (the source included), or, when
     * neither names one, a place or thing both name.
     */
    static boolean sameSubjects(ClaimCandidate a, ClaimCandidate b) {
        if (!intersection(a.actors(), b.actors()).isEmpty()) {
            return true;
        }
        return !intersection(a.entities(), b.entities()).isEmpty();
    }

    /**
     * Whether the people and organisations {@code candidate}'s own words name, if any, include one that {@code other} names
     * in its own words or as its source (not only in the rest of its sentence).
     */
    static boolean namedBy(ClaimCandidate candidate, ClaimCandidate other) {
        Set<String> own = intersection(candidate.entities(), candidate.actors());
        return own.isEmpty() || own.stream().anyMatch(entity -> other.entities().contains(entity) || other.actors().contains(entity));
    }

    /** Whether they report the same thing: an event word in common (a verb or its nominalisation), or no event word in one. */
    static boolean sharesPredicate(ClaimCandidate a, ClaimCandidate b) {
        return a.predicates().isEmpty() || b.predicates().isEmpty() || !intersection(a.predicates(), b.predicates()).isEmpty();
    }

    /**
     * Whether the two could be one claim in dispute: the same subjects ({@link #sameSubjects}), the same predicate
     * ({@link #sharesPredicate}), and at least {@link #DISPUTE_COVER} of the shorter statement's content words in the
     * other, each saying something ({@link #saysSomething}: "at debate" disputes nothing). What
     * the stance judge finds contradicting must pass this too.
     */
    static boolean comparable(ClaimCandidate a, ClaimCandidate b) {
        Set<String> shared = intersection(a.stems(), b.stems());
        int shorter = Math.min(a.stems().size(), b.stems().size());
        return saysSomething(a) && saysSomething(b) && !shared.isEmpty() && sameSubjects(a, b) && sharesPredicate(a, b)
                && (double) shared.size() / shorter >= DISPUTE_COVER;
    }

    /**
     * Whether a statement says enough to be disputed: {@link #SHARED_STEMS} content words, a figure counting as one
     * ("about 6,000 Israelis left in Ukraine" does; "at debate" does not).
     */
    private static boolean saysSomething(ClaimCandidate candidate) {
        return candidate.stems().size() + (candidate.figures().isEmpty() ? 0 : 1) >= SHARED_STEMS;
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
     * Whether the two are said by one voice: the same source in one article (or one source named alike, {@link #oneName}),
     * or one outlet with no source for either (an outlet asserting a figure and later another, as a live report's counts
     * go up, disputes nothing).
     */
    private static boolean sameVoice(ClaimCandidate a, ClaimCandidate b) {
        if (a.source().isEmpty() && b.source().isEmpty()) {
            return a.outlet().equals(b.outlet());
        }
        return a.article().equals(b.article()) && (a.source().isPresent() && a.source().equals(b.source()) || oneName(a, b));
    }

    /** Whether a source is named beyond the outlet: the attribution chain has a link after the outlet's. */
    private static boolean named(ClaimCandidate candidate) {
        return candidate.attribution().size() > 1;
    }

    /**
     * Whether the two name their sources alike, one left unresolved: the shorter name, without a leading "the", ends the
     * longer one and begins with a capital ("The Post" and "The New York Post" in one article are one newspaper, whose
     * report the article gives in its own words and then quotes), while two resolved sources are one voice only when they
     * are one entity.
     */
    private static boolean oneName(ClaimCandidate a, ClaimCandidate b) {
        if (!named(a) || !named(b) || (a.source().isPresent() && b.source().isPresent())) {
            return false;
        }
        String left = sourceName(a);
        String right = sourceName(b);
        String shorter = left.length() <= right.length() ? left : right;
        String longer = shorter == left ? right : left;
        return !shorter.isEmpty() && Character.isUpperCase(shorter.charAt(0))
                && (longer.equals(shorter) || longer.endsWith(" " + shorter));
    }

    private static String sourceName(ClaimCandidate candidate) {
        String name = candidate.attribution().get(candidate.attribution().size() - 1).source().strip();
        return THE.matcher(name).replaceFirst("");
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
     * Whether {@code candidate} contradicts {@code reference}: a denial of it, or, for two statements that are comparable
     * ({@link #comparable}: the same subjects, the same predicate, mostly the same words), the one negating what the
     * other affirms ({@link #opposed}), at a time that is not another ({@link #compatibleDates}), or giving other figures
     * for the same thing ({@link Figure#disagree}, beyond rounding) or other dates, from different voices
     * ({@link #disputable}). Never for one statement quoted twice or in part (overlapping words of one article), for a
     * question, or for one voice ({@link #sameVoice}) repeating itself. Anything else the two differ in makes them other
     * claims, not one in dispute.
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
        if (sameVoice(candidate, reference) || !comparable(candidate, reference)) {
            return false;
        }
        boolean datesApart = !candidate.dates().isEmpty() && !reference.dates().isEmpty() && !compatibleDates(candidate, reference);
        if (opposed(candidate, reference) && !datesApart) {
            return true;
        }
        boolean figures = Figure.disagree(candidate.figures(), reference.figures()) || datesApart;
        return figures && disputable(candidate, reference);
    }

    /** Whether two statements say nearly the same words: no judgement of meaning may find them contradicting. */
    static boolean sameWording(ClaimCandidate a, ClaimCandidate b) {
        Set<String> shared = intersection(a.stems(), b.stems());
        int total = a.stems().size() + b.stems().size();
        return a.overlaps(b) || (total > 0 && 2.0 * shared.size() / total >= SAME_WORDING);
    }

    /**
     * Whether the two differ in a way that can make a dispute: one negates what the other affirms ({@link #polarity}),
     * or they give other figures for the same thing ({@link Figure#disagree}). The stance judge may find a contradiction
     * only where they do.
     */
    static boolean differs(ClaimCandidate a, ClaimCandidate b) {
        return polarity(a, b) || Figure.disagree(a.figures(), b.figures());
    }

    /**
     * Whether the two are comparable ({@link #comparable}) and one negates what the other affirms ({@link #polarity}), in
     * words that share at least {@link #SHARED_STEMS} content stems or of a subject named just before the negation and
     * named by the other ("Lewandowski never touched the reporter" against "Lewandowski had touched Fields", which share
     * only {@code touch}). "He would not vote for either Clinton or Trump" opposes no poll's "54 percent ... would vote for
     * Trump".
     */
    static boolean opposed(ClaimCandidate a, ClaimCandidate b) {
        if (!comparable(a, b) || !polarity(a, b)) {
            return false;
        }
        return intersection(a.stems(), b.stems()).size() >= SHARED_STEMS || negatesNamed(a, b) || negatesNamed(b, a);
    }

    /**
     * Whether one negates what the other affirms: the word a negation of one bears on ({@link ClaimCandidate#negations()})
     * is a word of the other outside its negations ("Lewandowski never touched the reporter" against "Lewandowski had
     * touched Fields"), and the negation's subject, when it names one, is someone the other names ("Gates was not working
     * for Yanukovych's party" disputes nothing of "the party was working to change its image"). Two statements that both
     * negate it ("he's not ready to support Trump", "he was “not ready”") agree.
     */
    static boolean polarity(ClaimCandidate a, ClaimCandidate b) {
        return negates(a, b) || negates(b, a);
    }

    private static boolean negates(ClaimCandidate negating, ClaimCandidate affirming) {
        return negating.negations().stream().anyMatch(negation -> opposes(negation, affirming));
    }

    /**
     * Whether {@code negating} negates, of someone {@code affirming} names, what {@code affirming} affirms, the negated
     * word being what both say the subject did or is (a verb or predicate adjective in both, {@link ClaimCandidate#actions}):
     * "Lewandowski never touched the reporter" against "Lewandowski had touched Fields". One shared thing is no shared
     * statement: "Trump had never been in a debate like this before" negates nothing of "Trump to make the second debate a
     * game-changer".
     */
    private static boolean negatesNamed(ClaimCandidate negating, ClaimCandidate affirming) {
        return negating.negations().stream()
                .anyMatch(negation -> opposes(negation, affirming) && negation.subject().filter(affirming.actors()::contains).isPresent()
                        && negating.actions().contains(negation.target()) && affirming.actions().contains(negation.target()));
    }

    /** Whether {@code affirming} affirms what {@code negation} negates, of a subject it names if the negation names one. */
    private static boolean opposes(ClaimCandidate.Negated negation, ClaimCandidate affirming) {
        String stem = negation.target();
        return affirming.stems().contains(stem) && !affirming.negated().contains(stem)
                && affirming.negations().stream().noneMatch(other -> other.target().equals(stem))
                && negation.subject().map(affirming.actors()::contains).orElse(true);
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared;
    }
}
