package org.parallax.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.ArticleEntity;
import org.parallax.model.CalendarValue;
import org.parallax.model.Entity;

/**
 * What the account's indexes of schema 7 hold, computed alike when records are written and when they
 * are looked up: entities' name keys as 64-bit hashes, events' timeline ranks, stories' positions; and
 * the look-up of rows by many ids, a bounded number of ids per statement.
 */
final class AccountIndex {

    /** How many ids one statement looks up. */
    static final int IDS_PER_STATEMENT = 500;
    /** The rank of an event without a date it can be placed by: after every dated one. */
    static final long UNDATED = Long.MAX_VALUE;
    private static final long SPANS = 1_000_000L;

    private AccountIndex() {
    }

    /**
     * The hashes of an existing entity's name keys ({@link NameEntityResolver#nameKeys}) but its sorted keys
     * ({@link #blockForms(Entity)}): the keys kept in {@code entity_keys}, each of whose entities an added name
     * sharing it may meet.
     */
    static Set<Long> keys(Entity entity) {
        Set<String> sorted = new HashSet<>();
        NameEntityResolver.sortedKeys(entity).forEach(key -> sorted.add(key.key()));
        Set<Long> hashes = new LinkedHashSet<>();
        NameEntityResolver.nameKeys(entity).stream().filter(key -> !sorted.contains(key)).forEach(key -> hashes.add(hash(key)));
        return hashes;
    }

    /**
     * The keys through which the added articles' entities may meet existing ones ({@link NameEntityResolver#extendKeys}),
     * each entity's taken once: {@code exact}, the hashes of those every existing entity sharing one of which they may
     * meet; {@code sorted}, each sorted key's hash with the added forms that give it; {@code bareName}, the hashes of
     * the keys through which one-token person names meet existing full names.
     */
    record AddedKeys(Set<Long> exact, Map<Long, Set<String>> sorted, Set<Long> bareName) {
    }

    /** The {@link AddedKeys} of the added articles' entities. */
    static AddedKeys addedKeys(List<AnalyzedArticle> added) {
        Set<Long> exact = new LinkedHashSet<>();
        Map<Long, Set<String>> sorted = new LinkedHashMap<>();
        Set<Long> bareName = new LinkedHashSet<>();
        for (AnalyzedArticle article : added) {
            for (ArticleEntity entity : article.annotations().entities()) {
                NameEntityResolver.ExtendKeys keys = NameEntityResolver.extendKeys(entity);
                keys.exact().forEach(key -> exact.add(hash(key)));
                keys.sorted().forEach(key -> sorted.computeIfAbsent(hash(key.key()), each -> new TreeSet<>()).add(key.form()));
                keys.bareName().forEach(key -> bareName.add(hash(key)));
            }
        }
        return new AddedKeys(exact, sorted, bareName);
    }

    /**
     * One row of {@code entity_block_forms}: a sorted key's hash ({@link NameEntityResolver.SortedKey}) and the form
     * that gives it, as UTF-8 bytes, whose unsigned byte order is the order of the forms' code points (the
     * resolver's {@link String#compareTo} order but for characters beyond the Basic Multilingual Plane).
     */
    record BlockForm(long key, byte[] form) {
    }

    /** The rows of {@code entity_block_forms} for an existing entity: its sorted keys with their forms, each once. */
    static List<BlockForm> blockForms(Entity entity) {
        Map<String, BlockForm> forms = new LinkedHashMap<>();
        for (NameEntityResolver.SortedKey key : NameEntityResolver.sortedKeys(entity)) {
            forms.putIfAbsent(key.key() + "\n" + key.form(), new BlockForm(hash(key.key()), form(key.form())));
        }
        return List.copyOf(forms.values());
    }

    /** A form as {@code entity_block_forms} keeps it. */
    static byte[] form(String form) {
        return form.getBytes(StandardCharsets.UTF_8);
    }

    /** A key's 64-bit FNV-1a hash of its UTF-8 bytes. */
    static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (byte each : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= each & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /**
     * An event's place on the timeline by its date, as the cross-article layer orders its events: by the
     * calendar value's start, a longer period before the shorter ones that start with it; {@link #UNDATED}
     * for none.
     */
    static long timelineRank(Optional<String> date) {
        Optional<CalendarValue> value = date.flatMap(CalendarValue::parse);
        if (value.isEmpty()) {
            return UNDATED;
        }
        long span = Math.min(SPANS - 1, ChronoUnit.DAYS.between(value.get().start(), value.get().end()));
        return value.get().start().toEpochDay() * SPANS + (SPANS - 1 - span);
    }

    /** A story's position: its number ({@code s<n>}), so that stories are kept in order of their numbers. */
    static int storyPosition(String id, int index) {
        int number = org.parallax.crossarticle.AccountIds.maxNumber(List.of(id), "s");
        return number > 0 ? number : index;
    }

    /** Receives one row of a look-up. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs {@code select} (ending in {@code IN}) for the values, {@link #IDS_PER_STATEMENT} at a time, and
     * {@code suffix} after the list; each row to {@code reader}.
     */
    static void forEachRow(Connection connection, String select, String suffix, Collection<?> values, RowReader reader)
            throws SQLException {
        List<?> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += IDS_PER_STATEMENT) {
            List<?> part = all.subList(from, Math.min(all.size(), from + IDS_PER_STATEMENT));
            String sql = select + " (" + String.join(", ", java.util.Collections.nCopies(part.size(), "?")) + ")" + suffix;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < part.size(); i++) {
                    statement.setObject(i + 1, part.get(i));
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        reader.read(result);
                    }
                }
            }
        }
    }
}
