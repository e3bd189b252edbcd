package org.parallax.language.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.language.text.NamedEntity;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Sentence;
import org.parallax.language.text.Token;

/**
 * The binary features by which {@link CueModel} tells whether a token is part of an attribution cue: the token's word,
 * lemma and tag with those of its neighbours, whether the hand-written lexicon knows its lemma (and as what), whether
 * it stands in a quotation, the named entity or pronoun before it (a source), and what follows it ("that", a colon,
 * "of", "to"). The same code serves training ({@code parallax train attribution}) and the layer, so that both see
 * the same features.
 *
 * <p>Only words that can head a cue are scored (verbs, nouns, adjectives, prepositions, particles, modals): see
 * {@link #isCandidate(Token)}. The layer makes no dependency parse (it costs most of the layer's time), so the
 * features are read from the tokens alone.
 */
public final class CueFeatures {

    private static final Set<String> CANDIDATE_TAGS = Set.of("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NN", "NNS", "JJ",
            "IN", "RP", "TO", "MD", ":");
    private static final int WINDOW = 2;

    private final ParsedText parsed;
    private final List<Token> tokens;
    private final boolean[] quoted;
    private final String[] entityTypes;
    private final boolean[] sentenceQuoted;

    private CueFeatures(ParsedText parsed, boolean[] quoted) {
        this.parsed = parsed;
        this.tokens = parsed.tokens();
        this.quoted = quoted;
        this.entityTypes = entityTypes(parsed);
        this.sentenceQuoted = new boolean[parsed.sentences().size()];
        for (Token token : tokens) {
            sentenceQuoted[token.sentence()] |= quoted[token.index()];
        }
    }

    /** The named-entity type of each token ({@code null} outside named entities). */
    static String[] entityTypes(ParsedText parsed) {
        String[] types = new String[parsed.tokens().size()];
        for (NamedEntity entity : parsed.namedEntities()) {
            for (int i = entity.firstToken(); i < entity.endToken() && i < types.length; i++) {
                types[i] = entity.type().name();
            }
        }
        return types;
    }

    /** The features of every token of a parsed text (an empty list for a token that is no candidate). */
    public static List<List<String>> of(ParsedText parsed) {
        return of(parsed, quotedTokens(parsed, QuotationScanner.scan(parsed.text())));
    }

    static List<List<String>> of(ParsedText parsed, boolean[] quoted) {
        CueFeatures features = over(parsed, quoted);
        List<List<String>> all = new ArrayList<>(parsed.tokens().size());
        for (Token token : parsed.tokens()) {
            all.add(features.of(token));
        }
        return all;
    }

    /** The features of a text's tokens, computed one token at a time ({@link #of(Token)}). */
    static CueFeatures over(ParsedText parsed, boolean[] quoted) {
        return new CueFeatures(parsed, quoted);
    }

    /** The features of one token of the text, or an empty list for a token that is no candidate. */
    List<String> of(Token token) {
        return isCandidate(token) ? of(token.index()) : List.of();
    }

    /** Which tokens stand inside a quotation's marks. */
    static boolean[] quotedTokens(ParsedText parsed, List<Quotation> quotations) {
        List<Token> tokens = parsed.tokens();
        boolean[] quoted = new boolean[tokens.size()];
        int q = 0;
        for (Token token : tokens) {
            while (q < quotations.size() && quotations.get(q).inner().end() <= token.span().begin()) {
                q++;
            }
            quoted[token.index()] = q < quotations.size() && quotations.get(q).inner().contains(token.span());
        }
        return quoted;
    }

    /** Whether a token may be (part of) a cue and is scored at all. */
    public static boolean isCandidate(Token token) {
        return CANDIDATE_TAGS.contains(token.partOfSpeech());
    }

