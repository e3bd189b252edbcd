package org.parallax.language.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.EntityType;

/**
 * How names are compared within one article: the form a name takes without its possessive ending,
 * and the key under which spelling variants of one name meet.
 *
 * <p>Transliteration variants are normalised in two documented ways, both hand-written because no
 * maintained Java library maps romanisations of Ukrainian and Russian names onto each other:
 * <ul>
 *   <li>a small table of place names whose Ukrainian-based spellings (official in English-language
 *       news since 2019–2022) differ from the older Russian-based ones: Kyiv/Kiev, Kharkiv/Kharkov,
 *       Odesa/Odessa, Lviv/Lvov, Mykolaiv/Nikolaev, Luhansk/Lugansk, Zaporizhzhia/Zaporozhye,
 *       Chernihiv/Chernigov, Donbas/Donbass; the table also gives each place's type, because
 *       CoreNLP's models, trained before the new spellings spread, often leave them untagged;</li>
 *   <li>one rule for Slavic surnames, whose adjectival ending is romanised -sky, -skyy, -skiy,
 *       -skyi or -skii (Zelensky, Zelenskyy, Zelenskiy), and likewise -tsky/-tskyy.</li>
 * </ul>
 * The cross-article layer does more; this is only what is safe inside one article.
 */
final class NameForms {

    private record Variant(String key, EntityType type) {
    }

    private static final Map<String, Variant> PLACE_VARIANTS = placeVariants();

    private NameForms() {
    }

    /** The characters of a name without a trailing possessive ({@code ’s}, {@code 's}, {@code ’}). */
    static int possessiveLength(String name) {
        if (name.endsWith("’s") || name.endsWith("'s") || name.endsWith("’S") || name.endsWith("'S")) {
            return 2;
        }
        if (name.endsWith("’") || name.endsWith("'")) {
            return 1;
        }
        return 0;
    }

    /** The name as written, possessive removed and white space collapsed. */
    static String display(String name) {
        String trimmed = name.substring(0, name.length() - possessiveLength(name));
        return trimmed.replaceAll("\\s+", " ").strip();
    }

    /** The name stripped, each run of white space one space; without regular expressions, as it runs once per mention. */
    static String collapseSpaces(String name) {
        String stripped = name.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The comparison keys of a name's words: lower case, accents and possessive removed, variants unified. */
    static List<String> keys(String name) {
        List<String> keys = new ArrayList<>();
        for (String word : display(name).split("[\\s]+")) {
            String key = key(word);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The type of a place whose spelling the variant table knows, for words the tagger missed. */
    static Optional<EntityType> knownPlaceType(String word) {
        Variant variant = PLACE_VARIANTS.get(plain(word));
        return Optional.ofNullable(variant).map(Variant::type);
    }

    private static String key(String word) {
        String plain = plain(word);
        Variant variant = PLACE_VARIANTS.get(plain);
        if (variant != null) {
            return variant.key();
        }
        return plain.replaceFirst("(sk|tsk|ck)(yy|iy|yi|ii|ij)$", "$1y");
    }

    private static String plain(String word) {
        String stripped = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    private static Map<String, Variant> placeVariants() {
        Map<String, Variant> table = new HashMap<>();
        put(table, EntityType.CITY, "kyiv", "kiev");
        put(table, EntityType.CITY, "kharkiv", "kharkov");
        put(table, EntityType.CITY, "odesa", "odessa");
        put(table, EntityType.CITY, "lviv", "lvov");
        put(table, EntityType.CITY, "mykolaiv", "nikolaev", "nikolayev");
        put(table, EntityType.CITY, "chernihiv", "chernigov");
        put(table, EntityType.LOCATION, "luhansk", "lugansk");
        put(table, EntityType.LOCATION, "zaporizhzhia", "zaporizhia", "zaporozhye");
        put(table, EntityType.LOCATION, "donbas", "donbass");
        return Map.copyOf(table);
    }

    private static void put(Map<String, Variant> table, EntityType type, String key, String... others) {
        Variant variant = new Variant(key, type);
        table.put(key, variant);
        for (String other : others) {
            table.put(other, variant);
        }
    }
}
