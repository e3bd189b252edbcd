package org.parallax.crossarticle.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.ArticleEntity;
import org.parallax.model.CalendarValue;
import org.parallax.model.DatingBasis;
import org.parallax.model.EventDating;
import org.parallax.model.EventMention;
import org.parallax.model.Evidence;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.Role;
import org.parallax.model.Span;
import org.parallax.model.Timex;
import org.parallax.model.TimexType;

/**
 * Finds the event reports of one article.
 *
 * <p>Where the language layer found event mentions, each time expression of a sentence that dates some of its
 * mentions to a month, a week, a weekend or a day (see {@link CalendarValue}) reports one event, with those
 * mentions, when the sentence names a person, organisation or place (and so does the date of the passage a sentence
 * without its own date narrates in, unless the sentence quotes someone): several events may share a sentence,
 * and a date that dates no mention (the bound of a range, a schedule, a date in a name) reports none. Without
 * event mentions (annotations from a language layer that does not find them), a sentence with a dated time
 * expression and a named participant reports an event on its first such date. A later sentence that refers
 * back to an event with a definite noun ("The phone call took place just days after ...", "Bennett
 * said in the call that ...", see {@link EventNouns}) reports the same event as the latest earlier
 * report naming a noun of that kind: it is linked to it and, when it has no date of its own or only
 * one relative to another time ("the day before", "days later"), takes that report's date. A
 * definite reference whose own date is incompatible with the earlier report's is a different event.
 */
final class EventCandidates {

