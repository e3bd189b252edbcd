package org.parallax.language.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.language.text.Token;
import org.parallax.model.EventWordClass;
import org.parallax.model.Timex;

/**
 * The binary features of one cross-sentence pair for the passage {@link AttachmentModel}: a trigger of a sentence
 * without a date of its own and a candidate date, a dated time expression of an earlier sentence of its passage or the
 * publication day. Trigger side: its word class and tag, its tense and aspect read from the auxiliaries before it
 * ("has said", "had left", "will meet", "was hospitalized"), whether it reports speech, whether it stands in a
 * quotation, whether its sentence narrates in the past, where its sentence stands in the article and whether it opens a
 * paragraph. Candidate side: how many sentences and paragraph breaks back the date stands, how many sentences with
 * dates of their own lie between, whether it is the latest date, its granularity and its relation to the publication
 * day, whether it dates a simple past or a reporting verb in its own sentence, and what the hand-written passage and
 * publication rules decided. Every feature is prefixed by the candidate's kind ({@code passage:} or
 * {@code publication:}), so the two kinds have weights of their own. Pure functions of the tokens: no dependency parse
 * (the sentences without a date are never parsed).
 */
final class PassageFeatures {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}.*");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall");

    /** What the rules decided for a trigger, relative to one candidate date. */
    enum RuleDecision {
        /** The passage or publication rule dates the trigger with this candidate's date. */
        THIS,
        /** It dates it with another date. */
        OTHER,
        /** It leaves it undated. */
        NONE
    }

    /**
     * The trigger's side of a pair.
     *
     * @param tokens        its sentence's tokens
     * @param index         its index among them
     * @param wordClass     its word class
     * @param quoted        whether it stands inside quotation marks
     * @param narration     whether its sentence narrates in the past (see {@link PassageDating#narratesInThePast})
     * @param sentence      its sentence's position in the article, from 0
     * @param opensParagraph whether its sentence opens a paragraph
     */
    record Trigger(List<Token> tokens, int index, EventWordClass wordClass, boolean quoted, boolean narration, int sentence,
            boolean opensParagraph) {

        Trigger {
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * An earlier date of the passage, seen from the trigger's sentence.
     *
     * @param timex          the time expression
     * @param sentencesBack  how many sentences before the trigger's it stands (1: the one before)
     * @param paragraphsBack how many paragraph breaks lie between
     * @param timedBetween   how many sentences with dates of their own lie between
     * @param latest         whether no later sentence before the trigger's holds a date
     * @param datesPast      whether it dates a simple past verb in its own sentence
     * @param datesReporting whether it dates a reporting verb in its own sentence
     */
    record Earlier(Timex timex, int sentencesBack, int paragraphsBack, int timedBetween, boolean latest, boolean datesPast,
            boolean datesReporting) {
    }

    private PassageFeatures() {
    }

    /** The features of a trigger and an earlier date of its passage. */
    static List<String> ofEarlier(Trigger trigger, Earlier earlier, Optional<LocalDate> published, RuleDecision rules) {
        List<String> features = new ArrayList<>();
        String tense = tense(trigger);
        trigger(trigger, tense, features);
        String back = earlier.sentencesBack() <= 3 ? String.valueOf(earlier.sentencesBack())
                : earlier.sentencesBack() <= 5 ? "4-5" : "6+";
        String paragraphs = String.valueOf(Math.min(earlier.paragraphsBack(), 2));
        String granularity = granularity(earlier.timex().value());
        features.add("back=" + back);
        features.add("paragraphsBack=" + paragraphs);
        features.add("back=" + back + "&paragraphsBack=" + paragraphs);
        features.add("timedBetween=" + Math.min(earlier.timedBetween(), 2));
        features.add("latest=" + earlier.latest());
        features.add("granularity=" + granularity);
        features.add("published=" + relation(earlier.timex().value(), published));
        features.add("datesPast=" + earlier.datesPast());
        features.add("datesReporting=" + earlier.datesReporting());
        features.add("rules=" + rules);
        features.add("tense=" + tense + "&back=" + back);
        features.add("tense=" + tense + "&granularity=" + granularity);
        features.add("tense=" + tense + "&latest=" + earlier.latest());
        features.add("class=" + trigger.wordClass() + "&back=" + back);
        features.add("rules=" + rules + "&tense=" + tense);
        features.add("datesPast=" + earlier.datesPast() + "&narration=" + trigger.narration());
        return prefixed("passage:", features);
    }

    /**
     * The features of a trigger and the publication day.
     *
     * @param latestBack how many sentences back the latest earlier date stands; empty when none does
     * @param named      whether an earlier time expression of the article names the publication day ("today")
     */
    static List<String> ofPublication(Trigger trigger, Optional<Integer> latestBack, boolean named, RuleDecision rules) {
        List<String> features = new ArrayList<>();
        String tense = tense(trigger);
        trigger(trigger, tense, features);
        String earlier = latestBack.map(back -> back <= 1 ? "1" : back <= 3 ? "2-3" : "4+").orElse("none");
        features.add("earlier=" + earlier);
        features.add("named=" + named);
        features.add("rules=" + rules);
        features.add("rules=" + rules + "&tense=" + tense);
        features.add("tense=" + tense + "&earlier=" + earlier);
        boolean reporting = isReporting(trigger);
        features.add("reporting=" + reporting + "&tense=" + tense + "&quoted=" + trigger.quoted());
        return prefixed("publication:", features);
    }

    private static void trigger(Trigger trigger, String tense, List<String> features) {
        Token token = trigger.tokens().get(trigger.index());
        features.add("bias");
        features.add("class=" + trigger.wordClass());
        features.add("tag=" + token.partOfSpeech());
        features.add("tense=" + tense);
        features.add("quoted=" + trigger.quoted());
        features.add("narration=" + trigger.narration());
        features.add("narration=" + trigger.narration() + "&tense=" + tense);
        features.add("opensParagraph=" + trigger.opensParagraph());
        int sentence = trigger.sentence();
        features.add("sentence=" + (sentence <= 1 ? String.valueOf(sentence) : sentence <= 3 ? "2-3" : sentence <= 7 ? "4-7" : "8+"));
        if (isReporting(trigger)) {
            features.add("reporting");
            features.add("reporting&tense=" + tense);
            features.add("reporting&quoted=" + trigger.quoted());
        }
    }

    private static boolean isReporting(Trigger trigger) {
        return trigger.wordClass() == EventWordClass.VERB
                && EventWords.REPORTING.contains(EventWords.lemma(trigger.tokens().get(trigger.index())));
    }

    private static List<String> prefixed(String prefix, List<String> features) {
        return features.stream().map(feature -> prefix + feature).toList();
    }

    /**
     * The trigger's tense and aspect from its tag and the auxiliaries right before it (adverbs and "not" skipped):
     * {@code past}, {@code present}, {@code perfect} ("has said"), {@code pastPerfect} ("had left"), {@code future}
     * ("will meet"), {@code modal} ("would", "could"), {@code passivePast} ("was hospitalized"), {@code passive},
     * {@code progressive}, {@code infinitive}, {@code gerund}, {@code participle}, {@code base}; {@code noun} for a noun.
     */
    static String tense(Trigger trigger) {
        List<Token> tokens = trigger.tokens();
        Token token = tokens.get(trigger.index());
        String tag = token.partOfSpeech();
        if (trigger.wordClass() != EventWordClass.VERB) {
            return trigger.wordClass() == EventWordClass.NOUN ? "noun" : "adjective";
        }
        Optional<Token> auxiliary = Optional.empty();
        for (int j = trigger.index() - 1; j >= 0 && j >= trigger.index() - 4; j--) {
            Token before = tokens.get(j);
            String word = before.word().toLowerCase(Locale.ROOT);
            if (before.partOfSpeech().startsWith("RB") || word.equals("not") || word.equals("n't")) {
                continue;
            }
            if (before.partOfSpeech().equals("MD") || before.partOfSpeech().equals("TO")
                    || before.isVerb() && EventWords.AUXILIARIES.contains(EventWords.lemma(before))) {
                auxiliary = Optional.of(before);
                if (before.partOfSpeech().equals("MD") || before.partOfSpeech().equals("TO")) {
                    break;
                }
                continue;
            }
            break;
        }
        if (auxiliary.isPresent()) {
            Token first = auxiliary.get();
            String word = first.word().toLowerCase(Locale.ROOT);
            String lemma = EventWords.lemma(first);
            if (first.partOfSpeech().equals("MD")) {
                return FUTURE.contains(word) ? "future" : "modal";
            }
            if (first.partOfSpeech().equals("TO")) {
                return "infinitive";
            }
            if (lemma.equals("have") && tag.equals("VBN")) {
                return first.partOfSpeech().equals("VBD") ? "pastPerfect" : "perfect";
            }
            if (lemma.equals("be") && tag.equals("VBN")) {
                return first.partOfSpeech().equals("VBD") ? "passivePast" : "passive";
            }
            if (lemma.equals("be") && tag.equals("VBG")) {
                return "progressive";
            }
        }
        return switch (tag) {
            case "VBD" -> "past";
            case "VBZ", "VBP" -> "present";
            case "VBG" -> "gerund";
            case "VBN" -> "participle";
            default -> "base";
        };
    }

    private static String granularity(String value) {
        String date = value.replaceFirst("T.*", "");
        return DAY.matcher(date).matches() ? "day" : WEEK.matcher(date).matches() ? "week"
                : MONTH.matcher(date).matches() ? "month" : YEAR.matcher(date).matches() ? "year" : "other";
    }

    /** How a date stands to the publication day: the same day, the past week, earlier, later, or containing it. */
    private static String relation(String value, Optional<LocalDate> published) {
        if (published.isEmpty()) {
            return "unknown";
        }
        String date = value.replaceFirst("T.*", "");
        LocalDate day = published.get();
        if (DAY.matcher(date).matches()) {
            try {
                long days = ChronoUnit.DAYS.between(LocalDate.parse(date), day);
                return days == 0 ? "same" : days < 0 ? "later" : days <= 7 ? "pastWeek" : "earlier";
            } catch (DateTimeParseException e) {
                return "other"; // a value the normaliser wrote but no calendar has ("1998-02-30"): no relation to tell
            }
        }
        String month = day.toString().substring(0, 7);
        String year = day.toString().substring(0, 4);
        if (date.equals(month) || date.equals(year)) {
            return "contains";
        }
        return date.compareTo(month) < 0 ? "earlierPeriod" : "laterPeriod";
    }
}
