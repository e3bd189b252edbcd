package org.parallax.language.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Sentence;
import org.parallax.language.text.Token;
import org.parallax.model.Span;

/**
 * Finds reporting constructions in sentences from parts of speech and lemmas: "X said (that) ...",
 * "..., X said", "..., said X", "X told KAN ...", "X, head of Y, told ...", "..., adding that ...",
 * "according to X, ...", "X dismissed reports that ...", "X added: ...".
 *
 * <p>Hand-written patterns rather than a dependency parse: they cover the constructions news uses for
 * attribution, run in microseconds per sentence, and keep the layer within its speed budget without
 * CoreNLP's dependency parser (see docs/quality-attribution.md for the measured effect).
 */
final class FrameFinder {

    private static final Set<String> SKIP_BEFORE_CUE = Set.of("be", "have", "do", "will", "would", "go", "also", "reportedly",
            "as", "quote", "to", "on", "later", "then", "again", "further", "previously", "earlier", "recently", "repeatedly",
            "publicly", "privately", "not", "n't", "never", "however", "just", "first", "once", "still", "even");
    private static final Set<String> CLOSING = Set.of("''", ",", ":", "-RRB-", "--", "—");
    private static final Set<String> TRAILING = Set.of(".", ",", ";", ":", "!", "?", "--", "—");
    private static final Set<String> BARE_CLAUSE = Set.of("believe", "think", "feel", "hope", "fear", "expect", "worry",
            "doubt", "know", "reckon", "guess", "suspect");
    private static final int THAT_WINDOW = 10;
    private static final int APPOSITIVE_WINDOW = 15;

    private final ParsedText parsed;
    private final List<Token> tokens;
    private final boolean[] quoted;
    private final List<Quotation> quotations;

    private FrameFinder(ParsedText parsed, List<Quotation> quotations) {
        this.parsed = parsed;
        this.tokens = parsed.tokens();
        this.quotations = quotations;
        this.quoted = new boolean[tokens.size()];
        int q = 0;
        for (Token token : tokens) {
            while (q < quotations.size() && quotations.get(q).inner().end() <= token.span().begin()) {
                q++;
            }
            quoted[token.index()] = q < quotations.size() && quotations.get(q).inner().contains(token.span());
        }
    }

    /** The frames of a parsed text, in text order of their cues. */
    static List<Frame> find(ParsedText parsed, List<Quotation> quotations) {
        FrameFinder finder = new FrameFinder(parsed, quotations);
        List<Frame> frames = new ArrayList<>();
        for (Sentence sentence : parsed.sentences()) {
            finder.sentence(sentence, frames);
        }
        return frames;
    }

    private void sentence(Sentence sentence, List<Frame> frames) {
        int floor = sentence.firstToken();
        int ceiling = sentence.endToken();
        for (int i = floor; i < ceiling; i++) {
            Token token = tokens.get(i);
            if (quoted[i]) {
                continue;
            }
            if (lower(token).equals("according") && i + 1 < ceiling && lower(tokens.get(i + 1)).equals("to")) {
                according(sentence, i).ifPresent(frames::add);
            } else if (token.isVerb()) {
                Optional<CueClass> cueClass = CueLexicon.classOf(token.lemma());
                if (cueClass.isPresent() && !isPassiveOrAttributive(i, floor)) {
                    verb(sentence, i, cueClass.get()).ifPresent(frames::add);
                }
            }
        }
    }

    private Optional<Frame> according(Sentence sentence, int cue) {
        int floor = sentence.firstToken();
        int ceiling = sentence.endToken();
        Optional<TokenRange> source = NounPhraseChunker.startingAt(tokens, cue + 2, ceiling);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Span cueSpan = new TokenRange(cue, cue + 2).span(tokens);
        boolean atStart = true;
        for (int i = floor; i < cue; i++) {
            String tag = tokens.get(i).partOfSpeech();
            if (!(tag.equals("CC") || tag.startsWith("RB") || tag.equals(",") || tag.equals("``"))) {
                atStart = false;
            }
        }
        Optional<Span> content = atStart
                ? region(source.get().end(), ceiling)
                : region(floor, cue);
        return content.map(span -> new Frame(cueSpan, Optional.of(source.get().span(tokens)), false, span, Optional.empty(),
                sentence.index()));
    }

