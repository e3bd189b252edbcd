package org.parallax.language.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.language.text.NamedEntity;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Token;
import org.parallax.model.EntityType;

/**
 * Repairs the tagger's named-entity spans with general rules for the errors CoreNLP makes most in
 * news text. Each rule is about the shape of the text, never about particular names:
 * <ol>
 *   <li>pronouns CoreNLP adds as PERSON mentions ("he", "his") are dropped: they are not names;</li>
 *   <li>function words and punctuation at either edge of a span are trimmed ("Holocaust of the");</li>
 *   <li>a trailing possessive is left out of the span ("Zelensky’s" → "Zelensky");</li>
 *   <li>title words, forms of address and nationality adjectives at the start of a PERSON span become
 *       TITLE and NATIONALITY mentions of their own ("Ukrainian President Volodymyr Zelensky");</li>
 *   <li>when a title's prepositional object runs into the name after it ("Director-General for
 *       Eurasia Gary Koren", "Ambassador to Israel Yevgen Korniychuk"), the object is split off as a
 *       place, typed as the article tags the same words elsewhere or as LOCATION;</li>
 *   <li>a one-word all-capitals PERSON of two to five letters is an acronym: an ORGANIZATION ("KAN");</li>
 *   <li>a capitalised ordinal tagged TITLE inside a longer name ("Second World War") is dropped;</li>
 *   <li>CAUSE_OF_DEATH and CRIMINAL_CHARGE name common nouns ("war", "fraud"); tagged on proper nouns
 *       ("Nazis", the "War" of "Second World War") they mark part of a name, which becomes one
 *       MISCELLANEOUS mention over the whole run of capitalised proper nouns;</li>
 *   <li>a TITLE followed by a possessive and a capitalised noun names an office, an ORGANIZATION
 *       ("the Prime Minister’s Office");</li>
 *   <li>place names the variant table of {@link NameForms} knows, left untagged, are added ("Kyiv").</li>
 * </ol>
 * The finer types (countries, cities, nationalities, products) are {@link MentionTyper}'s.
 */
final class MentionCorrector {

    private static final Set<String> PRONOUNS = Set.of("PRP", "PRP$", "WP", "WP$");
    private static final Set<String> EDGE_TAGS = Set.of("DT", "IN", "CC", "POS", "TO", ",", ".", ":", "``", "''",
            "-LRB-", "-RRB-", "HYPH");
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");


    private MentionCorrector() {
    }

    static List<NameSpan> correct(ParsedText parsed) {
        List<Token> tokens = parsed.tokens();
        Map<String, EntityType> taggedTypes = nonPersonTypes(parsed);
        List<NameSpan> result = new ArrayList<>();
        List<Integer> properNames = new ArrayList<>();
        for (NamedEntity entity : parsed.namedEntities()) {
            int first = entity.firstToken();
            int end = entity.endToken();
            if (allPronouns(tokens, first, end)) {
                continue;
            }
            while (first < end && isEdge(tokens.get(first))) {
                first++;
            }
            while (end > first && isEdge(tokens.get(end - 1))) {
                end--;
            }
            if (first == end) {
                continue;
            }
            EntityType type = entity.type();
            if ((type == EntityType.CAUSE_OF_DEATH || type == EntityType.CRIMINAL_CHARGE)
                    && allProperNouns(tokens, first, end)) {
                properNames.add(result.size());
                result.add(NameSpan.of(parsed, first, end, EntityType.MISCELLANEOUS));
            } else if (type == EntityType.TITLE && isOfficeName(tokens, end)) {
                result.add(NameSpan.of(parsed, first, end + 2, EntityType.ORGANIZATION));
            } else if (type == EntityType.PERSON) {
                splitPerson(parsed, first, end, taggedTypes, result);
            } else if (type == EntityType.TITLE && isOrdinalInName(tokens, first, end)) {
                continue;
            } else {
                result.add(NameSpan.of(parsed, first, end, type));
            }
        }
        extendProperNames(parsed, result, properNames);
        addKnownPlaces(parsed, result);
        result.sort(Comparator.naturalOrder());
        return List.copyOf(result);
    }

    private static void splitPerson(ParsedText parsed, int first, int end, Map<String, EntityType> taggedTypes,
            List<NameSpan> result) {
        List<Token> tokens = parsed.tokens();
        int nameStart = first;
        while (nameStart < end - 1 && isLeadingNonName(tokens.get(nameStart))) {
            Token token = tokens.get(nameStart);
            EntityType type = isTitleWord(token) ? EntityType.TITLE : EntityType.NATIONALITY;
            if (!TitleLexicon.isHonorific(token.word())) {
                result.add(NameSpan.of(parsed, nameStart, nameStart + 1, type));
            }
            nameStart++;
        }
        int leak = leakedObjectLength(parsed, nameStart, end, taggedTypes);
        if (leak > 0) {
            String words = text(parsed, nameStart, nameStart + leak);
            result.add(NameSpan.of(parsed, nameStart, nameStart + leak, taggedTypes.getOrDefault(words, EntityType.LOCATION)));
            nameStart += leak;
        }
        EntityType type = end - nameStart == 1 && isAcronym(tokens.get(nameStart).word())
                ? EntityType.ORGANIZATION : EntityType.PERSON;
        result.add(NameSpan.of(parsed, nameStart, end, type));
    }

