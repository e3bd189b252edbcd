package org.parallax.language.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.language.text.Sentence;
import org.parallax.language.text.Token;
import org.parallax.model.DatingBasis;
import org.parallax.model.EventDating;
import org.parallax.model.EventMention;
import org.parallax.model.EventWordClass;
import org.parallax.model.Span;
import org.parallax.model.Timex;

/**
 * Cross-sentence dating by the passage {@link AttachmentModel}: one reader of an article, sentence by sentence, in
 * text order, keeping the dated time expressions of the latest sentences that hold some; not thread-safe (one per
 * article). Each trigger of a sentence without a date of its own is paired with each of those dates within
 * {@link #WINDOW} sentences (of at most {@link #TIMED_SENTENCES} dated sentences) and with the publication day
 * ({@link PassageCandidate}); the model's best pair, when its probability reaches the model's threshold, dates the
 * trigger ({@code passage} for an earlier date, {@code publication} for the publication day). Where the model is
 * {@link AttachmentModel#rulesFirst() rules-first}, the hand-written passage and publication rules' decisions stand and
 * the model dates only what they leave undated; else the model's decision stands where it makes one (the rules'
 * decisions among its features), and the rules' elsewhere.
 */
final class PassageAttachment {

    /** How many sentences back a candidate date may stand. */
    static final int WINDOW = 8;

    /** Of how many of the latest sentences with dates the candidates come. */
    static final int TIMED_SENTENCES = 3;

    /** A sentence with dates that may date an event. */
    private record Timed(int sentence, int paragraph, List<Timex> dates, List<Timex> datingPast, List<Timex> datingReporting,
            Map<String, Timex> events) {
    }

    private final String text;
    private final Optional<LocalDate> published;
    private final Optional<AttachmentModel> model;
    private final List<Timed> timed = new ArrayList<>();
    private int paragraph;
    private int position = -1;
    private int previousEnd = -1;
    private boolean opensParagraph = true;
    private boolean publicationNamed;

    PassageAttachment(String text, Optional<LocalDate> published, Optional<AttachmentModel> model) {
        this.text = text;
        this.published = published;
        this.model = model;
    }

    /** Moves on to the next sentence of the article, counting paragraph breaks (a line break between sentences). */
    void next(Sentence sentence) {
        position++;
        opensParagraph = previousEnd < 0 || text.substring(previousEnd, sentence.span().begin()).contains("\n");
        if (opensParagraph && previousEnd >= 0) {
            paragraph++;
        }
        previousEnd = sentence.span().end();
    }

    /** Records the dates of the sentence just read that may date an event, and what they date there. */
    void timedSentence(List<Timex> admissible, List<EventMention> mentions, List<Token> tokens) {
        if (admissible.isEmpty()) {
            return;
        }
        List<Timex> past = new ArrayList<>();
        List<Timex> reporting = new ArrayList<>();
        Map<String, Timex> events = new HashMap<>();
        for (EventMention mention : mentions) {
            if (mention.dating().basis() != DatingBasis.TIME_EXPRESSION) {
                continue;
            }
            Span evidence = mention.dating().evidence().orElseThrow();
            Optional<Token> token = tokens.stream().filter(candidate -> candidate.span().equals(mention.span())).findFirst();
            for (Timex timex : admissible) {
                if (timex.span().equals(evidence) && token.isPresent() && mention.wordClass() == EventWordClass.NOUN
                        && tellsAnEvent(token.get())) {
                    events.putIfAbsent(EventWords.eventStem(token.get()), timex);
                }
                if (timex.span().equals(evidence) && token.isPresent()) {
                    if (token.get().partOfSpeech().equals("VBD")) {
                        past.add(timex);
                    }
                    if (EventWords.REPORTING.contains(EventWords.lemma(token.get()))) {
                        reporting.add(timex);
                    }
                }
            }
        }
        admissible.forEach(timex -> publicationNamed |= published.map(day -> timex.value().startsWith(day.toString())).orElse(false));
        timed.add(new Timed(position, paragraph, List.copyOf(admissible), List.copyOf(past), List.copyOf(reporting),
                Map.copyOf(events)));
        if (timed.size() > TIMED_SENTENCES) {
            timed.remove(0);
        }
    }

    /**
     * The date of the event a trigger of the sentence just read tells again, when an earlier sentence of the passage
     * (within {@link #WINDOW}) named it by an event noun dated by a time expression of its own: "Tulsa police released
     * video on Monday of last week's shooting. Crutcher [...] was shot and killed" tells the shooting of last week, not
     * of Monday. A trigger tells the same event when it names the noun's verb ({@link EventWords#eventStem}); reporting
     * verbs and auxiliaries name none. (A verb told again by the same verb is more often another event of the same
     * kind: "when the time came".)
     */
    Optional<Timex> toldBefore(Token token) {
        if (!tellsAnEvent(token)) {
            return Optional.empty();
        }
        String stem = EventWords.eventStem(token);
        for (int t = timed.size() - 1; t >= 0; t--) {
            Timed earlier = timed.get(t);
            if (position - earlier.sentence() > WINDOW) {
                break;
            }
            Timex timex = earlier.events().get(stem);
            if (timex != null) {
                return Optional.of(timex);
            }
        }
        return Optional.empty();
    }

