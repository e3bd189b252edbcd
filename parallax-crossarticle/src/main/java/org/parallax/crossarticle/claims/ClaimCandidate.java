package org.parallax.crossarticle.claims;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.AttributionLink;
import org.parallax.model.CalendarValue;
import org.parallax.model.Evidence;

/**
 * One article's statement, before statements are aligned across articles.
 *
 * @param article     the article's id
 * @param order       the article's position in the input
 * @param published   the article's publication date, if known
 * @param outlet      the outlet it is credited to
 * @param evidence    the characters that carry it
 * @param statement   its words (for a denial, the words of what is denied); what is compared across articles
 * @param display     the claim as a reader sees it: the statement, or its sentence up to the statement's end when the
 *                    statement is no clause of its own ("criticize Israel for not doing more ...")
 * @param entities    resolved ids of the entities it names
 * @param context     resolved ids of the entities its sentence names (the speaker's included) and of its source
 * @param source      the resolved id of whoever it is attributed to, if any
 * @param stems       its content stems, without names and time expressions
 * @param negated     those of its stems inside a negation scope
 * @param denial      whether the article reports a denial of the statement ("dismissed reports that ...")
 * @param figures     the figures it gives, each with what it counts
 * @param dates       the calendar dates it gives
 * @param yearless    those of its dates written without their year ("Sept. 11"), read as the publication's year
 * @param actors      resolved ids of the people and organisations it names, and of its source
 * @param predicates  the stems of what it reports: its event words (verbs, event nouns) as their families, so that a
 *                    verb and its nominalisation ("attacked", "the attack") give one stem
 * @param actions     the content stems of its event words that are verbs or predicate adjectives, as written ("touched"
 *                    gives {@code touch}; "the debate" gives none): what it says someone did or something is
 * @param negations   what its negations bear on ({@link Negated}: "Lewandowski never touched" gives {@code touch}, of
 *                    Lewandowski)
 * @param attribution the chain from the outlet to the source, outlet first
 * @param question    whether the statement is a question ("But why?", "Is President Obama going to finally mention the
 *                    words ...?"): it asks and asserts nothing, so it neither disputes nor is disputed
 */
record ClaimCandidate(String article, int order, Optional<LocalDate> published, String outlet, Evidence evidence,
        String statement, String display, Set<String> entities, Set<String> context, Optional<String> source, Set<String> stems, Set<String> negated,
        boolean denial, List<Figure> figures, Set<CalendarValue> dates, Set<CalendarValue> yearless, Set<String> actors,
        Set<String> predicates, Set<String> actions, List<Negated> negations, List<AttributionLink> attribution, boolean question) {

    /** Earliest-published first, then by input order and position in the article. */
    static final Comparator<ClaimCandidate> FIRST_REPORT = Comparator
            .comparing((ClaimCandidate c) -> c.published().orElse(LocalDate.MAX))
            .thenComparingInt(ClaimCandidate::order)
            .thenComparing(c -> c.evidence().span());

    ClaimCandidate {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(display, "display");
        // in the order given, not Set.copyOf's per-run order: the claim's subjects are ranked by it among equals
        entities = Collections.unmodifiableSet(new LinkedHashSet<>(entities));
        context = Set.copyOf(context);
        Objects.requireNonNull(source, "source");
        stems = Set.copyOf(stems);
        negated = Set.copyOf(negated);
        figures = List.copyOf(figures);
        dates = Set.copyOf(dates);
        yearless = Set.copyOf(yearless);
        actors = Set.copyOf(actors);
        predicates = Set.copyOf(predicates);
        actions = Set.copyOf(actions);
        negations = List.copyOf(negations);
        attribution = List.copyOf(attribution);
    }

    /**
     * What one negation of a statement bears on.
     *
     * @param target  the stem it negates ({@link Negation.Scope#target()})
     * @param subject the resolved id of the person or organisation named just before it, its subject ("Gates was not
     *                working for ...": Gates), if one is
     */
    record Negated(String target, Optional<String> subject) {

        Negated {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(subject, "subject");
        }
    }

    /** Whether it and {@code other} are words of one article that overlap: one statement, quoted twice or in part. */
    boolean overlaps(ClaimCandidate other) {
        return article.equals(other.article) && evidence.span().overlaps(other.evidence.span());
    }

    /** Whether it says something is not so: a denial, or a negation of any of its words. */
    boolean negative() {
        return denial || !negated.isEmpty();
    }
}
