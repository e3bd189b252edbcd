package org.parallax.language.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.model.Countries;
import org.parallax.model.EntityType;

/**
 * The kind of place a name names, from two lists rather than CoreNLP's fine-grained NER (whose
 * TokensRegex matcher would cost most of the language layer's time): a hash lookup of the whole
 * name, once per place mention.
 * <ul>
 *   <li>countries: the model's {@link Countries} (the JDK's English names, ISO formal names and
 *       common forms such as "U.S.");</li>
 *   <li>cities and states or provinces: {@code places.tsv} next to this class, a list written for
 *       Parallax whose header gives its sources and how ambiguous names are read; it decides the
 *       names it holds;</li>
 *   <li>the other cities and states: the GeoNames-derived KBP gazetteer in CoreNLP's models jar
 *       (already a dependency; {@value KbpGazetteer#RESOURCE}, GPL-3.0-or-later), its entries
 *       typed CITY or STATE_OR_PROVINCE, plain names only (not its regular expressions or its
 *       "X-born" forms), without names of regions the demonym list holds as places ("Asia",
 *       "Middle East"), read once, on the first name the other lists do not know (about half a
 *       second; 41,000 cities).</li>
 * </ul>
 * Names compare without case, a leading "the", a trailing full stop or repeated white space.
 * Thread-safe.
 */
final class PlaceGazetteer {

    private static final String TABLE = "places.tsv";
    private static final Set<EntityType> TYPES = Set.of(EntityType.CITY, EntityType.STATE_OR_PROVINCE, EntityType.COUNTRY);
    private static final Map<String, EntityType> PLACES = read();
    /** A name in the KBP gazetteer that is a plain name: letters, spaces, dots and apostrophes. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}][\\p{L} .']*");

    private PlaceGazetteer() {
    }

    /**
     * The type of the place a name names: a country first, then {@code places.tsv}, then the KBP
     * gazetteer (states before cities); empty when none knows it.
     */
    static Optional<EntityType> type(String name) {
        if (Countries.code(name).isPresent()) {
            return Optional.of(EntityType.COUNTRY);
        }
        String key = key(name);
        EntityType listed = PLACES.get(key);
        return listed != null ? Optional.of(listed) : Optional.ofNullable(KbpGazetteer.PLACES.get(key));
    }

    /** Whether the list knows the name as a state or province, even where it also names a country ("Georgia"). */
    static boolean isStateOrProvince(String name) {
        return PLACES.get(key(name)) == EntityType.STATE_OR_PROVINCE;
    }

    /** Whether the name is a country's. */
    static boolean isCountry(String name) {
        return type(name).filter(type -> type == EntityType.COUNTRY).isPresent();
    }

    /** The KBP gazetteer's plain city and state names, read when first needed. */
    private static final class KbpGazetteer {

        static final String RESOURCE = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
        static final Map<String, EntityType> PLACES = read();

        private KbpGazetteer() {
        }

        private static Map<String, EntityType> read() {
            Set<String> regions = Nationalities.placeNames().stream().map(PlaceGazetteer::key)
                    .collect(java.util.stream.Collectors.toSet());
            Map<String, EntityType> places = new HashMap<>();
            try (InputStream in = PlaceGazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE + " (CoreNLP's models jar)");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab <= 0) {
                        continue;
                    }
                    EntityType type = line.startsWith("CITY\t", tab + 1) ? EntityType.CITY
                            : line.startsWith("STATE_OR_PROVINCE\t", tab + 1) ? EntityType.STATE_OR_PROVINCE : null;
                    if (type == null || line.lastIndexOf('-', tab) >= 0 || line.lastIndexOf('\\', tab) >= 0) {
                        continue; // most lines: other types, "X-born" forms, regular expressions
                    }
                    String name = line.substring(0, tab);
                    if (!PLAIN_NAME.matcher(name).matches() || regions.contains(name) || Countries.code(name).isPresent()) {
                        continue;
                    }
                    places.merge(name, type, (first, second) -> first == EntityType.STATE_OR_PROVINCE ? first : second);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            return Map.copyOf(places);
        }
    }

    /** Lower case, white space collapsed, without a leading "the" or a trailing full stop ("N.C." and "N.C" meet). */
    private static String key(String name) {
        String key = NameForms.collapseSpaces(name).toLowerCase(Locale.ROOT);
        key = key.startsWith("the ") ? key.substring(4) : key;
        return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }

    private static Map<String, EntityType> read() {
        Map<String, EntityType> places = new HashMap<>();
        try (InputStream in = PlaceGazetteer.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE + " next to " + PlaceGazetteer.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                EntityType type = cells.length == 2 ? EntityType.valueOf(cells[0]) : null;
                if (type == null || !TYPES.contains(type)) {
                    throw new IllegalStateException(TABLE + " line " + number + ": expected TYPE<TAB>name, got " + line);
                }
                if (places.put(key(cells[1]), type) != null) {
                    throw new IllegalStateException(TABLE + " line " + number + ": " + cells[1] + " is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        return Map.copyOf(places);
    }
}
