package org.parallax.language.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Token;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.SpeakerResolution;

/**
 * Turns frames and quotations into quotes with resolved speakers.
 *
 * <ul>
 *   <li>A frame whose content is only a quotation (and punctuation) gives a {@link QuoteKind#DIRECT} quote of the
 *       whole quotation, also when the quotation runs on over several sentences or paragraphs.</li>
 *   <li>A frame whose content has words of its own and quoted fragments gives a {@link QuoteKind#MIXED} quote; the
 *       fragments are not quoted again on their own.</li>
 *   <li>A frame without quotation marks in its content gives an {@link QuoteKind#INDIRECT} quote.</li>
 *   <li>A quotation no frame reports carries on the speaker of the quote before it in its paragraph (or after it,
 *       "“A.” “B,” he said."), or, when it opens its paragraph, the speaker of the last quote of the paragraph
 *       before: {@link org.parallax.model.SpeakerResolution#PREVIOUS_QUOTE}; a mixed quote before it in its paragraph
 *       is carried on by a quotation opening a later sentence ("Obama “felt a moral obligation …” climate change,
 *       Axelrod said. “This is not just a cosmetic item …”"). Short quotations no frame reports
 *       are scare quotes and are left out; long ones are kept without a speaker.</li>
 *   <li>Quotes sharing a cue and speaker (an interrupted quotation, "“A,” he said. “B.”") are one quote of several
 *       pieces ({@link InterruptedQuotations}).</li>
 * </ul>
 */
final class QuoteAssembler {

    private static final int DATELINE_WORDS = 4;
    private static final Set<String> DASHES = Set.of("—", "―", "--", "-", "–");

    /** Quotations of fewer words that no cue reports are taken for scare quotes ("close cooperation"). */
    static final int MIN_UNREPORTED_WORDS = 6;

    private QuoteAssembler() {
    }

    static List<Quote> assemble(ParsedText parsed, List<Quotation> quotations, List<Frame> frames, SpeakerResolver resolver) {
        String text = parsed.text();
        List<Quote> quotes = new ArrayList<>();
        Map<Quotation, Quote> reported = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<Integer, Speaker> sentenceSpeakers = new HashMap<>();
        for (Frame frame : frames) {
            Optional<Speaker> speaker = frame.source().map(source -> resolver.resolve(source, frame.sentence()));
            if (frame.inherited()) {
                Optional<Speaker> previous = lastSpeaker(quotes, parsed, frame.sentence());
                speaker = Optional.ofNullable(sentenceSpeakers.get(frame.sentence()))
                        .or(() -> subject(parsed, frame.sentence()).map(subject -> resolver.resolve(subject, frame.sentence())))
                        .or(() -> previous.map(resolver::carryOn));
            }
            speaker.ifPresent(value -> sentenceSpeakers.putIfAbsent(frame.sentence(), value));
            List<Quotation> inside = overlapping(quotations, frame.content());
            boolean onlyQuoted = !inside.isEmpty() && wordsOutside(text, frame.content(), inside) == 0;
            if (onlyQuoted) {
                for (Quotation quotation : inside) {
                    Quote quote = new Quote(quotation.inner(), QuoteKind.DIRECT, Optional.of(frame.cue()), speaker,
                            frame.addressee());
                    if (!reported.containsKey(quotation) && seen.add(key(quote))) {
                        reported.put(quotation, quote);
                        quotes.add(quote);
                    }
                }
                continue;
            }
            Span span = frame.content();
            for (Quotation quotation : inside) {
                span = new Span(Math.min(span.begin(), quotation.inner().begin()), Math.max(span.end(), quotation.inner().end()));
            }
            Quote quote = new Quote(span, inside.isEmpty() ? QuoteKind.INDIRECT : QuoteKind.MIXED, Optional.of(frame.cue()),
                    speaker, frame.addressee());
            if (seen.add(key(quote))) {
                quotes.add(quote);
                inside.forEach(quotation -> reported.putIfAbsent(quotation, quote));
            }
        }
        carryOn(parsed, quotations, reported, resolver, quotes);
        quotes.sort(Comparator.comparing(Quote::span));
        return InterruptedQuotations.join(nameDescribed(parsed, quotes, resolver));
    }

    /**
     * The spans of the quotes a frame's content gives, as {@link #assemble} makes them: each quotation's inside when
     * the content is only quotations, else the content widened to the quotations it overlaps.
     */
    static List<Span> quoteSpans(String text, List<Quotation> quotations, Span content) {
        List<Quotation> inside = overlapping(quotations, content);
        if (!inside.isEmpty() && wordsOutside(text, content, inside) == 0) {
            return inside.stream().map(Quotation::inner).toList();
        }
        Span span = content;
        for (Quotation quotation : inside) {
            span = new Span(Math.min(span.begin(), quotation.inner().begin()), Math.max(span.end(), quotation.inner().end()));
        }
        return List.of(span);
    }