    private List<String> of(int index) {
        Token token = tokens.get(index);
        Sentence sentence = parsed.sentences().get(token.sentence());
        List<String> out = new ArrayList<>(40);
        String lemma = lemma(index);
        String tag = token.partOfSpeech();
        out.add("bias");
        out.add("w=" + token.word().toLowerCase(Locale.ROOT));
        out.add("l=" + lemma);
        out.add("p=" + tag);
        out.add("l|p=" + lemma + "|" + tag);
        String lexicon = CueLexicon.classOf(lemma).map(Enum::name).orElse("NONE");
        out.add("lex=" + lexicon);
        out.add("lex|p=" + lexicon + "|" + tag);
        if (lemma.length() > 4) {
            out.add("suffix=" + lemma.substring(lemma.length() - 3));
        }
        for (int offset = -WINDOW; offset <= WINDOW; offset++) {
            if (offset == 0) {
                continue;
            }
            int at = index + offset;
            boolean inside = at >= sentence.firstToken() && at < sentence.endToken();
            out.add("l" + offset + "=" + (inside ? lemma(at) : "<s>"));
            out.add("p" + offset + "=" + (inside ? tokens.get(at).partOfSpeech() : "<s>"));
        }
        out.add("l-1|l=" + neighbour(index - 1, sentence) + "|" + lemma);
        out.add("l|l+1=" + lemma + "|" + neighbour(index + 1, sentence));
        out.add("l|l+1|l+2=" + lemma + "|" + neighbour(index + 1, sentence) + "|" + neighbour(index + 2, sentence));
        out.add("p-1|p|p+1=" + tag(index - 1, sentence) + "|" + tag + "|" + tag(index + 1, sentence));
        out.add("p|p+1=" + tag + "|" + tag(index + 1, sentence));
        out.add("p-1|p=" + tag(index - 1, sentence) + "|" + tag);
        out.add("quoted=" + quoted[index]);
        out.add("sentenceQuoted=" + sentenceQuoted[token.sentence()]);
        out.add("ner=" + (entityTypes[index] == null ? "O" : entityTypes[index]));
        out.add("before=" + before(index, sentence));
        out.add("after=" + after(index, sentence));
        int fromStart = index - sentence.firstToken();
        int toEnd = sentence.endToken() - index;
        out.add("start=" + Math.min(fromStart, 4));
        out.add("end=" + Math.min(toEnd, 4));
        out.add("lex|end=" + lexicon + "|" + Math.min(toEnd, 4));
        out.add("before|l=" + before(index, sentence) + "|" + lemma);
        return out;
    }

    /** What stands before the token, past auxiliaries and adverbs: a named entity's type, a pronoun, a noun, a quotation. */
    private String before(int index, Sentence sentence) {
        int j = index - 1;
        while (j >= sentence.firstToken() && tokens.get(j).partOfSpeech().matches("RB.?|MD|VB[DZP]?")
                && !quoted[j]) {
            j--;
        }
        if (j < sentence.firstToken()) {
            return "start";
        }
        Token left = tokens.get(j);
        if (quoted[j] || left.partOfSpeech().equals("''")) {
            return "quote";
        }
        if (entityTypes[j] != null) {
            return entityTypes[j];
        }
        if (left.partOfSpeech().equals("PRP")) {
            return "pronoun";
        }
        if (left.isNoun()) {
            return "noun";
        }
        return left.partOfSpeech().equals(",") ? "comma" : "other";
    }

    /** What the next few tokens hold: a "that", a colon, a quotation, or nothing of note. */
    private String after(int index, Sentence sentence) {
        for (int r = index + 1; r < Math.min(sentence.endToken(), index + 4); r++) {
            String word = tokens.get(r).word().toLowerCase(Locale.ROOT);
            if (word.equals("that") || word.equals(":")) {
                return word;
            }
            if (quoted[r]) {
                return "quote";
            }
        }
        return "none";
    }

    private String neighbour(int index, Sentence sentence) {
        return index >= sentence.firstToken() && index < sentence.endToken() ? lemma(index) : "<s>";
    }

    private String tag(int index, Sentence sentence) {
        return index >= sentence.firstToken() && index < sentence.endToken() ? tokens.get(index).partOfSpeech() : "<s>";
    }

    private String lemma(int index) {
        Token token = tokens.get(index);
        String lemma = token.lemma().isEmpty() ? token.word() : token.lemma();
        return lemma.toLowerCase(Locale.ROOT);
    }
}
