package org.parallax.crossarticle.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Evidence;
import org.parallax.model.Mention;
import org.parallax.model.Span;
import org.parallax.model.Timex;
import org.parallax.model.TimexType;

/**
 * Finds the event reports of one article: a sentence with a dated time expression (a month or a
 * day, see {@link CalendarValue}) and a named person, organisation or place in its core reports an
 * event on that date.
 */
final class EventCandidates {

    private EventCandidates() {
    }

    static List<EventCandidate> of(AnalyzedArticle analyzed, int order, EntityResolution entities) {
        String text = analyzed.article().text();
        String id = analyzed.article().id();
        List<EventCandidate> candidates = new ArrayList<>();
        for (Span sentence : ArticleSentences.of(analyzed.article())) {
            Optional<Timex> anchor = firstDated(analyzed.annotations().timexes(), sentence);
            if (anchor.isEmpty()) {
                continue;
            }
            Span core = SentenceCore.of(text, sentence, anchor.get().span(), analyzed.annotations().quotes());
            List<Mention> mentions = analyzed.annotations().mentions().stream()
                    .filter(mention -> mention.type().isEntity() && mention.entity().isPresent())
                    .filter(mention -> sentence.contains(mention.span()))
                    .toList();
            Optional<Mention> place = mentions.stream().filter(mention -> isPlaceOfEvent(text, sentence, mention)).findFirst();
            Set<String> participants = new LinkedHashSet<>();
            for (Mention mention : mentions) {
                if (core.contains(mention.span()) && !place.map(mention::equals).orElse(false)) {
                    participants.add(resolve(entities, mention));
                }
            }
            place.ifPresent(p -> participants.remove(resolve(entities, p)));
            if (participants.isEmpty()) {
                continue;
            }
            candidates.add(new EventCandidate(id, order, analyzed.article().published(), new Evidence(id, sentence),
                    summary(text, core), CalendarValue.parse(anchor.get().value()).orElseThrow(),
                    new Evidence(id, anchor.get().span()), List.copyOf(participants),
                    place.map(p -> resolve(entities, p)), words(text, core, analyzed)));
        }
        return candidates;
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

    private static String summary(String text, Span core) {
        return core.coveredText(text).replaceAll("\\s+", " ").strip().replaceAll("^[,;:\\s]+|[,;:.\\s]+$", "");
    }

    /** Content stems of the core, with names and time expressions blanked out. */
    private static Set<String> words(String text, Span core, AnalyzedArticle analyzed) {
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
