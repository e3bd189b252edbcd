package org.parallax.language.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Sentence;
import org.parallax.language.text.Token;
import org.parallax.model.Span;
import org.parallax.model.TimeReference;
import org.parallax.model.Timex;

/**
 * Finds time expressions in a parsed text and gives each its TIMEX3 type and value, resolved
 * against the reference date that applies where it stands.
 *
 * <p>A hand-written, rule-based tagger in the manner of HeidelTime: small rule sets of regular
 * expressions over each sentence ({@link CalendarDateRules}, {@link DayRules},
 * {@link RelativePeriodRules}, {@link QuarterRules}, {@link NamedPeriodRules},
 * {@link ClockTimeRules}, {@link SetRules}, {@link DurationRules}, {@link VagueRules}), guards
 * that consult parts of speech ("May" the month, not the modal), the longest match winning
 * overlaps, and a normalisation that reads the tense of the clause ({@link TenseDetector}) to pick
 * which "Friday" or "October" is meant. Why not a library: CoreNLP's SUTime is the well-kept Java
 * option, but it is slow (its TokensRegex cascade runs per sentence) and its values are weak on
 * news (value F1 0.674 in TempEval-3, against HeidelTime's 0.776); HeidelTime itself needs
 * TreeTagger, a native binary, and is not on Maven Central. Figures for this tagger are in
 * {@code docs/quality-time.md}.
 *
 * <p>Never invents a date: where the reference is {@link TimeReference#none()}, values stay
 * underspecified ({@code XXXX-10}, {@code XXXX-WXX-7}). Stateless and thread-safe.
 */
public final class TimeTagger {

    private static final List<TimexRule> RULES = rules();

    private TimeTagger() {
    }

    /**
     * The time expressions of a text, in text order.
     *
     * @param parsed       the text with its tokens and sentences; parts of speech sharpen guards and
     *                     tense, and are read when present
     * @param referenceFor the reference date for an expression at a span: the publication date, or
     *                     an embedded post's date inside that post
     */
    public static List<Timex> tag(ParsedText parsed, Function<Span, TimeReference> referenceFor) {
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(referenceFor, "referenceFor");
        TokenIndex tokens = new TokenIndex(parsed);
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence sentence : sentences(parsed)) {
            collect(parsed.text(), sentence, tokens, candidates);
        }
        List<Candidate> chosen = withoutOverlaps(candidates);
        Discourse discourse = new Discourse();
        List<Timex> timexes = new ArrayList<>();
        for (Candidate candidate : chosen) {
            Span span = new Span(candidate.groups().begin(), candidate.groups().end());
            TimeReference reference = Objects.requireNonNull(referenceFor.apply(span), "reference for " + span);
            Tense tense = tense(parsed, candidate.sentence(), span, tokens);
            Optional<Reading> reading = candidate.rule().normalisation()
                    .read(candidate.groups(), new Resolution(reference, tense, discourse));
            if (reading.isPresent()) {
                if (!candidate.rule().anaphoric()) {
                    discourse.remember(reading.get());
                }
                timexes.add(new Timex(span, reading.get().type(), reading.get().value(), reference));
            }
        }
        return List.copyOf(timexes);
    }

    private static List<TimexRule> rules() {
        List<TimexRule> rules = new ArrayList<>();
        rules.addAll(ClockTimeRules.rules());
        rules.addAll(CalendarDateRules.rules());
        rules.addAll(QuarterRules.rules());
        rules.addAll(RelativePeriodRules.rules());
        rules.addAll(DayRules.rules());
        rules.addAll(NamedPeriodRules.rules());
        rules.addAll(SetRules.rules());
        rules.addAll(DurationRules.rules());
        rules.addAll(VagueRules.rules());
        return List.copyOf(rules);
    }

    private static List<Sentence> sentences(ParsedText parsed) {
        if (!parsed.sentences().isEmpty() || parsed.tokens().isEmpty()) {
            return parsed.sentences();
        }
        List<Token> all = parsed.tokens();
        return List.of(new Sentence(0, new Span(all.get(0).span().begin(), all.get(all.size() - 1).span().end()), 0, all.size()));
    }

    private static void collect(String text, Sentence sentence, TokenIndex tokens, List<Candidate> candidates) {
        for (int index = 0; index < RULES.size(); index++) {
            TimexRule rule = RULES.get(index);
            Matcher matcher = rule.pattern().matcher(text);
            matcher.region(sentence.span().begin(), sentence.span().end());
            matcher.useTransparentBounds(true);
            while (matcher.find()) {
                Groups groups = new Groups(matcher, rule.groupNames(), text);
                if (groups.end() > groups.begin() && rule.guard().accept(groups, tokens)) {
                    candidates.add(new Candidate(rule, index, groups, sentence));
                }
            }
        }
    }

    /** The longest candidates, earlier rules first among equals, none overlapping another; in text order. */
    private static List<Candidate> withoutOverlaps(List<Candidate> candidates) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt((Candidate c) -> c.groups().begin() - c.groups().end())
                .thenComparingInt(Candidate::priority)
                .thenComparingInt(c -> c.groups().begin()));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : ordered) {
            boolean free = chosen.stream().noneMatch(other -> other.groups().begin() < candidate.groups().end()
                    && candidate.groups().begin() < other.groups().end());
            if (free) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.groups().begin()));
        return chosen;
    }

    private static Tense tense(ParsedText parsed, Sentence sentence, Span span, TokenIndex tokens) {
        List<Token> sentenceTokens = parsed.tokens(sentence);
        if (sentenceTokens.isEmpty() || sentenceTokens.get(0).partOfSpeech().isEmpty()) {
            return Tense.UNKNOWN;
        }
        int first = tokens.at(span.begin()).map(Token::index).orElse(sentence.endToken()) - sentence.firstToken();
        int end = tokens.before(span.end()).map(token -> token.index() + 1).orElse(first) - sentence.firstToken();
        return TenseDetector.tenseAround(sentenceTokens, Math.max(0, first), Math.max(first, end));
    }

    private record Candidate(TimexRule rule, int priority, Groups groups, Sentence sentence) {
    }
}
