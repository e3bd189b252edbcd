package org.parallax.language.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Token;
import org.parallax.model.Countries;
import org.parallax.model.EntityType;

/**
 * Gives corrected mentions the finer types users expect, with lookups rather than CoreNLP's slow
 * fine-grained NER:
 * <ol>
 *   <li>a LOCATION is a COUNTRY, CITY or STATE_OR_PROVINCE when {@link PlaceGazetteer} knows its
 *       name; after a city and a comma, a name the list holds as a state is that state even where
 *       it also names a country ("Atlanta, Georgia");</li>
 *   <li>an ORGANIZATION whose whole name is an unambiguous country name ("Russian Federation") is a
 *       COUNTRY;</li>
 *   <li>capitalised words outside any mention that spell a nationality ({@link Nationalities}:
 *       "Israeli officials", "Palestinians") become NATIONALITY mentions;</li>
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
    private static final Set<EntityType> PRODUCT_CANDIDATES = Set.of(EntityType.LOCATION, EntityType.ORGANIZATION,
            EntityType.PERSON, EntityType.MISCELLANEOUS);

    private MentionTyper() {
    }

    /** The spans with finer types and the added nationality and product mentions, in text order. */
    static List<NameSpan> refine(ParsedText parsed, List<NameSpan> spans) {
        List<NameSpan> result = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            NameSpan span = spans.get(i);
            result.add(withType(span, placeType(parsed, span, i > 0 ? spans.get(i - 1) : null)));
        }
        boolean[] covered = covered(parsed, result);
        addUntaggedProducts(parsed, result, covered);
        addNationalities(parsed, result, covered);
        markProducts(parsed, result);
        result.sort(Comparator.naturalOrder());
        return List.copyOf(result);
    }

    private static EntityType placeType(ParsedText parsed, NameSpan span, NameSpan previous) {
        String name = NameForms.display(span.span().coveredText(parsed.text()));
        if (span.type() == EntityType.LOCATION) {
            if (previous != null && previous.type() == EntityType.LOCATION && PlaceGazetteer.isStateOrProvince(name)
                    && PlaceGazetteer.type(previous.span().coveredText(parsed.text())).orElse(null) == EntityType.CITY
                    && between(parsed, previous, span).equals(",")) {
                return EntityType.STATE_OR_PROVINCE;
            }
            return PlaceGazetteer.type(name).orElse(EntityType.LOCATION);
        }
        if (span.type() == EntityType.ORGANIZATION && Countries.isOtherName(name)) {
            return EntityType.COUNTRY;
        }
        return span.type();
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
                result.add(NameSpan.of(parsed, i, i + length, EntityType.NATIONALITY));
                i += length;
            } else {
                i++;
            }
        }
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
