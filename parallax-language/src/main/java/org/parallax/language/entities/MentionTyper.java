package org.parallax.language.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Token;
import org.parallax.model.Countries;
import org.parallax.model.EntityType;

/**
 * Gives corrected mentions the finer types users expect, with lookups rather than CoreNLP's slow
 * fine-grained NER:
 * <ol>
 *   <li>a LOCATION is a COUNTRY, CITY or STATE_OR_PROVINCE when {@link PlaceGazetteer} knows its
 *       name; after a city and a comma or in a list of states, a name the list holds as a state is
 *       that state even where it also names a country ("Atlanta, Georgia"; "Virginia, Georgia and
 *       Alabama"), and an unknown place before a comma and a state is a city ("Oakland, Calif.");</li>
 *   <li>an ORGANIZATION whose whole name is an unambiguous country name ("Russian Federation") is a
 *       COUNTRY;</li>
 *   <li>capitalised words outside any mention that spell a nationality ({@link Nationalities}:
 *       "Israeli officials", "Palestinians") become NATIONALITY mentions, compounds as one
 *       ("Iranian-American", "African American");</li>
 *   <li>products and weapons systems are MISCELLANEOUS, not organisations or places: a name right
 *       before a product noun ("Pegasus spyware", "Iron Dome system"; the untagged run of
 *       capitalised proper nouns counts too) unless it is a country ("Ukraine drone strikes"), and
 *       then every mention of the same name in the article.</li>
 * </ol>
 */
final class MentionTyper {

    /** Nouns that follow a product's name: weapons, defence systems, software. */
    private static final Set<String> PRODUCT_NOUNS = Set.of("system", "systems", "missile", "missiles", "interceptor",
            "interceptors", "battery", "batteries", "spyware", "malware", "software", "drone", "drones", "rifle", "rifles",
            "vaccine", "vaccines", "launcher", "launchers", "jet", "jets", "tank", "tanks", "app", "chatbot");
    private static final Pattern REGION_WORDS = Pattern.compile(
            "(?i)\\b(county|parish|region|province|district|state|valley|island|islands|mountains|coast|bay|area)$");
    private static final Set<String> LIST_SEPARATORS = Set.of(",", "and", ", and", "or", ", or");
    private static final Set<EntityType> PRODUCT_CANDIDATES = Set.of(EntityType.LOCATION, EntityType.ORGANIZATION,
            EntityType.PERSON, EntityType.MISCELLANEOUS);

    private MentionTyper() {
    }

    /** The spans with finer types and the added nationality and product mentions, in text order. */
    static List<NameSpan> refine(ParsedText parsed, List<NameSpan> spans) {
        List<NameSpan> result = new ArrayList<>(spans.size());
        for (NameSpan span : spans) {
            result.add(withType(span, placeType(parsed, span)));
        }
        readStatesInContext(parsed, result);
        boolean[] covered = covered(parsed, result);
        addUntaggedProducts(parsed, result, covered);
        addNationalities(parsed, result, covered);
        markProducts(parsed, result);
        result.sort(Comparator.naturalOrder());
        return List.copyOf(result);
    }

    private static EntityType placeType(ParsedText parsed, NameSpan span) {
        String name = name(parsed, span);
        if (span.type() == EntityType.LOCATION) {
            return PlaceGazetteer.type(name).orElse(EntityType.LOCATION);
        }
        if (span.type() == EntityType.ORGANIZATION && Countries.isOtherName(name)) {
            return EntityType.COUNTRY;
        }
        return span.type();
    }

    /**
     * A country's name that the list also holds as a state ("Georgia") is the state after a city
     * and a comma ("Atlanta, Georgia") and in a list of states ("Virginia, Georgia and Alabama"); a
     * place the lists do not know, followed by a comma and a state, is a city ("Oakland, Calif."),
     * unless its name says it is a region ("Brevard County, Fla.").
     */
    private static void readStatesInContext(ParsedText parsed, List<NameSpan> spans) {
        for (int i = 0; i < spans.size(); i++) {
            NameSpan span = spans.get(i);
            if (span.type() != EntityType.COUNTRY || !PlaceGazetteer.isStateOrProvince(name(parsed, span))) {
                continue;
            }
            NameSpan previous = i > 0 ? spans.get(i - 1) : null;
            NameSpan next = i + 1 < spans.size() ? spans.get(i + 1) : null;
            boolean afterCity = previous != null && previous.type() == EntityType.CITY
                    && between(parsed, previous, span).equals(",");
            boolean amongStates = (previous != null && previous.type() == EntityType.STATE_OR_PROVINCE
                    && LIST_SEPARATORS.contains(between(parsed, previous, span)))
                    || (next != null && next.type() == EntityType.STATE_OR_PROVINCE
                    && LIST_SEPARATORS.contains(between(parsed, span, next)));
            if (afterCity || amongStates) {
                spans.set(i, withType(span, EntityType.STATE_OR_PROVINCE));
            }
        }
        for (int i = 0; i + 1 < spans.size(); i++) {
            NameSpan span = spans.get(i);
            NameSpan next = spans.get(i + 1);
            if (span.type() == EntityType.LOCATION && next.type() == EntityType.STATE_OR_PROVINCE
                    && between(parsed, span, next).equals(",") && !REGION_WORDS.matcher(name(parsed, span)).find()) {
                spans.set(i, withType(span, EntityType.CITY));
            }
        }
    }

