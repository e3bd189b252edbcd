package org.parallax.crossarticle.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Countries;
import org.parallax.model.EntityType;

/**
 * The names of countries, so that a country's formal name ("Russian Federation", "United States of
 * America", "People's Republic of China") and its short name ("Russia") resolve to one entity.
 *
 * <p>The names are the model's ({@link Countries}): the JDK's short English names and the table of
 * formal and other names, here keyed in {@link NameNormalizer} form.
 *
 * <p>Short names from the JDK count only for names typed as a country or a generic location: a
 * short name such as "Georgia" or "Jordan" also names a US state or a river. Names from the table
 * are unambiguous and count for any place or organisation ("Russian Federation" is often tagged an
 * organisation).
 */
final class CountryNames {

    private static final Map<String, String> SHORT = normalised(Countries.shortNames());
    private static final Map<String, String> OTHER = normalised(Countries.otherNames());

    private CountryNames() {
    }

    /** The country's short English name as the JDK gives it ("Russia" for RU; "Myanmar" for MM). */
    static String shortName(String code) {
        return Countries.shortName(code);
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

    private static Map<String, String> normalised(Map<String, String> names) {
        Map<String, String> keys = new HashMap<>();
        names.forEach((name, code) -> {
            String key = NameNormalizer.normalize(name, false);
            if (!key.isEmpty()) {
                keys.putIfAbsent(key, code);
            }
        });
        return Map.copyOf(keys);
    }
}