    private Optional<Frame> verb(Sentence sentence, int cue, CueClass cueClass) {
        int floor = sentence.firstToken();
        int ceiling = sentence.endToken();
        int cueEnd = cue + 1;
        if (cueEnd < ceiling && tokens.get(cueEnd).partOfSpeech().equals("RP")) {
            cueEnd++; // "pointed out"
        }
        int j = cue - 1;
        while (j >= floor && !quoted[j] && skippable(tokens.get(j))) {
            if (tokens.get(j).partOfSpeech().equals("TO") && !(j - 1 >= floor
                    && (tokens.get(j - 1).isVerb() || tokens.get(j - 1).partOfSpeech().equals("RP")))) {
                break;
            }
            j--;
        }
        Optional<TokenRange> source = Optional.empty();
        int boundary = -1;
        if (j >= floor && !quoted[j]) {
            Token left = tokens.get(j);
            if (left.partOfSpeech().equals("WP") && j - 2 >= floor && tokens.get(j - 1).word().equals(",")) {
                source = NounPhraseChunker.endingAt(tokens, j - 2, floor);
            } else if (left.word().equals(",")) {
                source = appositiveHead(j, floor);
            } else {
                source = NounPhraseChunker.endingAt(tokens, j, floor);
            }
            if (source.isPresent()) {
                boundary = source.get().first() - 1;
            }
        }
        boolean inverted = false;
        String tag = tokens.get(cue).partOfSpeech();
        if (source.isEmpty() && (tag.equals("VBD") || tag.equals("VBZ")) && cueClass != CueClass.ATTITUDE && (j < floor || closing(tokens.get(j)) || quoted[j])) {
            source = NounPhraseChunker.startingAt(tokens, cueEnd, ceiling);
            inverted = source.isPresent();
            boundary = j;
        }
        if (source.isEmpty() && !(tag.equals("VBG") && cue > floor && (tokens.get(cue - 1).word().equals(",")
                || tokens.get(cue - 1).partOfSpeech().equals("''")))) {
            return Optional.empty();
        }
        boolean afterComma = source.isPresent() && boundary >= floor
                && (closing(tokens.get(boundary)) || quoted[boundary]);
        Optional<Span> left = inverted || afterComma ? region(floor, boundary + 1) : Optional.empty();
        Optional<Span> addressee = Optional.empty();
        int start = cueEnd;
        if (inverted) {
            start = source.get().end();
        } else if (cueClass == CueClass.ADDRESSED_SPEECH && start < ceiling && !lower(tokens.get(start)).equals("that")) {
            Optional<TokenRange> object = NounPhraseChunker.startingAt(tokens, start, ceiling);
            if (object.isPresent()) {
                addressee = Optional.of(object.get().span(tokens));
                start = object.get().end();
            }
        }
        int clause = clauseStart(start, ceiling);
        Optional<Span> right = Optional.empty();
        if (clause >= 0 || cueClass != CueClass.ATTITUDE
                || (BARE_CLAUSE.contains(tokens.get(cue).lemma()) && startsClause(start, ceiling))) {
            start = Math.max(start, clause);
            right = region(start, contentEnd(start, ceiling));
            if (right.isEmpty() && tokens.get(ceiling - 1).word().equals(":")) {
                right = quotationAfter(sentence.span().end());
            }
        }
        Optional<Span> content;
        boolean quotedBefore = boundary >= floor && (tokens.get(boundary).partOfSpeech().equals("''") || quoted[boundary]);
        boolean leftIsClause = left.isPresent() && (quotedBefore || hasFiniteVerb(floor, boundary));
        // What is said on the left of a cue must be a clause (or quoted words): "On 20 October, Lapid held
        // talks" reports nothing, while "The war must end, he said" does.
        boolean leftSays = left.isPresent() && (inverted || leftIsClause);
        if (leftSays && clause < 0) {
            content = left;
        } else if (right.isPresent() && !inverted) {
            content = right;
        } else if (leftSays) {
            content = left;
        } else {
            content = Optional.empty();
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Span cueSpan = new TokenRange(cue, cueEnd).span(tokens);
        Optional<Span> sourceSpan = source.map(range -> range.span(tokens));
        return Optional.of(new Frame(cueSpan, sourceSpan, sourceSpan.isEmpty(), content.get(), addressee, sentence.index()));
    }

    /** "Andriy Yermak, head of Zelensky’s office, told": the name before a verbless aside set off by commas. */
    private Optional<TokenRange> appositiveHead(int comma, int floor) {
        for (int k = comma - 1; k >= Math.max(floor, comma - APPOSITIVE_WINDOW); k--) {
            Token token = tokens.get(k);
            if (quoted[k] || token.partOfSpeech().matches("VB[DZP]|MD|``|''")) {
                return Optional.empty();
            }
            if (token.word().equals(",")) {
                return k == comma - 1 ? Optional.empty() : NounPhraseChunker.endingAt(tokens, k - 1, floor);
            }
        }
        return Optional.empty();
    }

    /** Where a "that"- or colon-clause starts within a few verbless tokens after the cue ("said on Friday that"), or -1. */
    private int clauseStart(int start, int ceiling) {
        for (int r = start; r < Math.min(ceiling, start + THAT_WINDOW); r++) {
            Token token = tokens.get(r);
            String word = lower(token);
            if (word.equals("that") || word.equals(":")) {
                return r + 1;
            }
            if (token.isVerb() || quoted[r] || word.equals(",") || token.partOfSpeech().equals("``")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a finite clause starts at {@code start}: a subject-like word and a finite verb before any comma. */
    private boolean startsClause(int start, int ceiling) {
        if (start >= ceiling) {
            return false;
        }
        if (quoted[start] || tokens.get(start).partOfSpeech().equals("``")) {
            return true;
        }
        if (!NounPhraseChunker.isNominal(tokens.get(start)) && !tokens.get(start).partOfSpeech().matches("DT|JJ|PRP\\$|CD")) {
            return false;
        }
        for (int r = start + 1; r < Math.min(ceiling, start + 8); r++) {
            Token token = tokens.get(r);
            if (token.partOfSpeech().matches("VB[DZP]|MD")) {
                return true;
            }
            if (token.word().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** The end of a right-hand content: the sentence's end, or before ", adding ..." or ", according to ...". */
    private int contentEnd(int start, int ceiling) {
        for (int r = start; r + 1 < ceiling; r++) {
            if (!quoted[r] && lower(tokens.get(r)).equals("according") && lower(tokens.get(r + 1)).equals("to") && r > start) {
                return r;
            }
            boolean pause = !quoted[r] && (tokens.get(r).word().equals(",") || tokens.get(r).partOfSpeech().equals("''"));
            if (!pause) {
                continue;
            }
            Token next = tokens.get(r + 1);
            boolean participleCue = next.partOfSpeech().equals("VBG") && CueLexicon.classOf(next.lemma()).isPresent();
            if (participleCue || lower(next).equals("according")) {
                return r;
            }
        }
        return ceiling;
    }

    /** The characters of tokens {@code [first, end)} less punctuation at their edges, if any word is left. */
    private Optional<Span> region(int first, int end) {
        while (first < end && TRAILING.contains(tokens.get(first).word())) {
            first++;
        }
        while (end > first && TRAILING.contains(tokens.get(end - 1).word())) {
            end--;
        }
        int words = 0;
        for (int i = first; i < end; i++) {
            if (Character.isLetterOrDigit(tokens.get(i).word().codePointAt(0))) {
                words++;
            }
        }
        if (words < 2 && !(words == 1 && (quoted[first] || quoted[end - 1]))) {
            return Optional.empty();
        }
        return Optional.of(new TokenRange(first, end).span(tokens));
    }

    private boolean hasFiniteVerb(int first, int end) {
        for (int i = first; i < end; i++) {
            if (tokens.get(i).partOfSpeech().matches("VB[DZP]|MD")) {
                return true;
            }
        }
        return false;
    }

    /** The quotation opening right after a sentence that ends in a colon ("Koren added:" then a quoted paragraph). */
    private Optional<Span> quotationAfter(int offset) {
        String text = parsed.text();
        for (Quotation quotation : quotations) {
            if (quotation.outer().begin() >= offset) {
                boolean adjacent = text.substring(offset, quotation.outer().begin()).isBlank();
                return adjacent ? Optional.of(quotation.inner()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private boolean isPassiveOrAttributive(int cue, int floor) {
        Token token = tokens.get(cue);
        if (cue > floor && tokens.get(cue - 1).partOfSpeech().equals("DT")) {
            return true; // "the said", "a report"
        }
        if (!token.partOfSpeech().equals("VBN")) {
            return false;
        }
        int j = cue - 1;
        while (j >= floor && tokens.get(j).partOfSpeech().startsWith("RB")) {
            j--;
        }
        // "has said" reports; "was told", "when asked", "repeated warnings" do not
        return j < floor || !tokens.get(j).lemma().equals("have");
    }

    private static boolean closing(Token token) {
        return CLOSING.contains(token.word()) || token.partOfSpeech().equals("''");
    }

    private static boolean skippable(Token token) {
        String tag = token.partOfSpeech();
        return tag.startsWith("RB") || tag.equals("MD") || SKIP_BEFORE_CUE.contains(token.lemma().toLowerCase(Locale.ROOT))
                || SKIP_BEFORE_CUE.contains(lower(token));
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
