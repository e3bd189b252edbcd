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
 * <p>A sentence with a dated time expression (a month, a week, a weekend or a day, see {@link CalendarValue}) and a
 * named person, organisation or place reports an event on that date. A later sentence that refers
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
        List<EventCandidate> candidates = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        Map<String, Integer> latestByNoun = new HashMap<>();
        for (Span sentence : ArticleSentences.of(analyzed.article())) {
            String covered = sentence.coveredText(text);
            Optional<Integer> antecedent = EventNouns.definiteReference(covered).map(latestByNoun::get);
            Optional<Timex> anchor = firstDated(analyzed.annotations().timexes(), sentence);
            Optional<EventCandidate> report = Optional.empty();
            if (anchor.isPresent()) {
                report = dated(analyzed, order, entities, sentence, anchor.get());
                if (report.isPresent() && antecedent.isPresent()) {
                    EventCandidate earlier = candidates.get(antecedent.get());
                    if (RELATIVE.matcher(anchor.get().span().coveredText(text)).find()) {
                        report = Optional.of(report.get().datedAs(earlier));
                    } else if (!report.get().date().nested(earlier.date())) {
                        antecedent = Optional.empty();
                    }
                }
            }
            if (report.isEmpty() && antecedent.isPresent()) {
                // no date of its own, or a date but no named participant ("The call took place on Friday.")
                report = referringBack(analyzed, order, entities, sentence, candidates.get(antecedent.get()));
            }
            if (report.isEmpty()) {
                continue;
            }
            int index = candidates.size();
            candidates.add(report.get());
            antecedent.ifPresent(earlier -> links.add(new int[] {index, earlier}));
            for (String noun : EventNouns.groupsNamed(covered)) {
                latestByNoun.put(noun, index);
            }
        }
        return new Reports(candidates, links);
    }

    /** The report of a sentence dated by {@code anchor}, if it names a participant. */
    private static Optional<EventCandidate> dated(AnalyzedArticle analyzed, int order, EntityResolution entities, Span sentence,
            Timex anchor) {
        String text = analyzed.article().text();
        String id = analyzed.article().id();
        Span core = SentenceCore.of(text, sentence, anchor.span(), analyzed.annotations().quotes());
        List<Mention> mentions = entityMentions(analyzed, sentence);
        Optional<Mention> place = mentions.stream().filter(mention -> isPlaceOfEvent(text, sentence, mention)).findFirst();
        Set<String> participants = participants(entities, mentions, core, place);
        if (participants.isEmpty()) {
            participants = participants(entities, mentions, sentence, place);
        }
        if (participants.isEmpty()) {
            return Optional.empty();
        }
        String summary = core.begin() == sentence.begin() ? Excerpt.of(text, core) : Excerpt.of(text, sentence);
        return Optional.of(new EventCandidate(id, order, analyzed.article().published(), new Evidence(id, sentence), summary,
                CalendarValue.parse(anchor.value()).orElseThrow(), new Evidence(id, anchor.span()), List.copyOf(participants),
                cast(analyzed, entities, sentence, mentions, participants), place.map(p -> resolve(entities, p)),
                contentStems(text, core, analyzed)));
    }

    /** The report of an undated sentence that refers back to {@code earlier}'s event: dated as that one. */
    private static Optional<EventCandidate> referringBack(AnalyzedArticle analyzed, int order, EntityResolution entities,
            Span sentence, EventCandidate earlier) {
        String text = analyzed.article().text();
        String id = analyzed.article().id();
        List<Mention> mentions = entityMentions(analyzed, sentence);
        Set<String> participants = participants(entities, mentions, sentence, Optional.empty());
        if (participants.isEmpty()) {
            participants = new LinkedHashSet<>(earlier.participants());
        }
        return Optional.of(new EventCandidate(id, order, analyzed.article().published(), new Evidence(id, sentence),
                Excerpt.of(text, sentence), earlier.date(), earlier.dateEvidence(), List.copyOf(participants),
                cast(analyzed, entities, sentence, mentions, participants), Optional.empty(), contentStems(text, sentence, analyzed)));
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
