package org.parallax.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The English names of the world's countries, by ISO 3166-1 alpha-2 code: the one home of the
 * country names that the language layer (which types a place mention COUNTRY) and the
 * cross-article layer (which joins "Russia" and "Russian Federation") both read.
 *
 * <p>Two sources, both data rather than rules:
 * <ul>
 *   <li><b>short names</b>: the JDK's English display name of every ISO 3166-1 code
 *       ({@link Locale#getISOCountries()}, {@link Locale#getDisplayCountry(Locale)}), split where
 *       the JDK gives two ("Myanmar (Burma)") and with "&amp;" read as "and"; names the JDK builds
 *       with a dash ("Congo - Kinshasa") are left out;</li>
 *   <li><b>other names</b>: {@code country-names.tsv} next to this class, which states its
 *       provenance (ISO 3166-1 full names; a few well-established English short forms such as
 *       "U.S." and "Britain").</li>
 * </ul>
 * Short names can be ambiguous ("Georgia" and "Jordan" also name a US state and a river); the
 * other names are not. Immutable and thread-safe.
 */
public final class Countries {

    private static final String TABLE = "country-names.tsv";

    private static final Map<String, String> SHORT_NAMES = shortNamesFromJdk();
    private static final Map<String, String> OTHER_NAMES = readTable();
    private static final Map<String, String> BY_KEY = byKey();
    private static final Set<String> OTHER_KEYS = OTHER_NAMES.keySet().stream().map(Countries::key)
            .collect(Collectors.toUnmodifiableSet());

    private Countries() {
    }

    /** The JDK's short English names, as written ("Russia", "Bosnia and Herzegovina"), each with its code. */
    public static Map<String, String> shortNames() {
        return SHORT_NAMES;
    }

    /** The formal and other English names of {@code country-names.tsv}, as written, each with its code. */
    public static Map<String, String> otherNames() {
        return OTHER_NAMES;
    }

    /** The country's short English name as the JDK gives it ("Russia" for RU; "Myanmar" for MM). */
    public static String shortName(String code) {
        String display = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        int bracket = display.indexOf(" (");
        return bracket > 0 ? display.substring(0, bracket) : display;
    }

    /**
     * The code of the country a name names, short or other, compared without case, a leading
     * "the" or repeated white space ("the United States", "RUSSIA", "U.K.").
     */
    public static Optional<String> code(String name) {
        return Optional.ofNullable(BY_KEY.get(key(name)));
    }

    /** Whether a name is one of the unambiguous other names ("Russian Federation", "U.S."), compared as {@link #code} does. */
    public static boolean isOtherName(String name) {
        return OTHER_KEYS.contains(key(name));
    }

    private static String key(String name) {
        String stripped = name.strip();
        String key = (stripped.indexOf("  ") >= 0 || stripped.indexOf('\n') >= 0 || stripped.indexOf('\t') >= 0
                ? stripped.replaceAll("\\s+", " ") : stripped).replace("&", "and").toLowerCase(Locale.ROOT);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static Map<String, String> shortNamesFromJdk() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            String display = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (display.isBlank() || display.equals(code) || display.contains(" - ")) {
                continue;
            }
            for (String part : display.replace("&", "and").split("[()]")) {
                if (!part.isBlank()) {
                    names.putIfAbsent(part.strip(), code);
                }
            }
        }
        return Collections.unmodifiableMap(names);
    }

    private static Map<String, String> readTable() {
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE + " next to " + Countries.class);
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
                names.put(cells[1], cells[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        return Collections.unmodifiableMap(names);
    }

    private static Map<String, String> byKey() {
        Map<String, String> keys = new LinkedHashMap<>();
        OTHER_NAMES.forEach((name, code) -> keys.put(key(name), code));
        SHORT_NAMES.forEach((name, code) -> keys.putIfAbsent(key(name), code));
        return Collections.unmodifiableMap(keys);
    }
}
