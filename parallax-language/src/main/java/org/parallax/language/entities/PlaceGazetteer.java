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
 *       Parallax whose header gives its sources and how ambiguous names are read.</li>
 * </ul>
 * Names compare without case, a leading "the" or repeated white space. Thread-safe.
 */
final class PlaceGazetteer {

    private static final String TABLE = "places.tsv";
    private static final Set<EntityType> TYPES = Set.of(EntityType.CITY, EntityType.STATE_OR_PROVINCE, EntityType.COUNTRY);
    private static final Map<String, EntityType> PLACES = read();

    private PlaceGazetteer() {
    }

    /** The type of the place a name names: COUNTRY before the list's CITY or STATE_OR_PROVINCE; empty when unknown. */
    static Optional<EntityType> type(String name) {
        if (Countries.code(name).isPresent()) {
            return Optional.of(EntityType.COUNTRY);
        }
        return Optional.ofNullable(PLACES.get(key(name)));
    }

    /** Whether the list knows the name as a state or province, even where it also names a country ("Georgia"). */
    static boolean isStateOrProvince(String name) {
        return PLACES.get(key(name)) == EntityType.STATE_OR_PROVINCE;
    }

    /** Whether the name is a country's. */
    static boolean isCountry(String name) {
        return type(name).filter(type -> type == EntityType.COUNTRY).isPresent();
    }

    private static String key(String name) {
        String key = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return key.startsWith("the ") ? key.substring(4) : key;
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