    /** How many leading words of a PERSON span are really the object of the title before it, or 0. */
    private static int leakedObjectLength(ParsedText parsed, int first, int end, Map<String, EntityType> taggedTypes) {
        List<Token> tokens = parsed.tokens();
        if (end - first < 3 || first < 2) {
            return 0;
        }
        Token before = tokens.get(first - 1);
        Token title = tokens.get(first - 2);
        if (!TitleLexicon.isRolePreposition(before.word()) || !isTitleLikeBefore(parsed, first - 2, title)
                || before.sentence() != tokens.get(first).sentence()) {
            return 0;
        }
        for (int length = end - first - 2; length >= 1; length--) {
            if (taggedTypes.containsKey(text(parsed, first, first + length))) {
                return length;
            }
        }
        return 1;
    }

    private static boolean isTitleLikeBefore(ParsedText parsed, int index, Token token) {
        if (isTitleWord(token)) {
            return true;
        }
        for (NamedEntity entity : parsed.namedEntities()) {
            if (entity.type() == EntityType.TITLE && entity.firstToken() <= index && index < entity.endToken()) {
                return true;
            }
        }
        return false;
    }

    /** Words the article tags as something other than a person, with that type. */
    private static Map<String, EntityType> nonPersonTypes(ParsedText parsed) {
        Map<String, EntityType> types = new HashMap<>();
        for (NamedEntity entity : parsed.namedEntities()) {
            if (entity.type() != EntityType.PERSON && entity.type().isEntity()) {
                types.putIfAbsent(text(parsed, entity.firstToken(), entity.endToken()), entity.type());
            }
        }
        return types;
    }

    /** Widens the given spans over the untagged capitalised proper nouns next to them in their sentence. */
    private static void extendProperNames(ParsedText parsed, List<NameSpan> result, List<Integer> indices) {
        List<Token> tokens = parsed.tokens();
        boolean[] covered = new boolean[tokens.size()];
        for (NameSpan span : result) {
            for (int i = span.firstToken(); i < span.endToken(); i++) {
                covered[i] = true;
            }
        }
        for (int index : indices) {
            NameSpan span = result.get(index);
            int first = span.firstToken();
            int end = span.endToken();
            int sentence = tokens.get(first).sentence();
            while (first > 0 && !covered[first - 1] && isProperNoun(tokens.get(first - 1))
                    && tokens.get(first - 1).sentence() == sentence) {
                first--;
                covered[first] = true;
            }
            while (end < tokens.size() && !covered[end] && isProperNoun(tokens.get(end))
                    && tokens.get(end).sentence() == sentence) {
                covered[end] = true;
                end++;
            }
            result.set(index, NameSpan.of(parsed, first, end, span.type()));
        }
    }

    private static void addKnownPlaces(ParsedText parsed, List<NameSpan> result) {
        boolean[] covered = new boolean[parsed.tokens().size()];
        for (NamedEntity entity : parsed.namedEntities()) {
            for (int i = entity.firstToken(); i < entity.endToken() && i < covered.length; i++) {
                covered[i] = true;
            }
        }
        for (Token token : parsed.tokens()) {
            if (!covered[token.index()] && token.partOfSpeech().startsWith("NNP")) {
                NameForms.knownPlaceType(token.word())
                        .ifPresent(type -> result.add(NameSpan.of(parsed, token.index(), token.index() + 1, type)));
            }
        }
    }

    private static String text(ParsedText parsed, int first, int end) {
        return parsed.text().substring(parsed.tokens().get(first).span().begin(),
                parsed.tokens().get(end - 1).span().end());
    }

    private static boolean allPronouns(List<Token> tokens, int first, int end) {
        for (int i = first; i < end; i++) {
            if (!PRONOUNS.contains(tokens.get(i).partOfSpeech())) {
                return false;
            }
        }
        return true;
    }

    private static boolean allProperNouns(List<Token> tokens, int first, int end) {
        for (int i = first; i < end; i++) {
            if (!isProperNoun(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isProperNoun(Token token) {
        return token.partOfSpeech().startsWith("NNP") && Character.isUpperCase(token.word().charAt(0));
    }

    /** Whether the title ending before {@code end} is followed by a possessive and a capitalised noun. */
    private static boolean isOfficeName(List<Token> tokens, int end) {
        return end + 1 < tokens.size() && tokens.get(end).partOfSpeech().equals("POS")
                && isProperNoun(tokens.get(end + 1)) && !TitleLexicon.isTitle(tokens.get(end + 1).word())
                && tokens.get(end + 1).sentence() == tokens.get(end - 1).sentence();
    }

    private static boolean isEdge(Token token) {
        return EDGE_TAGS.contains(token.partOfSpeech()) || token.word().equals("’s") || token.word().equals("'s");
    }

    private static boolean isLeadingNonName(Token token) {
        return isTitleWord(token) || TitleLexicon.isHonorific(token.word())
                || (token.partOfSpeech().startsWith("JJ") && Character.isUpperCase(token.word().charAt(0)));
    }

    private static boolean isTitleWord(Token token) {
        return TitleLexicon.isTitle(token.word());
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.length() <= 5 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static boolean isOrdinalInName(List<Token> tokens, int first, int end) {
        if (end - first != 1 || end >= tokens.size()) {
            return false;
        }
        Token token = tokens.get(first);
        Token next = tokens.get(end);
        return ORDINALS.contains(token.word().toLowerCase(Locale.ROOT)) && Character.isUpperCase(token.word().charAt(0))
                && Character.isUpperCase(next.word().charAt(0)) && !TitleLexicon.isTitle(next.word())
                && next.sentence() == token.sentence();
    }
}