    /** Untagged runs of capitalised proper nouns right before a product noun: "Pegasus spyware". */
    private static void addUntaggedProducts(ParsedText parsed, List<NameSpan> result, boolean[] covered) {
        List<Token> tokens = parsed.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (covered[i - 1] || !isProductNoun(tokens.get(i)) || !MentionCorrector.isProperNoun(tokens.get(i - 1))
                    || tokens.get(i - 1).sentence() != tokens.get(i).sentence()) {
                continue;
            }
            int first = i - 1;
            while (first > 0 && !covered[first - 1] && MentionCorrector.isProperNoun(tokens.get(first - 1))
                    && tokens.get(first - 1).sentence() == tokens.get(i).sentence()) {
                first--;
            }
            boolean sentenceStart = first == 0 || tokens.get(first - 1).sentence() != tokens.get(first).sentence();
            if (sentenceStart && i - first == 1) {
                continue; // "Prison systems are ...": a capitalised common noun, not a name
            }
            NameSpan span = NameSpan.of(parsed, first, i, EntityType.MISCELLANEOUS);
            if (!PlaceGazetteer.isCountry(span.span().coveredText(parsed.text()))) {
                result.add(span);
                for (int j = first; j < i; j++) {
                    covered[j] = true;
                }
            }
        }
    }

    private static void addNationalities(ParsedText parsed, List<NameSpan> result, boolean[] covered) {
        List<Token> tokens = parsed.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int length = covered[i] ? 0 : Nationalities.matchLength(tokens, i);
            for (int j = i; j < i + length; j++) {
                if (covered[j]) {
                    length = 0;
                }
            }
            if (length > 0) {
                int end = i + length;
                int joined = compoundEnd(parsed, end, covered);
                result.add(NameSpan.of(parsed, i, joined, EntityType.NATIONALITY));
                i = joined;
            } else {
                i++;
            }
        }
    }

    /**
     * Where a nationality ending at {@code end} goes on as a compound identity, the end of the
     * compound: joined by a hyphen ("Iranian-American") or followed by "American(s)" ("African
     * American"); else {@code end}.
     */
    private static int compoundEnd(ParsedText parsed, int end, boolean[] covered) {
        List<Token> tokens = parsed.tokens();
        if (end >= tokens.size() || covered[end] || tokens.get(end).sentence() != tokens.get(end - 1).sentence()) {
            return end;
        }
        int start = end;
        boolean hyphen = false;
        if (tokens.get(end).word().equals("-") && end + 1 < tokens.size()
                && tokens.get(end).span().begin() == tokens.get(end - 1).span().end()
                && tokens.get(end + 1).span().begin() == tokens.get(end).span().end()) {
            hyphen = true;
            start = end + 1; // the tokenizer splits "Iranian-American" into three
        } else if (tokens.get(end).span().begin() == tokens.get(end - 1).span().end() + 1
                && parsed.text().charAt(tokens.get(end - 1).span().end()) == '-') {
            hyphen = true;
        }
        String next = tokens.get(start).word();
        int length = Nationalities.matchLength(tokens, start);
        if (length > 0 && (hyphen || next.equals("American") || next.equals("Americans"))) {
            for (int j = end; j < start + length; j++) {
                if (covered[j]) {
                    return end;
                }
            }
            return start + length;
        }
        return end;
    }

    /** Names used as products anywhere in the article become MISCELLANEOUS everywhere in it. */
    private static void markProducts(ParsedText parsed, List<NameSpan> result) {
        Set<String> products = new HashSet<>();
        for (NameSpan span : result) {
            if (PRODUCT_CANDIDATES.contains(span.type()) && span.endToken() < parsed.tokens().size()
                    && isProductNoun(parsed.tokens().get(span.endToken()))
                    && parsed.tokens().get(span.endToken()).sentence() == parsed.tokens().get(span.firstToken()).sentence()
                    && !PlaceGazetteer.isCountry(name(parsed, span))) {
                products.add(name(parsed, span));
            }
        }
        for (int i = 0; i < result.size(); i++) {
            NameSpan span = result.get(i);
            if (PRODUCT_CANDIDATES.contains(span.type()) && products.contains(name(parsed, span))) {
                result.set(i, withType(span, EntityType.MISCELLANEOUS));
            }
        }
    }

    private static String name(ParsedText parsed, NameSpan span) {
        return NameForms.display(span.span().coveredText(parsed.text()));
    }

    private static String between(ParsedText parsed, NameSpan before, NameSpan after) {
        if (before.endToken() > after.firstToken()) {
            return "";
        }
        int end = parsed.tokens().get(after.firstToken()).span().begin();
        int begin = Math.min(end, parsed.tokens().get(before.endToken() - 1).span().end());
        return parsed.text().substring(begin, end).strip();
    }

    private static boolean[] covered(ParsedText parsed, List<NameSpan> spans) {
        boolean[] covered = new boolean[parsed.tokens().size()];
        for (NameSpan span : spans) {
            for (int i = span.firstToken(); i < span.endToken(); i++) {
                covered[i] = true;
            }
        }
        return covered;
    }

    private static boolean isProductNoun(Token token) {
        return PRODUCT_NOUNS.contains(token.word().toLowerCase(Locale.ROOT));
    }

    private static NameSpan withType(NameSpan span, EntityType type) {
        return span.type() == type ? span : new NameSpan(span.firstToken(), span.endToken(), span.span(), type);
    }
}
