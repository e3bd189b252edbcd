package org.parallax.crossarticle.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.EntityType;

/**
 * The names of countries, so that a country's formal name ("Russian Federation", "United States of
 * America", "People's Republic of China") and its short name ("Russia") resolve to one entity.
 *
 * <p>Two sources, both data rather than rules:
 * <ul>
 *   <li><b>short names</b>: the JDK's English display name of every ISO 3166-1 code
 *       ({@link Locale#getISOCountries()}, {@link Locale#getDisplayCountry(Locale)}), split where
 *       the JDK gives two ("Myanmar (Burma)") and with "&amp;" read as "and";</li>
 *   <li><b>formal and other names</b>: {@code country-names.tsv} next to this class, which states
 *       its provenance (ISO 3166-1 full names; a few well-established English short forms such as
 *       "U.S." and "Britain").</li>
 * </ul>
 *
 * <p>Short names from the JDK count only for names typed as a country or a generic location: a
 * short name such as "Georgia" or "Jordan" also names a US state or a river. Names from the table
 * are unambiguous and count for any place or organisation ("Russian Federation" is often tagged an
 * organisation). Names compare in {@link NameNormalizer} form.
 */
final class CountryNames {

    private static final String TABLE = "country-names.tsv";

    private static final Map<String, String> SHORT = new HashMap<>();
    private static final Map<String, String> OTHER = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            String display = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (display.isBlank() || display.equals(code) || display.contains(" - ")) {
                continue;
            }
            for (String part : display.replace("&", "and").split("[()]")) {
                String key = NameNormalizer.normalize(part, false);
                if (!key.isEmpty()) {
                    SHORT.putIfAbsent(key, code);
                }
            }
        }
        readTable();
    }

    private CountryNames() {
    }

    /** The country's short English name as the JDK gives it ("Russia" for RU; "Myanmar" for MM). */
    static String shortName(String code) {
        String display = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        int bracket = display.indexOf(" (");
        return bracket > 0 ? display.substring(0, bracket) : display;
    }

    /** The ISO 3166-1 code of the country one of these normalised names names, given the entity's type. */
    static Optional<String> code(List<List<String>> forms, EntityType type) {
        TypeGroup group = TypeGroup.of(type);
        if (group != TypeGroup.PLACE && group != TypeGroup.ORGANIZATION) {
            return Optional.empty();
        }
        boolean shortNamesCount = type == EntityType.COUNTRY || type == EntityType.LOCATION;
        for (List<String> form : forms) {
            String name = String.join(" ", form);
            String code = OTHER.get(name);
            if (code == null && shortNamesCount) {
                code = SHORT.get(name);
            }
            if (code != null) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    private static void readTable() {
        try (InputStream in = CountryNames.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE + " next to " + CountryNames.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 2) {
                    throw new IllegalStateException("bad line in " + TABLE + ": " + line);
                }
                OTHER.put(NameNormalizer.normalize(cells[1], false), cells[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
    }
}