    /** How many sentences after an indefinite description the person it stands for may be named. */
    static final int NAMED_LATER_SENTENCES = 3;

    /**
     * Speakers first described and named a little later: "…, a senior aide to Ukrainian President Volodymyr
     * Zelensky’s said Thursday" then "“…,” Andriy Yermak, head of Zelensky’s office, told Israeli reporters" are one
     * person (see {@link SpeakerResolver#namedLater}). The quotes of the description (and those carried on from them)
     * get the named person's entity, resolved as {@link SpeakerResolution#DESCRIPTION}.
     */
    private static List<Quote> nameDescribed(ParsedText parsed, List<Quote> quotes, SpeakerResolver resolver) {
        Map<Span, String> named = new HashMap<>();
        for (Quote quote : quotes) {
            if (quote.speaker().isEmpty() || quote.cue().isEmpty() || named.containsKey(quote.speaker().get().span())
                    || !resolver.isIndefiniteDescription(quote.speaker().get())) {
                continue;
            }
            Span description = quote.speaker().get().span();
            int sentence = parsed.sentenceAt(description.begin()).index();
            for (Quote later : quotes) {
                Optional<Speaker> speaker = later.speaker();
                if (speaker.isEmpty() || later.cue().isEmpty() || speaker.get().span().begin() <= description.end()) {
                    continue;
                }
                int distance = parsed.sentenceAt(speaker.get().span().begin()).index() - sentence;
                if (distance < 1 || distance > NAMED_LATER_SENTENCES) {
                    continue;
                }
                Span cue = later.cue().get();
                Span aside = cue.begin() > speaker.get().span().end() ? new Span(speaker.get().span().end(), cue.begin())
                        : new Span(speaker.get().span().end(), speaker.get().span().end());
                Optional<String> entity = resolver.namedLater(description, speaker.get(), aside);
                if (entity.isPresent()) {
                    named.put(description, entity.get());
                    break;
                }
            }
        }
        if (named.isEmpty()) {
            return quotes;
        }
        List<Quote> resolved = new ArrayList<>(quotes.size());
        for (Quote quote : quotes) {
            Optional<Speaker> speaker = quote.speaker().map(value -> named.containsKey(value.span())
                    ? new Speaker(value.span(), Optional.of(named.get(value.span())), value.resolution() == SpeakerResolution.PREVIOUS_QUOTE
                            ? SpeakerResolution.PREVIOUS_QUOTE : SpeakerResolution.DESCRIPTION)
                    : value);
            resolved.add(quote.withSpeaker(speaker));
        }
        return resolved;
    }

    /** Quotes for the quotations no frame reports: continuations of a nearby quote, or long unattributed quotes. */
    private static void carryOn(ParsedText parsed, List<Quotation> quotations, Map<Quotation, Quote> reported,
            SpeakerResolver resolver, List<Quote> quotes) {
        Quote last = null;
        int lastParagraph = -1;
        for (int i = 0; i < quotations.size(); i++) {
            Quotation quotation = quotations.get(i);
            Quote own = reported.get(quotation);
            if (own != null) {
                last = own;
                lastParagraph = quotation.paragraph();
                continue;
            }
            if (insideReported(quotation, reported)) {
                continue;
            }
            Quote source = null;
            if (last != null && last.kind() == QuoteKind.DIRECT && (lastParagraph == quotation.paragraph()
                    || (lastParagraph == quotation.paragraph() - 1 && opensParagraph(parsed.text(), quotation)))) {
                source = last;
            } else if (last != null && last.kind() != QuoteKind.DIRECT && last.cue().isPresent() && last.speaker().isPresent()
                    && lastParagraph == quotation.paragraph() && opensSentence(parsed, quotation)
                    && last.span().end() <= quotation.outer().begin()) {
                // "Axelrod said Obama “felt a moral obligation to do something about” climate change. “This is not just a
                // cosmetic item on his list.”": a quotation opening the next sentence of the paragraph carries on the report
                source = last;
            } else if (i + 1 < quotations.size() && quotations.get(i + 1).paragraph() == quotation.paragraph()
                    && reported.containsKey(quotations.get(i + 1)) && reported.get(quotations.get(i + 1)).kind() == QuoteKind.DIRECT) {
                source = reported.get(quotations.get(i + 1));
            }
            Quote quote;
            if (source != null) {
                quote = new Quote(quotation.inner(), QuoteKind.DIRECT, source.cue(), source.speaker().map(resolver::carryOn),
                        Optional.empty());
            } else if (words(parsed, quotation.inner()) >= MIN_UNREPORTED_WORDS && opensSentence(parsed, quotation)) {
                quote = new Quote(quotation.inner(), QuoteKind.DIRECT, Optional.empty(), Optional.empty(), Optional.empty());
            } else {
                continue;
            }
            quotes.add(quote);
            reported.put(quotation, quote);
            last = quote;
            lastParagraph = quotation.paragraph();
        }
    }

