package org.parallax.language.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.language.text.Token;
import org.parallax.model.DatingBasis;
import org.parallax.model.EventMention;
import org.parallax.model.Span;
import org.parallax.model.Timex;

/**
 * The date a passage's top sentence gives the narration that follows it, as news style intends ("Earlier
 * Sunday, police and militant Protestants clashed in ... north Belfast. [...] Police arrested six Protestants on
 * suspicion of rioting.", AP, 1998-03-22): one reader of an article, sentence by sentence, in text
 * order; not thread-safe (one per article).
 *
 * <p>A passage opens with a sentence whose simple past ({@code VBD}) verb is dated, by a time expression of its
 * own clause, with a past day, ISO week or month (not after the publication day's: "Earlier Sunday", "In March, American
 * Medical received a $24-a-share offer"). Each of the next {@link #REACH} sentences that
 * holds no time expression at all takes that date for its narrating verbs: simple pasts outside quotation marks,
 * in a sentence that says nothing in the present, the future or the past perfect (no {@code VBZ}, {@code VBP} or modal
 * before its first simple past, which is no "had" of a past perfect, outside quotation marks: "Officials expect the talks will ..." is no narration; "``We are
 * back,'' Adams said" is, of the speech). A sentence with a time expression of
 * its own closes the passage (and may open the next one); so does a sentence that opens no passage. Reporting verbs
 * ("the newspaper said") are narration too: in a passage they take its date, not the publication day. Decided on
 * TimeBank's TLINKs (see docs/quality-time.md); AQUAINT was not looked at.
 */
final class PassageDating {

    /** How many sentences after its top a passage reaches: decided on TimeBank (precision by distance). */
    static final int REACH = 5;

    /** A value naming one day. */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A value naming one ISO week. */
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");
    /** A value naming one month. */
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private static final Set<String> NOT_NARRATING = Set.of("VBZ", "VBP", "MD");

    static final Set<String> QUOTES = Set.of("\"", "``", "''", "“", "”");

    private final Optional<LocalDate> published;
    private Optional<Timex> top = Optional.empty();
    private int distance;
    /** Whether a quotation is open where the sentence being read begins (quotations run across sentences). */
    private boolean startsQuoted;
    /** Whether a quotation is open where the sentence being read ends. */
    private boolean endsQuoted;

    PassageDating(Optional<LocalDate> published) {
        this.published = published;
    }

    /**
     * Reads a sentence with time expressions and its mentions: it opens a passage when one of its simple-past verbs is
     * dated by a past day, week or month of its own ({@link #isPastPeriod}), else it closes the one open.
     */
    void timedSentence(List<EventMention> mentions, List<Token> tokens, List<Timex> timexes) {
        read(tokens);
        top = Optional.empty();
        distance = 0;
        for (EventMention mention : mentions) {
            if (mention.dating().basis() != DatingBasis.TIME_EXPRESSION || !isSimplePast(mention.span(), tokens)) {
                continue;
            }
            Span evidence = mention.dating().evidence().orElseThrow();
            Optional<Timex> timex = timexes.stream().filter(candidate -> candidate.span().equals(evidence)).findFirst();
            if (timex.isPresent() && isPastPeriod(timex.get().value())) {
                top = timex;
                return;
            }
        }
    }

    /**
     * The passage's date for a sentence without a dated time expression; empty when no passage reaches it or the
     * sentence holds a time expression (of another kind: a duration, "now") or tells nothing in the simple past.
     */
    Optional<Timex> untimedSentence(List<Token> tokens, boolean hasTimex) {
        read(tokens);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        distance++;
        if (distance > REACH || hasTimex) {
            top = Optional.empty();
            return Optional.empty();
        }
        return narratesInThePast(tokens) ? top : Optional.empty();
    }

    /**
     * Whether the verb at index {@code i} of the sentence last read narrates: a simple past outside quotation marks,
     * active ("arrested") or passive ("was hospitalized"); not a past perfect ("had left" happened before).
     */
    boolean narrates(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        boolean simplePast = token.partOfSpeech().equals("VBD") && !EventWords.AUXILIARIES.contains(EventWords.lemma(token));
        if (!simplePast && !isPassivePast(tokens, i)) {
            return false;
        }
        return !quoted(tokens, i);
    }

    /** Whether the token at index {@code i} of the sentence last read stands inside quotation marks. */
    boolean quoted(List<Token> tokens, int i) {
        boolean quoted = startsQuoted;
        for (int j = 0; j < i; j++) {
            if (QUOTES.contains(tokens.get(j).word())) {
                quoted = !quoted;
            }
        }
        return quoted;
    }

    /**
     * Whether the sentence last read narrates in the past: a simple past outside quotation marks comes before anything
     * said, outside them, in the present, the future or the past perfect.
     */
    boolean narratesInThePast(List<Token> tokens) {
        boolean quoted = startsQuoted;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (QUOTES.contains(token.word())) {
                quoted = !quoted;
            } else if (!quoted && NOT_NARRATING.contains(token.partOfSpeech())) {
                return false;
            } else if (!quoted && token.partOfSpeech().equals("VBD")) {
                return !isPastPerfect(tokens, i);
            }
        }
        return false;
    }

    /** Moves on to the next sentence, keeping track of an open quotation. */
    private void read(List<Token> tokens) {
        startsQuoted = endsQuoted;
        boolean quoted = startsQuoted;
        for (Token token : tokens) {
            if (QUOTES.contains(token.word())) {
                quoted = !quoted;
            }
        }
        endsQuoted = quoted;
    }

    /** "had" with a past participle close after it: a past perfect, which tells what happened before ("had made the request several times before"). */
    private static boolean isPastPerfect(List<Token> tokens, int i) {
        if (!EventWords.lemma(tokens.get(i)).equals("have")) {
            return false;
        }
        for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
            if (tokens.get(j).partOfSpeech().equals("VBN")) {
                return true;
            }
        }
        return false;
    }

    /** A past participle right after "was" or "were" (an adverb between at most): "was hospitalized". */
    private static boolean isPassivePast(List<Token> tokens, int i) {
        if (!tokens.get(i).partOfSpeech().equals("VBN")) {
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
            Token before = tokens.get(j);
            if (before.partOfSpeech().equals("VBD")) {
                return EventWords.lemma(before).equals("be");
            }
            if (!before.partOfSpeech().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isSimplePast(Span span, List<Token> tokens) {
        return tokens.stream().anyMatch(token -> token.span().equals(span) && token.partOfSpeech().equals("VBD"));
    }

    /**
     * Whether a value names a day, an ISO week or a month that does not lie after the publication day (any, in an article
     * without one): "Sunday", "last week", "In March, American Medical received a $24-a-share offer".
     */
    private boolean isPastPeriod(String value) {
        if (WEEK.matcher(value).matches()) {
            return published.map(date -> value.compareTo(String.format(Locale.ROOT, "%04d-W%02d",
                    date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))) <= 0).orElse(true);
        }
        if (MONTH.matcher(value).matches()) {
            return published.map(date -> value.compareTo(date.toString().substring(0, 7)) <= 0).orElse(true);
        }
        if (!DAY.matcher(value).matches()) {
            return false;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            return published.map(date -> !day.isAfter(date)).orElse(true);
        } catch (DateTimeParseException e) {
            return false; // a value the normaliser wrote but no calendar has ("1998-02-30")
        }
    }
}
