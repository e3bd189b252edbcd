package org.parallax.language.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Sentence;
import org.parallax.language.text.Token;
import org.parallax.model.Span;

/**
 * The candidate sources of each frame, with the binary features by which {@link SourceModel} ranks them: every noun
 * phrase, pronoun and relative pronoun ("who", "which", with the phrase it follows) of the cue's sentence outside the cue, its content and
 * quotations; the hand-written rules' own choice; and "inherit" (the speaker of the clause the cue hangs on, or of
 * the quote before, as the rules resolve a cue without a subject). The same code serves training
 * ({@code parallax train attribution}) and the layer, so that both see the same features.
 *
 * <p>Features: the side of the cue and the distance in tokens, how many candidates lie between it and the cue, its
 * head's tag, named-entity type and number, a pronoun's word, its determiner, the words right before and after it,
 * whether a finite verb, a comma or a quotation lies between it and the cue, the cue's lemma and tag, the case class
 * of the rules' choice ({@link CaseClass}), and whether it is the rules' choice. No dependency parse (the layer does not
 * make one): syntax is read from tags and positions.
 */
public final class SourceCandidates {

    /** What the hand-written rules chose as the source, the classes by which the picker is switched on or off. */
    public enum CaseClass {
        /** A phrase with a proper noun ("Sen. Ted Cruz", "Beck’s"). */
        NAME,
        /** A phrase of common nouns ("the campaign", "a senior aide", "voters"). */
        DESCRIPTION,
        /** A personal or relative pronoun ("he", "they", "who"). */
        PRONOUN,
        /** No source at the cue: the clause's subject or the previous quote's speaker. */
        INHERITED
    }

    /**
     * One candidate source.
     *
     * @param span     the candidate's words; empty for "inherit"
     * @param rule     whether it is what the hand-written rules chose
     * @param features its binary features
     */
    public record Candidate(Optional<Span> span, boolean rule, List<String> features) {

        public Candidate {
            Objects.requireNonNull(span, "span");
            features = List.copyOf(features);
        }
    }

    /**
     * The candidates of one frame.
     *
     * @param cue        the frame's cue
     * @param content    the frame's content as found in the sentence
     * @param caseClass  the class of the rules' choice
     * @param candidates the candidates, the rules' choice among them
     */
    public record Choice(Span cue, Span content, CaseClass caseClass, List<Candidate> candidates) {

        public Choice {
            Objects.requireNonNull(cue, "cue");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(caseClass, "caseClass");
            candidates = List.copyOf(candidates);
        }

        /** The rules' choice. */
        public Candidate rule() {
            return candidates.stream().filter(Candidate::rule).findFirst().orElseThrow();
        }
    }

    private static final Set<String> NOUNS = Set.of("NN", "NNS", "NNP", "NNPS");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that");
    private static final int PARENTHESIS_REACH = 8;

    private final ParsedText parsed;
    private final List<Token> tokens;
    private final boolean[] quoted;
    private final String[] entityTypes;
    private final boolean[] inParentheses;

    private SourceCandidates(ParsedText parsed, boolean[] quoted) {
        this.parsed = parsed;
        this.tokens = parsed.tokens();
        this.quoted = quoted;
        this.entityTypes = CueFeatures.entityTypes(parsed);
        this.inParentheses = new boolean[tokens.size()];
        int depth = 0;
        for (Token token : tokens) {
            if (isClosing(token)) {
                depth = Math.max(0, depth - 1);
            }
            inParentheses[token.index()] = depth > 0;
            if (isOpening(token)) {
                depth++;
            }
        }
    }

    /** The choices of every frame the quote stage finds in a parsed text with this cue model (for training). */
    public static List<Choice> of(ParsedText parsed, Optional<CueModel> cueModel) {
        List<Quotation> quotations = QuotationScanner.scan(parsed.text());
        List<Frame> frames = FrameFinder.find(parsed, quotations, cueModel);
        SourceCandidates candidates = over(parsed, quotations);
        return frames.stream().map(candidates::choice).toList();
    }

    static SourceCandidates over(ParsedText parsed, List<Quotation> quotations) {
        return new SourceCandidates(parsed, CueFeatures.quotedTokens(parsed, quotations));
    }