    private static boolean insideReported(Quotation quotation, Map<Quotation, Quote> reported) {
        return reported.values().stream().anyMatch(quote -> quote.span().contains(quotation.inner()));
    }

    private static boolean opensParagraph(String text, Quotation quotation) {
        int begin = quotation.outer().begin();
        return begin == 0 || text.charAt(begin - 1) == '\n';
    }

    private static boolean opensSentence(ParsedText parsed, Quotation quotation) {
        List<Token> before = parsed.tokensIn(new Span(quotation.outer().begin(), quotation.outer().begin() + 1));
        if (before.isEmpty()) {
            return false;
        }
        Token mark = before.get(0);
        return parsed.sentences().get(mark.sentence()).firstToken() == mark.index();
    }

    /**
     * The speaker of the last quote in this sentence or the one before ("…,” Maher said. Adding, “…”"), for a frame
     * whose clause has no subject of its own.
     */
    private static Optional<Speaker> lastSpeaker(List<Quote> quotes, ParsedText parsed, int sentence) {
        for (int i = quotes.size() - 1; i >= 0; i--) {
            Quote quote = quotes.get(i);
            int at = parsed.sentenceAt(quote.span().begin()).index();
            if (quote.speaker().isPresent() && at <= sentence && sentence - at <= 1) {
                return quote.speaker();
            }
        }
        return Optional.empty();
    }

    /**
     * The subject of a sentence: its first noun phrase before any verb, past an opening participle or prepositional
     * clause ("Having announced that …, Judge Berman proceeded", "In a statement, the ministry said").
     */
    private static Optional<Span> subject(ParsedText parsed, int sentenceIndex) {
        var sentence = parsed.sentences().get(sentenceIndex);
        List<Token> tokens = parsed.tokens();
        int start = afterDateline(tokens, sentence.firstToken(), sentence.endToken());
        if (start < sentence.endToken() && tokens.get(start).partOfSpeech().matches("VB[GN]|IN")) {
            for (int i = start; i < sentence.endToken(); i++) {
                if (tokens.get(i).word().equals(",")) {
                    start = i + 1;
                    break;
                }
            }
        }
        for (int i = start; i < sentence.endToken(); i++) {
            if (tokens.get(i).partOfSpeech().equals("``") || tokens.get(i).partOfSpeech().equals("''")) {
                break; // "Adding, “Now, like with all Clinton scandals …”": quoted words hold no subject of the frame
            }
            if (NounPhraseChunker.isNominal(tokens.get(i))) {
                int end = i;
                while (end + 1 < sentence.endToken() && tokens.get(end + 1).partOfSpeech().matches("NNP?S?|POS")) {
                    end++;
                }
                return NounPhraseChunker.endingAt(tokens, end, sentence.firstToken()).map(range -> range.span(tokens));
            }
            if (tokens.get(i).isVerb()) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Where a sentence starts past a dateline ("WASHINGTON — After bragging …"): capitals before a dash. */
    private static int afterDateline(List<Token> tokens, int first, int end) {
        for (int i = first; i < Math.min(end, first + DATELINE_WORDS + 1); i++) {
            String word = tokens.get(i).word();
            if (i > first && DASHES.contains(word)) {
                return i + 1;
            }
            if (!word.equals(",") && !(word.chars().anyMatch(Character::isLetter) && word.equals(word.toUpperCase(Locale.ROOT)))) {
                return first;
            }
        }
        return first;
    }

    private static List<Quotation> overlapping(List<Quotation> quotations, Span span) {
        List<Quotation> found = new ArrayList<>();
        for (Quotation quotation : quotations) {
            if (quotation.inner().overlaps(span)) {
                found.add(quotation);
            }
        }
        return found;
    }

    private static int wordsOutside(String text, Span span, List<Quotation> quotations) {
        int words = 0;
        int position = span.begin();
        for (Quotation quotation : quotations) {
            words += countWords(text, position, Math.max(position, Math.min(span.end(), quotation.outer().begin())));
            position = Math.max(position, quotation.outer().end());
        }
        words += countWords(text, position, Math.max(position, span.end()));
        return words;
    }

    private static int countWords(String text, int begin, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = begin; i < end; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static int words(ParsedText parsed, Span span) {
        return countWords(parsed.text(), span.begin(), span.end());
    }

    private static String key(Quote quote) {
        return quote.span() + "|" + quote.speaker().map(Speaker::span).map(Span::toString).orElse("");
    }
}
