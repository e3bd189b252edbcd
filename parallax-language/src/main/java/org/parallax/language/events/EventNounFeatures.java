package org.parallax.language.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.language.text.Token;
import org.parallax.model.Mention;
import org.parallax.model.Span;
import org.parallax.model.Timex;

/**
 * The binary features by which the event noun model ({@link EventNounModel}) tells whether a noun the rules leave out
 * reports an event ("the party", "piracy", "an attempt", "the chase", "the Oscars"): its lemma (the weight the model
 * learns for a lemma is that lemma's prior, smoothed by the regularisation), its ending ("-tion", "-acy", "-ing"), its
 * tag, its capitals, whether it stands inside a name and is the name's last word, its neighbours, and the verb it is
 * likely the object of ("held a party", "attended the ceremony", "launched an attempt"), read off the tokens alone
 * (most sentences have no dependency tree: the stage parses only those with a date). Conjunctions with the lemma let a
 * word be an event in one use and not another ("the Oscars party", not "the Democratic Party").
 */
public final class EventNounFeatures {

    /** Tags of the words the model scores. */
    static final Set<String> TAGS = Set.of("NN", "NNS", "NNP", "NNPS");

    /** Tags that may stand between a verb and the head of its object: "held a lavish party", "attended the Oscars' ball". */
    private static final Set<String> INSIDE_OBJECT = Set.of("DT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD", "NN", "NNS", "NNP",
            "NNPS", "HYPH", "``", "''");

    /** Words from the verb to the noun that the "object of" feature looks across. */
    private static final int OBJECT_REACH = 5;

    private EventNounFeatures() {
    }

    /**
     * Whether the token at {@code index} is one the model scores: a common or proper noun of three letters or more, no
     * part of a time expression, and none of the abstract nouns the learnt words leave out either ("issue", "history");
     * inside a name, only its last word ("Awards" of "Academy Awards", which stands for the name's event).
     */
    static boolean candidate(List<Token> tokens, int index, List<Timex> timexes, List<Mention> names) {
        Token token = tokens.get(index);
        if (!TAGS.contains(token.partOfSpeech())) {
            return false;
        }
        String lemma = EventWords.lemma(token);
        if (lemma.length() < 3 || lemma.chars().noneMatch(Character::isLetter) || EventWords.notAHappening(lemma)) {
            return false;
        }
        if (timexes.stream().anyMatch(timex -> timex.span().overlaps(token.span()))) {
            return false;
        }
        Optional<Token> after = neighbour(tokens, index, 1);
        return names.stream().noneMatch(name -> name.span().contains(token.span())
                && after.isPresent() && name.span().contains(after.get().span()));
    }

    /** The features of the noun at {@code index} of the text's tokens (of one sentence with its neighbours). */
    static List<String> of(List<Token> tokens, int index, List<Mention> names) {
        Token token = tokens.get(index);
        List<String> features = new ArrayList<>();
        String lemma = EventWords.lemma(token);
        String tag = token.partOfSpeech();
        boolean proper = tag.startsWith("NNP");
        features.add("lemma=" + lemma);
        features.add("tag=" + tag);
        features.add("lemma|proper=" + lemma + "|" + proper);
        if (lemma.length() >= 5) {
            features.add("end3=" + lemma.substring(lemma.length() - 3));
            features.add("end4=" + lemma.substring(lemma.length() - 4));
        }
        String word = token.word();
        boolean first = index == 0 || tokens.get(index - 1).sentence() != token.sentence();
        if (word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            features.add("all_capitals");
        } else if (Character.isUpperCase(word.codePointAt(0))) {
            features.add(first ? "capital_first_word" : "capital");
        }
        Optional<Mention> name = names.stream().filter(mention -> mention.span().contains(token.span())).findFirst();
        if (name.isPresent()) {
            Span span = name.get().span();
            boolean last = index + 1 >= tokens.size() || !span.contains(tokens.get(index + 1).span());
            features.add("name=" + name.get().type());
            features.add("name_last=" + last);
            features.add("lemma|name=" + lemma + "|" + name.get().type());
        }
        if (EventWords.learntWord(lemma)) {
            features.add("learnt");
        }
        Optional<Token> before = neighbour(tokens, index, -1);
        Optional<Token> after = neighbour(tokens, index, 1);
        features.add("before=" + before.map(EventWords::lemma).orElse("<s>"));
        features.add("after=" + after.map(EventWords::lemma).orElse("</s>"));
        features.add("before_tag=" + before.map(Token::partOfSpeech).orElse("<s>"));
        features.add("after_tag=" + after.map(Token::partOfSpeech).orElse("</s>"));
        objectOf(tokens, index).ifPresent(verb -> {
            features.add("object_of=" + verb);
            features.add("object_of_a_verb");
        });
        return features;
    }

    /** The token {@code step} places away in the same sentence. */
    private static Optional<Token> neighbour(List<Token> tokens, int index, int step) {
        int at = index + step;
        if (at < 0 || at >= tokens.size() || tokens.get(at).sentence() != tokens.get(index).sentence()) {
            return Optional.empty();
        }
        return Optional.of(tokens.get(at));
    }

    /**
     * The lemma of the verb the noun is likely the head of the object of: the nearest verb before it in its sentence,
     * with only determiners, modifiers and nouns between (so a noun of a compound, "the tax" of "tax returns", counts too).
     */
    private static Optional<String> objectOf(List<Token> tokens, int index) {
        int sentence = tokens.get(index).sentence();
        for (int at = index - 1; at >= 0 && at >= index - OBJECT_REACH && tokens.get(at).sentence() == sentence; at--) {
            Token token = tokens.get(at);
            if (token.isVerb()) {
                return Optional.of(EventWords.lemma(token));
            }
            if (!INSIDE_OBJECT.contains(token.partOfSpeech())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
