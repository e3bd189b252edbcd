package org.parallax.language.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Token;
import org.parallax.model.EntityType;
import org.parallax.model.Role;
import org.parallax.model.Span;

/**
 * Finds the roles the text gives a person where it names them, from parts of speech, the tagger's
 * TITLE spans and {@link TitleLexicon}. Two constructions, which carry most titles in news English:
 * <ul>
 *   <li>a title before the name, read right to left from the name:
 *       {@code modifier* (Capitalised | adjective)* title+ [of|to|for|at|on [the] Capitalised+]} then
 *       the name, optionally after a comma: "outgoing Israeli Prime Minister Yair Lapid", "Deputy
 *       Chairman of the Russian Security Council Dmitry Medvedev", "Ukrainian President, Volodymyr
 *       Zelensky";</li>
 *   <li>an appositive after the name, closed by a comma or the sentence's end:
 *       {@code name, [the|a|an] modifier* … title … ,} as in "Andriy Yermak, head of Zelensky’s office,".</li>
 * </ul>
 * A role's title is the text as written, without the name and the determiner; its evidence runs from
 * the first title word to the end of the name (title first) or from the name to the appositive's end.
 * Hand-written because CoreNLP's TITLE class marks only the title nouns and its KBP relation extractor
 * (which finds per:title) needs the dependency parse and coreference, which cost more than the rest of
 * the language layer together.
 */
final class RoleFinder {