    /** The candidates of one frame. */
    Choice choice(Frame frame) {
        Sentence sentence = parsed.sentences().get(frame.sentence());
        List<Token> cueTokens = parsed.tokensIn(frame.cue());
        int cueFirst = cueTokens.isEmpty() ? sentence.firstToken() : cueTokens.get(0).index();
        int cueEnd = cueTokens.isEmpty() ? cueFirst : cueTokens.get(cueTokens.size() - 1).index() + 1;
        Token cueHead = tokens.get(Math.min(cueFirst, tokens.size() - 1));
        CaseClass caseClass = caseClass(frame);
        List<TokenRange> ranges = new ArrayList<>();
        Optional<TokenRange> ruleRange = frame.source().flatMap(this::range);
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Optional<TokenRange> range = phraseEndingAt(i, sentence);
            if (range.isPresent() && !range.get().span(tokens).overlaps(frame.cue())
                    && !range.get().span(tokens).overlaps(frame.content()) && !ranges.contains(range.get())) {
                ranges.add(range.get());
            }
        }
        ruleRange.filter(range -> !ranges.contains(range)).ifPresent(ranges::add);
        String cue = "cue=" + cueHead.lemma().toLowerCase(Locale.ROOT);
        String lexicon = "lexicon=" + CueLexicon.classOf(cueHead.lemma()).map(Enum::name).orElse("none");
        String classFeature = "class=" + caseClass;
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate(Optional.empty(), frame.inherited(), List.of("inherit", "inherit|" + cue,
                "inherit|" + classFeature, "inherit|" + lexicon, "inherit|rule=" + frame.inherited(),
                "inherit|cuetag=" + cueHead.partOfSpeech(), "inherit|sentence-start=" + (cueFirst == sentence.firstToken()))));
        for (TokenRange range : ranges) {
            boolean left = range.end() <= cueFirst;
            String side = left ? "L" : "R";
            int gap = left ? cueFirst - range.end() : range.first() - cueEnd;
            int between = 0;
            for (TokenRange other : ranges) {
                if (left ? other.first() >= range.end() && other.end() <= cueFirst
                        : other.first() >= cueEnd && other.end() <= range.first()) {
                    between++;
                }
            }
            String rank = side + "|" + Math.min(between, 3);
            Token head = tokens.get(range.end() - 1);
            Token first = tokens.get(range.first());
            boolean rule = ruleRange.isPresent() && ruleRange.get().equals(range);
            List<String> features = new ArrayList<>();
            features.add("side=" + side);
            features.add("gap=" + side + "|" + bucket(gap));
            features.add("rank=" + rank);
            features.add("rank|class=" + rank + "|" + caseClass);
            features.add("rank|rule=" + rank + "|" + rule);
            features.add("tag=" + side + "|" + head.partOfSpeech());
            features.add("rank|tag=" + rank + "|" + head.partOfSpeech());
            features.add("ner=" + side + "|" + Optional.ofNullable(entityTypes[head.index()]).orElse("none"));
            features.add("length=" + Math.min(range.end() - range.first(), 4));
            if (head.partOfSpeech().matches("NNS?")) {
                features.add("head=" + side + "|" + head.lemma().toLowerCase(Locale.ROOT));
            }
            features.add("gap|tag=" + side + "|" + bucket(gap) + "|" + head.partOfSpeech());
            ruleRange.filter(other -> !rule && other.first() < range.end() && range.first() < other.end())
                    .ifPresent(other -> features.add("overlaps-rule=" + (other.first() <= range.first() && range.end() <= other.end()
                            ? "inside" : "around")));
            if (head.partOfSpeech().matches("PRP|WP|WDT") || RELATIVE.contains(lower(head))) {
                features.add("pronoun=" + side + "|" + lower(head));
            }
            if (first.partOfSpeech().matches("DT|PRP\\$|CD")) {
                features.add("determiner=" + lower(first));
            }
            features.add("before=" + side + "|" + wordAt(range.first() - 1, sentence));
            features.add("after=" + side + "|" + wordAt(range.end(), sentence));
            features.add(cue + "|" + side);
            features.add(cue + "|" + rank);
            features.add(lexicon + "|" + rank);
            features.add("cuetag=" + cueHead.partOfSpeech() + "|" + rank);
            features.add(classFeature + "|" + rule);
            features.add("rule=" + rule);
            features.add("sentence-start=" + (range.first() == sentence.firstToken()));
            int from = left ? range.end() : cueEnd;
            int to = left ? cueFirst : range.first();
            features.add("verb-between=" + side + "|" + finiteVerbIn(from, to));
            features.add("comma-between=" + side + "|" + wordIn(from, to, ","));
            features.add("quoted-between=" + side + "|" + quotedIn(from, to));
            candidates.add(new Candidate(Optional.of(range.span(tokens)), rule, features));
        }
        return new Choice(frame.cue(), frame.content(), caseClass, candidates);
    }

    /** The class of the rules' choice of source for a frame. */
    CaseClass caseClass(Frame frame) {
        if (frame.source().isEmpty()) {
            return CaseClass.INHERITED;
        }
        List<Token> words = parsed.tokensIn(frame.source().get());
        if (words.size() == 1 && (words.get(0).partOfSpeech().matches("PRP|WP|WDT") || RELATIVE.contains(lower(words.get(0))))) {
            return CaseClass.PRONOUN;
        }
        return words.stream().anyMatch(token -> token.partOfSpeech().startsWith("NNP")) ? CaseClass.NAME : CaseClass.DESCRIPTION;
    }

    private Optional<TokenRange> range(Span span) {
        List<Token> inside = parsed.tokensIn(span);
        return inside.isEmpty() ? Optional.empty()
                : Optional.of(new TokenRange(inside.get(0).index(), inside.get(inside.size() - 1).index() + 1));
    }

    /** The noun phrase, pronoun or relative pronoun that ends at token {@code i}, if one does. */
    private Optional<TokenRange> phraseEndingAt(int i, Sentence sentence) {
        Token token = tokens.get(i);
        if (quoted[i]) {
            return Optional.empty();
        }
        if (token.partOfSpeech().matches("WP|WDT")) {
            // "reserve members of the Israeli military, who hail from …": the relative pronoun with what it stands for,
            // as the rules keep "host Bill Maher, who" (PolNeAR marks the pronoun; a reader needs the antecedent)
            int before = i - 1 >= sentence.firstToken() && tokens.get(i - 1).word().equals(",") ? i - 2 : i - 1;
            return Optional.of(new TokenRange(NounPhraseChunker.endingAt(tokens, before, sentence.firstToken())
                    .filter(antecedent -> !quoted[antecedent.first()]).map(TokenRange::first).orElse(i), i + 1));
        }
        boolean phraseGoesOn = i + 1 < sentence.endToken() && NOUNS.contains(tokens.get(i + 1).partOfSpeech()) && !quoted[i + 1];
        if (!NounPhraseChunker.isNominal(token) || phraseGoesOn || inParentheses[i]) {
            return Optional.empty();
        }
        Optional<TokenRange> phrase = NounPhraseChunker.endingAt(tokens, i, sentence.firstToken());
        int close = parenthesisClosing(i + 1, sentence);
        // "Sen. Chuck Grassley (R-Iowa)": the parenthesis after a name belongs to it
        return close < 0 ? phrase : phrase.map(range -> new TokenRange(range.first(), close + 1));
    }

    /** The index of the closing parenthesis when one opens at {@code open} and closes within a few tokens, else -1. */
    private int parenthesisClosing(int open, Sentence sentence) {
        if (open >= sentence.endToken() || !isOpening(tokens.get(open))) {
            return -1;
        }
        for (int i = open + 1; i < Math.min(sentence.endToken(), open + PARENTHESIS_REACH); i++) {
            if (isClosing(tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isOpening(Token token) {
        return token.partOfSpeech().equals("-LRB-") || token.word().equals("(");
    }

    private static boolean isClosing(Token token) {
        return token.partOfSpeech().equals("-RRB-") || token.word().equals(")");
    }

    private String wordAt(int index, Sentence sentence) {
        if (index < sentence.firstToken()) {
            return "<start>";
        }
        if (index >= sentence.endToken()) {
            return "<end>";
        }
        Token token = tokens.get(index);
        return token.partOfSpeech().startsWith("NNP") ? "<name>" : lower(token);
    }

    private boolean finiteVerbIn(int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).partOfSpeech().matches("VBD|VBZ|VBP|MD")) {
                return true;
            }
        }
        return false;
    }

    private boolean wordIn(int from, int to, String word) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).word().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean quotedIn(int from, int to) {
        for (int i = from; i < to; i++) {
            if (quoted[i]) {
                return true;
            }
        }
        return false;
    }

    private static String bucket(int gap) {
        if (gap <= 2) {
            return String.valueOf(Math.max(gap, 0));
        }
        return gap <= 4 ? "3-4" : gap <= 8 ? "5-8" : gap <= 15 ? "9-15" : "16+";
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