    private static boolean tellsAnEvent(Token token) {
        String lemma = EventWords.lemma(token);
        return !EventWords.REPORTING.contains(lemma) && !EventWords.AUXILIARIES.contains(lemma);
    }

    /**
     * The dating of a trigger of the sentence just read (one without a date of its own), given the rules' decision;
     * its pairs are added to {@code candidates}. With no model, or in an embedded post, the rules' decision.
     *
     * @param trigger the trigger
     * @param span    its characters
     * @param rules   what the passage and publication rules decided
     * @param inPost  whether the sentence lies in an embedded post (neither the passage's dates nor the publication day reach it)
     */
    EventDating date(PassageFeatures.Trigger trigger, Span span, EventDating rules, boolean inPost,
            List<PassageCandidate> candidates) {
        if (inPost) {
            return rules;
        }
        List<PassageCandidate> pairs = pairs(trigger, span, rules);
        candidates.addAll(pairs);
        if (model.isEmpty() || model.get().rulesFirst() && rules.isDated() || !mayTakeADate(trigger)) {
            return rules;
        }
        AttachmentModel attachment = model.get();
        Optional<PassageCandidate> best = Optional.empty();
        double bestProbability = attachment.threshold();
        for (PassageCandidate pair : pairs) {
            double probability = attachment.probability(pair.features());
            if (probability >= bestProbability) {
                bestProbability = probability;
                best = Optional.of(pair);
            }
        }
        return best.map(pair -> pair.timex().map(EventDating::passage).orElseGet(() -> EventDating.publication(published.orElseThrow())))
                .orElse(rules);
    }

    /**
     * Whether the model may date a trigger from outside its sentence: a verb in the simple past, active or passive
     * ("arrested", "was hospitalized"), or an event noun, outside quotation marks. A gerund or participle ("reservations
     * about voting for Trump", "guests, including Tim Kaine", "the party's existing rules"), an infinitive, a present, a
     * perfect, a future or a modal tells no event of the passage's day, nor does the speech a quotation gives.
     */
    private static boolean mayTakeADate(PassageFeatures.Trigger trigger) {
        if (trigger.quoted()) {
            return false;
        }
        String tense = PassageFeatures.tense(trigger);
        return trigger.wordClass() == EventWordClass.NOUN || tense.equals("past") || tense.equals("passivePast");
    }

    private List<PassageCandidate> pairs(PassageFeatures.Trigger trigger, Span span, EventDating rules) {
        List<PassageCandidate> pairs = new ArrayList<>();
        Optional<Integer> latestBack = Optional.empty();
        for (int t = timed.size() - 1; t >= 0; t--) {
            Timed earlier = timed.get(t);
            int back = position - earlier.sentence();
            if (back > WINDOW) {
                break;
            }
            latestBack = latestBack.or(() -> Optional.of(back));
            for (Timex timex : earlier.dates()) {
                PassageFeatures.Earlier candidate = new PassageFeatures.Earlier(timex, back, paragraph - earlier.paragraph(),
                        timed.size() - 1 - t, t == timed.size() - 1, earlier.datingPast().contains(timex),
                        earlier.datingReporting().contains(timex));
                PassageFeatures.RuleDecision decision = decision(rules, DatingBasis.PASSAGE, rules.evidence().equals(Optional.of(timex.span())));
                pairs.add(new PassageCandidate(span, Optional.of(timex), timex.value(),
                        PassageFeatures.ofEarlier(trigger, candidate, published, decision), decision == PassageFeatures.RuleDecision.THIS));
            }
        }
        if (published.isPresent()) {
            PassageFeatures.RuleDecision decision = decision(rules, DatingBasis.PUBLICATION, true);
            pairs.add(new PassageCandidate(span, Optional.empty(), published.get().toString(),
                    PassageFeatures.ofPublication(trigger, latestBack, publicationNamed, decision),
                    decision == PassageFeatures.RuleDecision.THIS));
        }
        return pairs;
    }

    private static PassageFeatures.RuleDecision decision(EventDating rules, DatingBasis basis, boolean same) {
        return !rules.isDated() ? PassageFeatures.RuleDecision.NONE
                : rules.basis() == basis && same ? PassageFeatures.RuleDecision.THIS : PassageFeatures.RuleDecision.OTHER;
    }

    /** Whether the sentence just read opens a paragraph. */
    boolean opensParagraph() {
        return opensParagraph;
    }

    /** The position of the sentence just read in the article, from 0. */
    int position() {
        return position;
    }
}