    private static final Set<EntityType> PLACE_OR_BODY = Set.of(EntityType.NATIONALITY, EntityType.COUNTRY,
            EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.CITY, EntityType.STATE_OR_PROVINCE,
            EntityType.MISCELLANEOUS, EntityType.RELIGION, EntityType.IDEOLOGY);
    private static final Set<String> APPOSITIVE_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS",
            "DT", "POS", "PRP$", "CD", "HYPH", "IN", "CC", "TO", "VBN");
    private static final Set<String> APPOSITIVE_ENDS = Set.of(",", ".", ":", "-RRB-", "''");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> TRAILING_FUNCTION_TAGS = Set.of("IN", "CC", "DT", "TO");

    private final ParsedText parsed;
    private final List<Token> tokens;
    private final TokenTypes types;

    private RoleFinder(ParsedText parsed, List<NameSpan> spans) {
        this.parsed = parsed;
        this.tokens = parsed.tokens();
        this.types = new TokenTypes(tokens.size(), spans);
    }

    static RoleFinder of(ParsedText parsed, List<NameSpan> spans) {
        return new RoleFinder(parsed, spans);
    }

    /** The roles stated where this person is named: at most one before the name and one after. */
    List<Role> rolesOf(NameSpan person) {
        List<Role> roles = new ArrayList<>();
        titleBefore(person).ifPresent(roles::add);
        appositiveAfter(person).ifPresent(roles::add);
        return roles;
    }

    /**
     * The form of address or short title written directly before the name ("President", "Mr.",
     * "Prime Minister"), with the name: "President Zelensky". Empty when none, or when the title is
     * only the end of a longer one ("Ukrainian Foreign Minister Dmytro Kuleba").
     */
    Optional<Span> addressedForm(NameSpan person) {
        int start = person.firstToken();
        int i = start - 1;
        while (i >= 0 && start - i <= 3 && sameSentence(i, person.firstToken())) {
            Token token = tokens.get(i);
            boolean capitalised = Character.isUpperCase(token.word().charAt(0));
            if (capitalised && (TitleLexicon.isTitle(token.word()) || TitleLexicon.isHonorific(token.word()))) {
                start = i;
                i--;
            } else {
                break;
            }
        }
        if (start == person.firstToken() || (start > 0 && sameSentence(start - 1, start) && isCoreToken(start - 1))) {
            return Optional.empty(); // no title, or only the end of a longer one ("Foreign Minister")
        }
        return Optional.of(new Span(tokens.get(start).span().begin(), person.span().end()));
    }

    private Optional<Role> titleBefore(NameSpan person) {
        int i = person.firstToken() - 1;
        if (i >= 0 && tokens.get(i).word().equals(",") && i - 1 >= 0 && isTitleToken(i - 1)) {
            i--;
        }
        if (i < 0 || !sameSentence(i, person.firstToken())) {
            return Optional.empty();
        }
        int last = i;
        int titleEnd = i;
        int j = i;
        while (j >= 0 && sameSentence(j, last) && isChainToken(j)) {
            j--;
        }
        if (j < i && j >= 1 && sameSentence(j - 1, last) && TitleLexicon.isRolePreposition(tokens.get(j).word())
                && isTitleToken(j - 1)) {
            titleEnd = j - 1;
        }
        if (!isTitleToken(titleEnd)) {
            return Optional.empty();
        }
        int k = titleEnd;
        while (k - 1 >= 0 && sameSentence(k - 1, last) && isCoreToken(k - 1)) {
            k--;
        }
        while (k < titleEnd && !isTitleToken(k) && !isStartToken(k)) {
            k++;
        }
        int begin = tokens.get(k).span().begin();
        int end = tokens.get(last).span().end();
        return Optional.of(new Role(title(begin, end), new Span(begin, person.span().end())));
    }

    private Optional<Role> appositiveAfter(NameSpan person) {
        int comma = person.endToken();
        if (comma < tokens.size() && isPossessive(tokens.get(comma))) {
            return Optional.empty();
        }
        if (comma >= tokens.size() || !tokens.get(comma).word().equals(",")) {
            return Optional.empty();
        }
        int first = comma + 1;
        if (first < tokens.size() && DETERMINERS.contains(tokens.get(first).word().toLowerCase(Locale.ROOT))) {
            first++;
        }
        int j = first;
        boolean sawTitle = false;
        while (j < tokens.size() && sameSentence(j, comma) && !sawTitle) {
            if (isTitleToken(j)) {
                sawTitle = true;
            } else if (!TitleLexicon.isModifier(tokens.get(j).word()) && !isCapitalisedBody(j)
                    && !tokens.get(j).partOfSpeech().startsWith("JJ")) {
                return Optional.empty();
            }
            j++;
        }
        if (!sawTitle) {
            return Optional.empty();
        }
        while (j < tokens.size() && sameSentence(j, comma) && APPOSITIVE_TAGS.contains(tokens.get(j).partOfSpeech())
                && !types.isPerson(j)) {
            j++;
        }
        while (j < tokens.size() && sameSentence(j, comma) && types.isPerson(j)) {
            j++;
            while (j < tokens.size() && sameSentence(j, comma)
                    && APPOSITIVE_TAGS.contains(tokens.get(j).partOfSpeech())) {
                j++;
            }
        }
        boolean closed = j >= tokens.size() || !sameSentence(j, comma)
                || APPOSITIVE_ENDS.contains(tokens.get(j).partOfSpeech());
        if (!closed) {
            return Optional.empty();
        }
        int lastToken = j - 1;
        while (lastToken > first && TRAILING_FUNCTION_TAGS.contains(tokens.get(lastToken).partOfSpeech())) {
            lastToken--;
        }
        int begin = tokens.get(first).span().begin();
        int end = tokens.get(lastToken).span().end();
        return Optional.of(new Role(title(begin, end), new Span(person.span().begin(), end)));
    }

    /** A word of a title: tagged TITLE, or a title noun of the lexicon. */
    private boolean isTitleToken(int i) {
        return types.is(i, EntityType.TITLE) || TitleLexicon.isTitle(tokens.get(i).word());
    }

    /** A word of the name of what a title belongs to ("the Russian Security Council"). */
    private boolean isChainToken(int i) {
        Token token = tokens.get(i);
        if (isTitleToken(i) || types.isPerson(i)) {
            return false;
        }
        if (isCapitalisedBody(i)) {
            return true;
        }
        String word = token.word().toLowerCase(Locale.ROOT);
        boolean inner = i + 1 < tokens.size() && isCapitalisedBody(i + 1) && i > 0 && !isTitleToken(i - 1);
        return word.equals("the") || (inner && (word.equals("of") || word.equals("and") || word.equals("&")))
                || (token.partOfSpeech().equals("HYPH") && i > 0 && isCapitalisedBody(i - 1));
    }

    /** A word that may stand in a title before its title nouns: "outgoing Israeli", "Foreign Ministry". */
    private boolean isCoreToken(int i) {
        Token token = tokens.get(i);
        if (types.isPerson(i)) {
            return false;
        }
        return isTitleToken(i) || isCapitalisedBody(i) || TitleLexicon.isModifier(token.word())
                || token.partOfSpeech().equals("JJ")
                || (token.partOfSpeech().equals("HYPH") && i > 0 && isTitleToken(i - 1));
    }

    /** A word a title may begin with. */
    private boolean isStartToken(int i) {
        return isCapitalisedBody(i) || TitleLexicon.isModifier(tokens.get(i).word())
                || tokens.get(i).partOfSpeech().equals("JJ");
    }

    /** A capitalised word naming a place, a people or a body, not a person or a date. */
    private boolean isCapitalisedBody(int i) {
        Token token = tokens.get(i);
        String word = token.word();
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || types.isPerson(i)
                || TitleLexicon.isCalendarWord(word) || TitleLexicon.isHonorific(word)) {
            return false;
        }
        String tag = token.partOfSpeech();
        return tag.startsWith("NNP") || tag.equals("JJ") || types.isAny(i, PLACE_OR_BODY);
    }

    private boolean sameSentence(int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence() && !lineBreakBetween(Math.min(a, b), Math.max(a, b));
    }

    private boolean lineBreakBetween(int a, int b) {
        if (a == b) {
            return false;
        }
        return parsed.text().substring(tokens.get(a).span().end(), tokens.get(b).span().begin()).indexOf('\n') >= 0;
    }

    private String title(int begin, int end) {
        return parsed.text().substring(begin, end).replaceAll("\\s+", " ");
    }

    private static boolean isPossessive(Token token) {
        return token.partOfSpeech().equals("POS");
    }

    /** The type of the name span each token lies in, if any. */
    private static final class TokenTypes {
        private final EntityType[] types;

        TokenTypes(int size, List<NameSpan> spans) {
            types = new EntityType[size];
            for (NameSpan span : spans) {
                for (int i = span.firstToken(); i < span.endToken() && i < size; i++) {
                    types[i] = span.type();
                }
            }
        }

        boolean is(int i, EntityType type) {
            return types[i] == type;
        }

        boolean isPerson(int i) {
            return types[i] == EntityType.PERSON;
        }

        boolean isAny(int i, Set<EntityType> wanted) {
            return types[i] != null && wanted.contains(types[i]);
        }
    }
}