    /** Time expressions dated relative to another time, not to the article's date: they date no event of their own here. */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(?:days?|weeks?|months?|years?|nights?|hours?)\\s+(?:before|after|earlier|later)\\b"
                    + "|\\b(?:previous|following|next|same|prior)\\s+(?:day|week|month|year|night|morning|evening)\\b");

    /**
     * The reports of one article.
     *
     * @param candidates its event reports, in text order
     * @param links      pairs of indexes into {@code candidates}: the later report refers back to the earlier one's event
     */
    record Reports(List<EventCandidate> candidates, List<int[]> links) {

        Reports {
            candidates = List.copyOf(candidates);
            links = List.copyOf(links);
        }
    }

    private EventCandidates() {
    }

    static Reports of(AnalyzedArticle analyzed, int order, EntityResolution entities) {
        String text = analyzed.article().text();
        boolean byWords = !analyzed.annotations().events().isEmpty();
        List<EventCandidate> candidates = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        Map<String, Integer> latestByNoun = new HashMap<>();
        for (Span sentence : ArticleSentences.of(analyzed.article())) {
            String covered = sentence.coveredText(text);
            List<EventMention> mentions = analyzed.annotations().events().stream()
                    .filter(mention -> sentence.contains(mention.span())).toList();
            Optional<Integer> antecedent = EventNouns.definiteReference(covered).map(latestByNoun::get);
            boolean quoting = analyzed.annotations().quotes().stream().anyMatch(quote -> quote.overlapsPieces(sentence));
            List<Anchor> anchors = byWords ? anchors(analyzed.annotations().timexes(), sentence, mentions, quoting)
                    : firstDated(analyzed.annotations().timexes(), sentence).map(timex -> List.of(new Anchor(timex, List.of())))
                            .orElse(List.of());
            List<EventCandidate> reports = new ArrayList<>();
            for (Anchor anchor : anchors) {
                Optional<EventCandidate> report = dated(analyzed, order, entities, sentence, anchor, anchors.size() > 1);
                if (report.isPresent() && reports.isEmpty() && antecedent.isPresent()) {
                    EventCandidate earlier = candidates.get(antecedent.get());
                    if (RELATIVE.matcher(anchor.timex().span().coveredText(text)).find()) {
                        report = Optional.of(report.get().datedAs(earlier));
                    } else if (!report.get().date().nested(earlier.date())) {
                        antecedent = Optional.empty();
                    }
                }
                report.ifPresent(reports::add);
            }
            if (reports.isEmpty() && antecedent.isPresent()) {
                // no date of its own, or a date but no named participant ("The call took place on Friday.")
                String noun = EventNouns.definiteReference(covered).orElseThrow();
                List<EventMention> referring = mentions.stream()
                        .filter(mention -> EventNouns.groupsNamed(mention.span().coveredText(text)).contains(noun)).toList();
                reports.add(referringBack(analyzed, order, entities, sentence, candidates.get(antecedent.get()), referring));
            }
            for (int r = 0; r < reports.size(); r++) {
                int index = candidates.size();
                candidates.add(reports.get(r));
                if (r == 0) {
                    antecedent.ifPresent(earlier -> links.add(new int[] {index, earlier}));
                }
            }
            if (!reports.isEmpty()) {
                int index = candidates.size() - reports.size();
                for (String noun : EventNouns.groupsNamed(covered)) {
                    latestByNoun.put(noun, index);
                }
            }
        }
        return new Reports(candidates, links);
    }

    /**
     * A time expression that dates an event of a sentence, with the event's mentions.
     *
     * @param timex    the time expression
     * @param mentions the trigger words it dates (empty when the language layer found no event mentions)
     */
    private record Anchor(Timex timex, List<EventMention> mentions) {
    }

    /**
     * The time expressions that date at least one of a sentence's event mentions to a calendar value (a month, week,
     * weekend or day), each with the mentions it dates, in text order: those of the sentence, and the date of the
     * passage its narration belongs to ({@link DatingBasis#PASSAGE}, a time expression of an earlier sentence) unless
     * the sentence quotes someone ({@code quoting}: what a speaker goes on to say in the passage is the passage's
     * statement told further, not an event of its own). A date that dates no mention (the bound of a range, a
     * schedule's time, a date in a name) reports no event.
     */
    private static List<Anchor> anchors(List<Timex> timexes, Span sentence, List<EventMention> mentions, boolean quoting) {
        Map<Span, List<EventMention>> dated = new TreeMap<>();
        for (EventMention mention : mentions) {
            boolean own = mention.dating().basis() == DatingBasis.TIME_EXPRESSION && sentence.contains(mention.dating().evidence().get());
            if (own || mention.dating().basis() == DatingBasis.PASSAGE && !quoting) {
                dated.computeIfAbsent(mention.dating().evidence().get(), span -> new ArrayList<>()).add(mention);
            }
        }
        List<Anchor> anchors = new ArrayList<>();
        for (Timex timex : timexes) {
            List<EventMention> its = dated.get(timex.span());
            if (its != null && CalendarValue.parse(timex.value()).isPresent()) {
                anchors.add(new Anchor(timex, its));
            }
        }
        return anchors;
    }

    /**
     * The report of a sentence dated by {@code anchor}, if it names a participant; {@code shared} when the sentence
     * reports other events too.
     */
    private static Optional<EventCandidate> dated(AnalyzedArticle analyzed, int order, EntityResolution entities, Span sentence,
            Anchor dating, boolean shared) {
        Timex anchor = dating.timex();
        String text = analyzed.article().text();
        String id = analyzed.article().id();
        // a passage's date stands in an earlier sentence: the sentence's core is the one holding its mentions
        Span at = sentence.contains(anchor.span()) || dating.mentions().isEmpty() ? anchor.span() : dating.mentions().get(0).span();
        Span core = SentenceCore.of(text, sentence, at, analyzed.annotations().quotes());
        List<Mention> mentions = entityMentions(analyzed, sentence);
        Optional<Mention> place = mentions.stream().filter(mention -> isPlaceOfEvent(text, sentence, mention)).findFirst();
        Set<String> participants = participants(entities, mentions, core, place);
        if (participants.isEmpty()) {
            participants = participants(entities, mentions, sentence, place);
        }
        if (participants.isEmpty()) {
            return Optional.empty();
        }
        Optional<Span> clause = shared ? ownClause(dating, sentence) : Optional.empty();
        String summary = clause.isPresent() ? Excerpt.of(text, clause.get())
                : core.begin() == sentence.begin() ? Excerpt.of(text, core) : Excerpt.of(text, sentence);
        return Optional.of(new EventCandidate(id, order, analyzed.article().published(), new Evidence(id, sentence), summary,
                CalendarValue.parse(anchor.value()).orElseThrow(), new Evidence(id, anchor.span()), List.copyOf(participants),
                cast(analyzed, entities, sentence, mentions, participants), place.map(p -> resolve(entities, p)),
                contentStems(text, core, analyzed), dating.mentions()));
    }

    /**
     * The subordinate clause that reports the anchor's event, when all its mentions stand in one clause that holds the
     * time expression too ("since he suspended his own presidential campaign in February"). Asked only for a sentence
     * that reports several events (a clause that shares its main clause's time, "asked Putin when they met in
     * October", is told with it): the event is then told by that clause, not by the sentence whose main clause
     * reports another event.
     */
    private static Optional<Span> ownClause(Anchor dating, Span sentence) {
        if (dating.mentions().isEmpty()) {
            return Optional.empty();
        }
        Optional<Span> clause = dating.mentions().get(0).clause();
        boolean holdsAll = clause.isPresent() && sentence.contains(clause.get()) && clause.get().contains(dating.timex().span())
                && dating.mentions().stream().allMatch(mention -> clause.get().contains(mention.span()));
        return holdsAll ? clause : Optional.empty();
    }

    /** The report of an undated sentence that refers back to {@code earlier}'s event: dated as that one. */
    private static EventCandidate referringBack(AnalyzedArticle analyzed, int order, EntityResolution entities,
            Span sentence, EventCandidate earlier, List<EventMention> mentions) {
        String text = analyzed.article().text();
        String id = analyzed.article().id();
        List<Mention> names = entityMentions(analyzed, sentence);
        Set<String> participants = participants(entities, names, sentence, Optional.empty());
        if (participants.isEmpty()) {
            participants = new LinkedHashSet<>(earlier.participants());
        }
        EventDating reference = EventDating.reference(earlier.date().value(), earlier.dateEvidence().span());
        return new EventCandidate(id, order, analyzed.article().published(), new Evidence(id, sentence),
                Excerpt.of(text, sentence), earlier.date(), earlier.dateEvidence(), List.copyOf(participants),
                cast(analyzed, entities, sentence, names, participants), Optional.empty(), contentStems(text, sentence, analyzed),
                mentions.stream().map(mention -> mention.withDating(reference)).toList());
    }

    /**
     * The sentence's mentions of entities, less those inside another entity's role ("Eurasia" in
     * "Deputy Director-General for Eurasia Gary Koren", "Ukraine" in "Israeli Ambassador to
     * Ukraine Michael Brodsky"): a title names no participant.
     */
    private static List<Mention> entityMentions(AnalyzedArticle analyzed, Span sentence) {
        List<Span> roles = new ArrayList<>();
        List<String> holders = new ArrayList<>();
        for (ArticleEntity entity : analyzed.annotations().entities()) {
            for (Role role : entity.roles()) {
                if (sentence.contains(role.evidence())) {
                    roles.add(role.evidence());
                    holders.add(entity.id());
                }
            }
        }
        return analyzed.annotations().mentions().stream()
                .filter(mention -> mention.type().isEntity() && mention.entity().isPresent())
                .filter(mention -> sentence.contains(mention.span()))
                .filter(mention -> {
                    for (int i = 0; i < roles.size(); i++) {
                        if (roles.get(i).contains(mention.span()) && !holders.get(i).equals(mention.entity().get())) {
                            return false;
                        }
                    }
                    return true;
                })
                .toList();
    }

    private static Set<String> participants(EntityResolution entities, List<Mention> mentions, Span within, Optional<Mention> place) {
        Set<String> participants = new LinkedHashSet<>();
        for (Mention mention : mentions) {
            if (within.contains(mention.span()) && !place.map(mention::equals).orElse(false)) {
                participants.add(resolve(entities, mention));
            }
        }
        place.ifPresent(p -> participants.remove(resolve(entities, p)));
        return participants;
    }

    /** The participants and the resolved speakers of the sentence's quotes whose speaker it names, in text order. */
    private static List<String> cast(AnalyzedArticle analyzed, EntityResolution entities, Span sentence, List<Mention> mentions,
            Set<String> participants) {
        TreeMap<Integer, String> byPosition = new TreeMap<>();
        for (Mention mention : mentions) {
            String entity = resolve(entities, mention);
            if (participants.contains(entity)) {
                byPosition.putIfAbsent(mention.span().begin(), entity);
            }
        }
        for (Quote quote : analyzed.annotations().quotes()) {
            quote.speaker()
                    .filter(speaker -> sentence.contains(speaker.span()) && speaker.entity().isPresent())
                    .ifPresent(speaker -> byPosition.putIfAbsent(speaker.span().begin(),
                            entities.resolve(speaker.entity().get()).orElse(speaker.entity().get())));
        }
        Set<String> cast = new LinkedHashSet<>(byPosition.values());
        cast.addAll(participants);
        return List.copyOf(cast);
    }

    private static Optional<Timex> firstDated(List<Timex> timexes, Span sentence) {
        return timexes.stream()
                .filter(timex -> timex.type() == TimexType.DATE || timex.type() == TimexType.TIME)
                .filter(timex -> sentence.contains(timex.span()))
                .filter(timex -> CalendarValue.parse(timex.value()).isPresent())
                .findFirst();
    }

    /** A place named right after "in" or "at" is where something happened ("a press conference in Kiev"). */
    private static boolean isPlaceOfEvent(String text, Span sentence, Mention mention) {
        if (!mention.type().isPlace()) {
            return false;
        }
        String before = text.substring(sentence.begin(), mention.span().begin()).stripTrailing();
        return before.endsWith(" in") || before.endsWith(" at") || before.equals("In") || before.equals("At");
    }

    private static String resolve(EntityResolution entities, Mention mention) {
        String local = mention.entity().orElseThrow();
        return entities.resolve(local).orElse(local);
    }

    /** Content stems of the span, with names and time expressions blanked out. */
    private static Set<String> contentStems(String text, Span core, AnalyzedArticle analyzed) {
        StringBuilder covered = new StringBuilder(core.coveredText(text));
        List<Span> blanks = new ArrayList<>();
        analyzed.annotations().mentions().forEach(mention -> blanks.add(mention.span()));
        analyzed.annotations().timexes().forEach(timex -> blanks.add(timex.span()));
        for (Span blank : blanks) {
            int from = Math.max(blank.begin(), core.begin());
            int to = Math.min(blank.end(), core.end());
            for (int i = from; i < to; i++) {
                covered.setCharAt(i - core.begin(), ' ');
            }
        }
        return ContentWords.of(covered);
    }
}
