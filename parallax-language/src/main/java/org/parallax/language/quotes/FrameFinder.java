package org.parallax.language.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parallax.language.text.NamedEntity;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Sentence;
import org.parallax.language.text.Token;
import org.parallax.model.EntityType;
import org.parallax.model.Span;

/**
 * Finds reporting constructions in sentences from parts of speech and lemmas: "X said (that) ...",
 * "..., X said", "..., said X", "X told KAN ...", "X, head of Y, told ...", "Title, Name, said ...",
 * "..., X went on to say", "..., adding that ...", "according to X, ...", "X dismissed reports that ...",
 * "X added: ...", "X warned Y of Z", "X slammed Y as “…”".
 *
 * <p>Rules that keep wrong words out of a frame:
 * <ul>
 *   <li>"according to X" gives no frame of its own when what it qualifies has a speech verb with its own subject
 *       ("…, a senior aide said Thursday according to the Haaretz daily"): that subject is the speaker.</li>
 *   <li>A clause of time right after the cue ("Bennett asked Putin when they met in October, and …") is the
 *       cue's occasion, not what was said; a "that"-clause after it is ("told Biden when they spoke that …").
 *       "When" with a modal ("asked X when he would …") is a question and is reported.</li>
 *   <li>"warned (X) of / about / against Y": Y is the content and X the addressee.</li>
 *   <li>Verbs of judging ("slammed … as “…”", "called … “…”", "branded …") report only with quoted words after
 *       them: the partial quote is the subject's.</li>
 * </ul>
 *
 * <p>With a {@link CueModel}, the cues the model finds and no rule frame has (stances, evaluations, plans, noun
 * cues, headline colons: "wants to", "endorsed", "criticism of") get frames of their own, read as the rules read a
 * speech verb (see {@link #modelFrames}).
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
    private static final Set<String> TOPIC = Set.of("of", "about", "against");
    private static final Set<String> QUESTION_OPENERS = Set.of("when", "if", "once", "after", "while");
    private static final Set<String> QUESTION_VERBS = Set.of("ask", "question", "press", "quiz");
    private static final Set<String> TIME_CLAUSE = Set.of("while", "after", "before", "since", "until", "once");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "can", "could", "may", "might");
    private static final int THAT_WINDOW = 10;
    private static final int APPOSITIVE_WINDOW = 15;
    private static final int LONG_ASIDE_WINDOW = 40;

    private final ParsedText parsed;
    private final List<Token> tokens;
    private final boolean[] quoted;
    private final boolean[] closingMark;
    private final boolean[] openingMark;
    private final List<Quotation> quotations;
    private final boolean[] modelCues;

    private FrameFinder(ParsedText parsed, List<Quotation> quotations, Optional<CueModel> model) {
        this.parsed = parsed;
        this.tokens = parsed.tokens();
        this.quotations = quotations;
        this.quoted = CueFeatures.quotedTokens(parsed, quotations);
        this.modelCues = model.map(this::modelCues).orElseGet(() -> new boolean[tokens.size()]);
        // The tagger reads a straight closing mark after a comma ("united," Renzi said) as an opening one (``).
        // Two apostrophes open a quotation in plain-text news (''We will win,'' he said) with the closing mark's tag.
        this.closingMark = new boolean[tokens.size()];
        this.openingMark = new boolean[tokens.size()];
        for (Quotation quotation : quotations) {
            parsed.tokensIn(new Span(quotation.outer().begin(), quotation.inner().begin()))
                    .forEach(token -> openingMark[token.index()] = true);
            if (quotation.closed()) {
                parsed.tokensIn(new Span(quotation.outer().end() - 1, quotation.outer().end()))
                        .forEach(token -> closingMark[token.index()] = true);
            }
        }
    }

    /** The frames of a parsed text found by the hand-written rules alone, in text order of their cues. */
    static List<Frame> find(ParsedText parsed, List<Quotation> quotations) {
        return find(parsed, quotations, Optional.empty());
    }

    /**
     * The frames of a parsed text: those of the rules, then, with a cue model, those of the cues the model finds
     * that no rule frame has (see {@link #modelFrames}).
     */
    static List<Frame> find(ParsedText parsed, List<Quotation> quotations, Optional<CueModel> model) {
        FrameFinder finder = new FrameFinder(parsed, quotations, model);
        List<Frame> frames = new ArrayList<>();
        for (Sentence sentence : parsed.sentences()) {
            finder.sentence(sentence, frames);
        }
        return frames;
    }

    private void sentence(Sentence sentence, List<Frame> frames) {
        int floor = sentence.firstToken();
        int ceiling = sentence.endToken();
        List<Frame> found = new ArrayList<>();
        List<Frame> citations = new ArrayList<>();
        List<Span> namedSpeech = new ArrayList<>();
        for (int i = floor; i < ceiling; i++) {
            Token token = tokens.get(i);
            if (quoted[i]) {
                continue;
            }
            if (lower(token).equals("according") && i + 1 < ceiling && lower(tokens.get(i + 1)).equals("to")) {
                according(sentence, i).ifPresent(frame -> {
                    found.add(frame);
                    citations.add(frame);
                });
            } else if (token.isVerb()) {
                Optional<CueClass> cueClass = CueLexicon.classOf(token.lemma());
                if (cueClass.isPresent() && !isPassiveOrAttributive(i, floor)) {
                    verb(sentence, i, particleEnd(i, ceiling), cueClass.get()).ifPresent(frame -> {
                        found.add(frame);
                        if (cueClass.get() != CueClass.ATTITUDE && frame.source().isPresent()) {
                            namedSpeech.add(frame.cue());
                        }
                    });
                }
            }
        }
        for (Frame frame : found) {
            if (!(citations.contains(frame) && citesSpeech(frame, namedSpeech))) {
                frames.add(frame);
            }
        }
        modelFrames(sentence, found, frames);
    }

    /** Which tokens the cue model takes for (part of) a cue. */
    private boolean[] modelCues(CueModel model) {
        boolean[] cues = new boolean[tokens.size()];
        CueFeatures features = CueFeatures.over(parsed, quoted);
        for (int i = 0; i < cues.length; i++) {
            // quoted words and the rules' speech verbs are never the model's: their features are not even made
            cues[i] = !quoted[i] && !isSpeechVerb(tokens.get(i)) && model.isCue(features.of(tokens.get(i)));
        }
        return cues;
    }

    /**
     * Whether the rules own a token: a finite verb of speech, telling or warning from the lexicon. Where the rules read
     * such a verb as reporting nothing ("Bennett asked Putin when they met", "When asked if …, Koren answered"), that
     * is a decision, not a miss; the forms they pass over ("Adding, …", "as if to say") are left to the model.
     */
    private static boolean isSpeechVerb(Token token) {
        Optional<CueClass> cueClass = CueLexicon.classOf(token.lemma());
        return token.isVerb() && !token.partOfSpeech().matches("VBG?") && cueClass.isPresent()
                && cueClass.get() != CueClass.ATTITUDE && cueClass.get() != CueClass.EVALUATION;
    }

    /**
     * Frames for the cues the model finds and no rule frame of the sentence has: each run of cue tokens is one cue
     * ("called for", "'s been ratcheting up his critique of"). A run with a verb is read as the rules read a speech
     * verb (its subject the source, what follows it, or the clause before it, the content); a run without one
     * ("criticism of", a headline's colon) has the possessive or noun phrase right before it as its source and what
     * follows it as content. A cue with no subject of its own inherits the subject of its sentence, or the speaker
     * of the quote before it.
     */
    private void modelFrames(Sentence sentence, List<Frame> ruleFrames, List<Frame> frames) {
        int floor = sentence.firstToken();
        int ceiling = sentence.endToken();
        for (int first = floor; first < ceiling; first++) {
            if (!modelCues[first]) {
                continue;
            }
            int end = first + 1;
            while (end < ceiling && modelCues[end]) {
                end++;
            }
            Span cue = new TokenRange(first, end).span(tokens);
            if (headsCue(first, end) && ruleFrames.stream().noneMatch(frame -> frame.cue().overlaps(cue) || extendsCue(frame, cue)
                    || frame.source().filter(source -> source.overlaps(cue)).isPresent())) {
                modelFrame(sentence, first, end).flatMap(frame -> clipped(frame, ruleFrames)).ifPresent(frames::add);
            }
            first = end - 1;
        }
    }

    /**
     * A model frame's content less what a rule frame after its cue has as source or cue, and all after: in "Bennett
     * offered to act as a mediator …, a statement from the Kremlin said", what Bennett offered ends before "a
     * statement". Empty content (fewer than two words left) drops the frame.
     */
    private Optional<Frame> clipped(Frame frame, List<Frame> ruleFrames) {
        int end = frame.content().end();
        for (Frame rule : ruleFrames) {
            int start = rule.source().map(source -> Math.min(source.begin(), rule.cue().begin())).orElse(rule.cue().begin());
            if (start > frame.content().begin() && start < end) {
                end = start;
            }
        }
        if (end == frame.content().end()) {
            return Optional.of(frame);
        }
        List<Token> kept = parsed.tokensIn(new Span(frame.content().begin(), end));
        Optional<Span> content = kept.isEmpty() ? Optional.empty()
                : region(kept.get(0).index(), kept.get(kept.size() - 1).index() + 1);
        return content.map(span -> new Frame(frame.cue(), frame.source(), frame.inherited(), span, frame.addressee(),
                frame.sentence(), frame.trained()));
    }

    /**
     * Whether a model cue stands between a rule frame's cue and the content after it: "expressed his hope that …" is
     * one cue, the rules' "expressed".
     */
    private static boolean extendsCue(Frame frame, Span cue) {
        return frame.cue().end() <= cue.begin() && cue.end() <= frame.content().begin();
    }

    /**
     * Whether a run of model cue tokens can head a cue: it holds a verb, noun or adjective, or is a colon (a
     * headline's "Pat Caddell: …"); prepositions ("in", "for") or auxiliaries ("have" before the rules' "criticized")
     * alone are the edge of a cue the model or the rules have elsewhere.
     */
    private boolean headsCue(int first, int end) {
        if (end - first == 1 && tokens.get(first).word().equals(":")) {
            return true;
        }
        for (int i = first; i < end; i++) {
            if (tokens.get(i).partOfSpeech().matches("VB.?|NNS?|JJ.?") && !AUXILIARIES.contains(tokens.get(i).lemma())) {
                return true;
            }
        }
        return false;
    }

    private Optional<Frame> modelFrame(Sentence sentence, int first, int end) {
        int floor = sentence.firstToken();
        int ceiling = sentence.endToken();
        Span cue = new TokenRange(first, end).span(tokens);
        int head = first;
        while (head < end && !tokens.get(head).isVerb()) {
            head++;
        }
        boolean participleClause = head < end && head > floor && tokens.get(head).partOfSpeech().equals("VBG")
                && tokens.get(head - 1).word().equals(",");
        if (head < end && !participleClause) {
            Optional<Frame> frame = verb(sentence, head, Math.max(end, particleEnd(head, ceiling)), CueClass.SPEECH);
            if (frame.isPresent()) {
                Frame found = frame.get();
                return Optional.of(new Frame(cue, found.source(), found.inherited(), found.content(), found.addressee(),
                        found.sentence(), true));
            }
        }
        Optional<TokenRange> source = Optional.empty();
        int before = first - 1;
        while (before >= floor && !quoted[before] && (tokens.get(before).partOfSpeech().matches("JJ.?|RB.?|MD")
                || (head == end && AUXILIARIES.contains(tokens.get(before).lemma())))) {
            before--; // "his recent call for", "Her repeated insistence that", "Cruz has been acutely aware that"
        }
        int j = before;
        if (participleClause) {
            source = Optional.empty(); // "…, echoing his public comments": the participle's subject is the clause's
        } else if (j >= floor && !quoted[j] && tokens.get(j).partOfSpeech().equals("POS")) {
            source = NounPhraseChunker.endingAt(tokens, j - 1, floor).map(range -> owner(range, j + 1));
        } else if (head == end && j >= floor && !quoted[j] && tokens.get(j).partOfSpeech().equals("PRP$")) {
            source = Optional.of(new TokenRange(j, j + 1)); // "his insistence that …": the owner of the stance
        } else if (head == end && j >= floor && !quoted[j]) {
            source = NounPhraseChunker.endingAt(tokens, j, floor);
        }
        Optional<Span> content = region(end, contentEnd(end, ceiling));
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Optional<Span> sourceSpan = source.map(range -> range.span(tokens));
        boolean inherited = sourceSpan.isEmpty();
        return Optional.of(new Frame(cue, sourceSpan, inherited, content.get(), Optional.empty(), sentence.index(), true));
    }

    /**
     * The owner of a noun cue, up to its possessive marker, without what it hangs on: in "a preview of Putin’s claim"
     * the owner is "Putin’s", not "a preview of Putin’s".
     */
    private TokenRange owner(TokenRange phrase, int end) {
        int first = phrase.first();
        for (int i = phrase.first(); i < end - 1; i++) {
            if (tokens.get(i).partOfSpeech().matches("IN|TO")) {
                first = i + 1;
            }
        }
        return new TokenRange(first, end);
    }

    /** The end of a cue verb at {@code cue}, with the particle after it ("pointed out"). */
    private int particleEnd(int cue, int ceiling) {
        return cue + 1 < ceiling && tokens.get(cue + 1).partOfSpeech().equals("RP") ? cue + 2 : cue + 1;
    }

    /**
     * Whether an "according to X" frame cites a report that names its own speaker: in "…, a senior aide to the
     * president said Thursday according to the Haaretz daily" or "According to the Financial Times, the bank’s
     * chairman said …" the speech verb's subject is the speaker, and X only the outlet that carried the words.
     */
    private static boolean citesSpeech(Frame citation, List<Span> namedSpeech) {
        return namedSpeech.stream().anyMatch(cue -> citation.content().contains(cue));
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

    private Optional<Frame> verb(Sentence sentence, int cue, int cueEnd, CueClass cueClass) {
        int floor = sentence.firstToken();
        int ceiling = sentence.endToken();
        int j = cue - 1;
        while (j >= floor && !quoted[j]) {
            if (isCommaAside(j, floor)) {
                j -= 3; // "He did, however, criticize": an adverb between commas
                continue;
            }
            if (!skippable(tokens.get(j))) {
                break;
            }
            if (tokens.get(j).partOfSpeech().equals("TO") && !leadsToInfinitive(j - 1, floor)) {
                break;
            }
            j--;
        }
        Optional<TokenRange> source = Optional.empty();
        int boundary = -1;
        if (j >= floor && !quoted[j]) {
            Token left = tokens.get(j);
            int relative = j;
            if (left.partOfSpeech().matches("WP|WDT") && j - 2 >= floor && tokens.get(j - 1).word().equals(",")) {
                // "host Bill Maher, who has previously dismissed …": the speaker's words run to the relative pronoun,
                // which stands for the name before it
                source = NounPhraseChunker.endingAt(tokens, j - 2, floor).map(range -> new TokenRange(range.first(), relative + 1));
            } else if (left.word().equals(",")) {
                int comma = j;
                source = appositiveHead(comma, floor).or(() -> longAsideHead(comma, floor));
            } else if (left.partOfSpeech().equals("POS") && isDanglingPossessive(j, cue, floor, ceiling)) {
                source = NounPhraseChunker.endingAt(tokens, j - 1, floor).map(range -> new TokenRange(range.first(), cue));
            } else {
                source = NounPhraseChunker.endingAt(tokens, j, floor);
                source = source.map(phrase -> restrictiveAntecedent(phrase, floor).orElse(phrase));
            }
            if (source.isPresent()) {
                boundary = source.get().first() - 1;
            }
        }
        boolean inverted = false;
        String tag = tokens.get(cue).partOfSpeech();
        if (source.isEmpty() && (tag.equals("VBD") || tag.equals("VBZ")) && cueClass != CueClass.ATTITUDE && (j < floor || closing(j) || quoted[j])) {
            source = NounPhraseChunker.startingAt(tokens, cueEnd, ceiling);
            inverted = source.isPresent();
            boundary = j;
        }
        if (source.isEmpty() && !(tag.equals("VBG") && cue > floor && (tokens.get(cue - 1).word().equals(",")
                || closesQuotation(cue - 1)))) {
            return Optional.empty();
        }
        boolean afterComma = source.isPresent() && boundary >= floor
                && (closing(boundary) || quoted[boundary]);
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
        } else if (cueClass == CueClass.WARNING) {
            Optional<TokenRange> object = NounPhraseChunker.startingAt(tokens, start, ceiling);
            int afterObject = object.map(TokenRange::end).orElse(start);
            int topic = topicStart(afterObject, ceiling);
            if (object.isPresent() && (topic >= 0 || (afterObject < ceiling && lower(tokens.get(afterObject)).equals("that")))) {
                addressee = Optional.of(object.get().span(tokens));
                start = afterObject;
            }
            if (topic >= 0) {
                start = topic;
            }
        }
        boolean adverbial = !inverted && opensAdverbialClause(start, ceiling);
        int clause = adverbial ? clauseAfterAdverbial(start, ceiling) : clauseStart(start, ceiling);
        // "Bennett asked Putin when they met in October, and …": the clause of time is the cue's, nothing follows it
        boolean nothingReported = adverbial && clause < 0 && adverbialEndsReport(start, ceiling);
        Optional<Span> right = Optional.empty();
        if (!nothingReported && (clause >= 0 || cueClass != CueClass.ATTITUDE
                || (BARE_CLAUSE.contains(tokens.get(cue).lemma()) && startsClause(start, ceiling)))) {
            start = Math.max(start, clause);
            right = region(start, contentEnd(start, ceiling));
            if (right.isEmpty() && tokens.get(ceiling - 1).word().equals(":")) {
                right = quotationAfter(sentence.span().end());
            }
        }
        Optional<Span> content;
        if (cueClass == CueClass.EVALUATION) {
            // "slammed the criticism as “100% fake news and lies”": the judgement holds the subject's quoted words
            Span judging = new TokenRange(cue, cueEnd).span(tokens);
            Optional<Span> judge = source.map(range -> range.span(tokens));
            return right.filter(this::holdsQuotation).map(span -> new Frame(judging, judge, judge.isEmpty(), span,
                    Optional.empty(), sentence.index()));
        }
        boolean quotedBefore = boundary >= floor && (closesQuotation(boundary) || quoted[boundary]);
        boolean finiteBefore = hasFiniteVerb(floor, boundary);
        boolean leftIsClause = left.isPresent() && !opensWithQuestionPut(floor, boundary)
                && ((quotedBefore && !opensWithPreposition(floor, boundary)) || finiteBefore);
        // What is said on the left of a cue must be a clause (or quoted words): "On 20 October, Lapid held
        // talks" reports nothing, nor does "On Tuesday’s episode of “The Morning Show,” she said she …",
        // while "The war must end, he said" does.
        // "When he took the stage …, at a theater in Winterset, he said the key …": words before the speaker that are only
        // adverbials (of time, place, condition) are the occasion when the cue has words of its own after it.
        boolean leftSays = left.isPresent() && (inverted || leftIsClause)
                && !(right.isPresent() && !inverted && onlyAdverbials(floor, boundary));
        // "“We are in a critical situation,” Merkel told reporters after the meeting that was held on a boat":
        // words after "that" with no subject are a relative clause, not what was said.
        boolean rightIsClause = right.isPresent() && !startsWithFiniteVerb(right.get());
        // "“Why would you cozy up to George W. Bush?” Lichtman said about McCain's effort …": the sentence splitter ends
        // the sentence at the quotation's question mark, so the quotation the speaker's words open after is the report
        // (the quotation's closing mark may open the sentence: "“Do you want to be associated with a fascist?“ he asked")
        int opening = floor;
        while (opening < cue && closesQuotation(opening)) {
            opening++;
        }
        boolean opensSentence = inverted ? j < opening : source.isPresent() && source.get().first() == opening;
        Optional<Span> quotedJustBefore = opensSentence && region(floor, opening).isEmpty() && cueClass != CueClass.ATTITUDE
                && (inverted || right.isEmpty() || (clause < 0 && onlyCircumstances(start, ceiling)))
                ? quotationJustBefore(tokens.get(opening).span().begin()) : Optional.empty();
        if (quotedJustBefore.isPresent()) {
            content = quotedJustBefore;
        } else if (leftSays && (clause < 0 || !rightIsClause)) {
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

    /**
     * The speaker before a verbless aside set off by commas. "Andriy Yermak, head of Zelensky’s office, told": the
     * name before the aside. "Ukrainian President, Volodymyr Zelensky, confirmed", "Its chief executive, Jane Doe,
     * said": the aside is a person's name (a PERSON named entity, exactly) naming the title or description before
     * it, so the speaker is the title and the name together.
     */
    private Optional<TokenRange> appositiveHead(int comma, int floor) {
        for (int k = comma - 1; k >= Math.max(floor, comma - APPOSITIVE_WINDOW); k--) {
            Token token = tokens.get(k);
            if (quoted[k] || token.partOfSpeech().matches("VB[DZP]|MD|``|''")) {
                return Optional.empty();
            }
            if (token.word().equals(",")) {
                if (k == comma - 1) {
                    return Optional.empty();
                }
                Optional<TokenRange> head = NounPhraseChunker.endingAt(tokens, k - 1, floor);
                if (head.isPresent() && isPersonName(k + 1, comma) && !isPersonName(head.get().first(), k)
                        && !inPersonName(k - 1)) {
                    return Optional.of(new TokenRange(head.get().first(), comma));
                }
                return head;
            }
        }
        return Optional.empty();
    }

    /**
     * The speaker before an aside set off by commas that {@link #appositiveHead} does not take: one with a relative
     * clause ("Oliver K. Hedge, who appraises golf course properties for …, said the golf industry …", "Geoff Garin, a
     * Democratic pollster who advises …, said"), commas of its own ("Jimmy Ghazal, 39, a Lebanese man visiting Nice,
     * told"), more words than an appositive's, or a parenthesis before the comma ("Sen. Jack Reed (D-R.I.), said").
     * Each finite verb of the aside must follow a relative pronoun of it (else the comma ends a clause: "The war must
     * end, he said"), and the phrase before the aside must open its clause (the sentence start, a comma or a
     * conjunction before it). Without this, the phrase after the verb was taken for an inverted speaker and the
     * person with the aside for what was said.
     */
    private Optional<TokenRange> longAsideHead(int comma, int floor) {
        if (comma - 1 >= floor && tokens.get(comma - 1).partOfSpeech().equals("-RRB-")) {
            for (int k = comma - 2; k >= Math.max(floor, comma - APPOSITIVE_WINDOW); k--) {
                if (quoted[k] || tokens.get(k).partOfSpeech().equals("-RRB-")) {
                    return Optional.empty();
                }
                if (tokens.get(k).partOfSpeech().equals("-LRB-")) {
                    return NounPhraseChunker.endingAt(tokens, k - 1, floor).filter(head -> opensClause(head.first(), floor))
                            .map(head -> new TokenRange(head.first(), comma));
                }
            }
            return Optional.empty();
        }
        for (int k = comma - 2; k >= Math.max(floor, comma - LONG_ASIDE_WINDOW); k--) {
            if (quoted[k] || tokens.get(k).partOfSpeech().matches("``|''")) {
                return Optional.empty();
            }
            if (tokens.get(k).word().equals(",") && isRelativeAside(k + 1, comma)) {
                Optional<TokenRange> head = NounPhraseChunker.endingAt(tokens, k - 1, floor)
                        .filter(range -> opensClause(range.first(), floor) && tokens.get(range.end() - 1).isNoun());
                if (head.isPresent()) {
                    return head;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The phrase a relative clause without commas qualifies, when the cue's phrase ends that clause: "Current and
     * former officials who spoke with The Huffington Post said …" is said by the officials, not the Post. The clause
     * opens with "who" and holds a finite verb before the cue's phrase ("voters who Trump said were …" has none: Trump
     * speaks), and the phrase before "who" opens its clause.
     */
    private Optional<TokenRange> restrictiveAntecedent(TokenRange phrase, int floor) {
        boolean verb = false;
        for (int k = phrase.first() - 1; k >= Math.max(floor, phrase.first() - APPOSITIVE_WINDOW); k--) {
            Token token = tokens.get(k);
            if (quoted[k] || token.word().equals(",") || token.partOfSpeech().matches("``|''|CC|:")) {
                return Optional.empty();
            }
            if (token.partOfSpeech().equals("WP")) {
                if (!verb) {
                    return Optional.empty();
                }
                return NounPhraseChunker.endingAt(tokens, k - 1, floor)
                        .filter(head -> opensClause(head.first(), floor) && tokens.get(head.end() - 1).isNoun());
            }
            verb |= token.partOfSpeech().matches("VB[DZP]|MD");
        }
        return Optional.empty();
    }

    /** Whether each finite verb of tokens {@code [first, end)} follows a relative pronoun among them. */
    private boolean isRelativeAside(int first, int end) {
        boolean relative = false;
        for (int k = first; k < end; k++) {
            String tag = tokens.get(k).partOfSpeech();
            if (tag.matches("WP|WDT")) {
                relative = true;
            } else if (tag.matches("VB[DZP]|MD") && !relative) {
                return false;
            }
        }
        return true;
    }

    /** Whether a phrase starting at {@code first} opens its clause: the sentence start, a comma or a conjunction before it. */
    private boolean opensClause(int first, int floor) {
        return first == floor || tokens.get(first - 1).word().equals(",") || tokens.get(first - 1).partOfSpeech().equals("CC");
    }

    /**
     * Whether the possessive marker at {@code marker}, right before the cue, owns nothing: "a senior aide to
     * Ukrainian President Volodymyr Zelensky’s said Thursday" (a slip, or an elided "office"). Then the marker
     * closes the subject phrase and stays in it. The cue must be a finite past or present verb not followed by a
     * noun or adjective, so that a noun the tagger took for a verb is not read so ("the police’s claim that",
     * "Stumpf’s repeated emphasis"), and the owner a noun ("He’s claiming" is "he is").
     */
    private boolean isDanglingPossessive(int marker, int cue, int floor, int ceiling) {
        if (marker - 1 < floor || !tokens.get(marker - 1).isNoun() || !tokens.get(cue).partOfSpeech().matches("VB[DZ]")) {
            return false;
        }
        return cue + 1 >= ceiling || !tokens.get(cue + 1).partOfSpeech().matches("NNS?|JJ.?");
    }

    /** Whether tokens {@code [first, end)} are exactly one person's name as the named-entity tagger found it. */
    private boolean isPersonName(int first, int end) {
        return personNameAt(first).filter(entity -> entity.firstToken() == first && entity.endToken() == end).isPresent();
    }

    private boolean inPersonName(int index) {
        return personNameAt(index).isPresent();
    }

    /** The person's name, as the named-entity tagger found it, that covers token {@code index}. */
    private Optional<NamedEntity> personNameAt(int index) {
        return parsed.namedEntities().stream()
                .filter(entity -> entity.type() == EntityType.PERSON && entity.firstToken() <= index && index < entity.endToken())
                .findFirst();
    }

    /**
     * Whether the "to" before a cue at {@code previous + 1} continues a verb ("is set to say", "went on to say"),
     * rather than starting an infinitive of purpose ("in order to maintain").
     */
    private boolean leadsToInfinitive(int previous, int floor) {
        if (previous < floor) {
            return false;
        }
        Token token = tokens.get(previous);
        if (token.isVerb() || token.partOfSpeech().equals("RP")) {
            return true;
        }
        return lower(token).equals("on") && previous - 1 >= floor && tokens.get(previous - 1).lemma().equals("go");
    }

    /**
     * Where the topic of a warning starts: after "of", "about" or "against" within a few verbless tokens
     * ("warned on Tuesday of a sharp slowdown", "warned governments against raising spending"), or -1.
     */
    private int topicStart(int start, int ceiling) {
        for (int r = start; r < Math.min(ceiling, start + THAT_WINDOW); r++) {
            Token token = tokens.get(r);
            String word = lower(token);
            if (TOPIC.contains(word) && token.partOfSpeech().equals("IN")) {
                return r + 1;
            }
            if (token.isVerb() || quoted[r] || word.equals(",") || word.equals("that") || token.partOfSpeech().equals("``")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a clause of time opens at {@code start}, right after the cue: "when they met", "while visiting Kyiv",
     * "after the meeting". "When" with a modal (or a question mark) in its clause ("asked Biden when he would meet
     * Xi") is a question, i.e. the content, and not a clause of time; "asked him when he left" is read as time, a
     * deliberate choice: in news "asked X when they met" is far more often the occasion than the question.
     */
    private boolean opensAdverbialClause(int start, int ceiling) {
        if (start >= ceiling || quoted[start]) {
            return false;
        }
        String word = lower(tokens.get(start));
        if (!word.equals("when") && !(TIME_CLAUSE.contains(word) && tokens.get(start).partOfSpeech().equals("IN"))) {
            return false;
        }
        if (!hasSubjectAndVerb(start + 1, ceiling)) {
            return false; // "said after the convention he would not …": a phrase of time, then what was said
        }
        if (word.equals("when")) {
            for (int r = start + 1; r < ceiling && !tokens.get(r).word().equals(",") && !lower(tokens.get(r)).equals("that"); r++) {
                if (tokens.get(r).partOfSpeech().equals("MD") || tokens.get(r).word().equals("?")) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a clause opens at {@code start}: a participle ("while visiting", "when asked"), or a noun phrase and
     * then its finite verb ("when they met").
     */
    private boolean hasSubjectAndVerb(int start, int ceiling) {
        if (start >= ceiling) {
            return false;
        }
        if (tokens.get(start).partOfSpeech().matches("VB[GN]")) {
            return true;
        }
        Optional<TokenRange> subject = NounPhraseChunker.startingAt(tokens, start, ceiling);
        return subject.isPresent() && subject.get().end() < ceiling
                && tokens.get(subject.get().end()).partOfSpeech().matches("VB[DZP]|MD");
    }

    /** After a clause of time at {@code start}: where a "that"-clause starts before the next comma ("told Biden when they spoke that …"), or -1. */
    private int clauseAfterAdverbial(int start, int ceiling) {
        for (int r = start + 1; r < ceiling; r++) {
            Token token = tokens.get(r);
            if (quoted[r] || token.word().equals(",") || token.partOfSpeech().equals("``")) {
                return -1;
            }
            if (lower(token).equals("that") && token.partOfSpeech().equals("IN")) {
                return r + 1;
            }
        }
        return -1;
    }

    /**
     * Whether the clause of time at {@code start} ends the report: it runs to the sentence's end or to ", and"
     * ("Bennett asked Putin when they met in October, and the Russian president refused"). Otherwise a comma and
     * a main clause follow ("said while talks were difficult, progress had been made"), and the clause of time
     * is part of what was said.
     */
    private boolean adverbialEndsReport(int start, int ceiling) {
        for (int r = start + 1; r < ceiling; r++) {
            if (quoted[r]) {
                return false;
            }
            if (tokens.get(r).word().equals(",")) {
                return r + 1 < ceiling && tokens.get(r + 1).partOfSpeech().equals("CC");
            }
        }
        return true;
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
            boolean pause = !quoted[r] && (tokens.get(r).word().equals(",") || closesQuotation(r));
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

    /** Whether tokens {@code [first, end)} open with a preposition, after any punctuation: a phrase, not a clause. */
    private boolean opensWithPreposition(int first, int end) {
        for (int i = first; i < end; i++) {
            String tag = tokens.get(i).partOfSpeech();
            if (!tag.equals(",") && !tag.equals("``") && !tag.equals("CC")) {
                return tag.equals("IN") && !quoted[i];
            }
        }
        return false;
    }

    /**
     * Whether tokens {@code [first, end)} are only adverbials set before a main clause, each ending at a comma and
     * opening with a preposition or subordinating conjunction: "When he took the stage after the introduction, at a
     * theater in Winterset", "In February, as a protester was being removed". "If we lose, we lose" is not (its last
     * part is a main clause), nor is a clause opening with "that".
     */
    private boolean onlyAdverbials(int first, int end) {
        int segment = first;
        while (segment < end) {
            Token opening = tokens.get(segment);
            String word = lower(opening);
            if (quoted[segment] || !((opening.partOfSpeech().equals("IN") && !word.equals("that")) || word.equals("when"))) {
                return false;
            }
            int next = segment + 1;
            while (next < end && !tokens.get(next).word().equals(",")) {
                next++;
            }
            segment = next + 1;
        }
        return true;
    }

    /** Whether the comma at {@code comma} closes an adverb set off by commas ("did, however, criticize"). */
    private boolean isCommaAside(int comma, int floor) {
        return comma - 2 >= floor && tokens.get(comma).word().equals(",") && tokens.get(comma - 1).partOfSpeech().startsWith("RB")
                && tokens.get(comma - 2).word().equals(",") && !quoted[comma - 1];
    }

    /**
     * Whether tokens {@code [first, end)} open with the question put to the speaker ("When asked if …, Koren
     * answered", "Asked about the talks, she said"): the question is not what the speaker said.
     */
    private boolean opensWithQuestionPut(int first, int end) {
        int i = first;
        while (i < end && tokens.get(i).partOfSpeech().matches(",|``|CC")) {
            i++;
        }
        if (i < end && QUESTION_OPENERS.contains(lower(tokens.get(i)))) {
            i++;
        }
        return i < end && tokens.get(i).partOfSpeech().equals("VBN") && QUESTION_VERBS.contains(tokens.get(i).lemma());
    }

    private boolean holdsQuotation(Span span) {
        return quotations.stream().anyMatch(quotation -> span.contains(quotation.inner()));
    }

    private boolean startsWithFiniteVerb(Span span) {
        List<Token> inside = parsed.tokensIn(span);
        return !inside.isEmpty() && !quoted[inside.get(0).index()] && inside.get(0).partOfSpeech().matches("VB[DZP]|MD");
    }

    private boolean hasFiniteVerb(int first, int end) {
        for (int i = first; i < end; i++) {
            if (tokens.get(i).partOfSpeech().matches("VB[DZP]|MD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The quotation that closes right before offset {@code begin} (a sentence's first word), in its paragraph, with
     * nothing but spaces between: "“Did you know it was Mussolini?” Todd asked" is split after the question mark.
     */
    private Optional<Span> quotationJustBefore(int begin) {
        String text = parsed.text();
        for (Quotation quotation : quotations) {
            int end = quotation.outer().end();
            if (quotation.closed() && end <= begin && begin - end <= 2 && text.substring(end, begin).isBlank()
                    && text.substring(end, begin).indexOf('\n') < 0) {
                return Optional.of(quotation.inner());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether tokens {@code [start, ceiling)} after a cue tell only its circumstances, not what was said: no finite verb
     * before any subordinate clause, opening with a preposition, a comma, an adverb or a name ("said about McCain's effort", "said, clutching the
     * lectern", "said after an event in Edison", "said Saturday night at the debate").
     */
    private boolean onlyCircumstances(int start, int ceiling) {
        // a subordinate clause of the circumstances may hold verbs of its own ("in an interview aired on Monday when asked
        // how ties would fare"): only the verbs before it count
        int main = start;
        while (main < ceiling && !tokens.get(main).partOfSpeech().matches("WRB|WDT|WP")
                && !TIME_CLAUSE.contains(lower(tokens.get(main))) && !QUESTION_OPENERS.contains(lower(tokens.get(main)))) {
            main++;
        }
        if (start >= ceiling || hasFiniteVerb(start, main)) {
            return start >= ceiling;
        }
        Token first = tokens.get(start);
        return !quoted[start] && !lower(first).equals("that") && (first.partOfSpeech().matches("IN|RB|NNP|CD")
                || first.word().equals(","));
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

    private boolean closing(int index) {
        return CLOSING.contains(tokens.get(index).word()) || closesQuotation(index);
    }

    private boolean closesQuotation(int index) {
        return (tokens.get(index).partOfSpeech().equals("''") && !openingMark[index]) || closingMark[index];
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
