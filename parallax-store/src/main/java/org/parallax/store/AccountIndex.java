package org.parallax.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** The hashes of an existing entity's name keys ({@link NameEntityResolver#nameKeys}). */
    static Set<Long> keys(Entity entity) {
        Set<Long> hashes = new LinkedHashSet<>();
        NameEntityResolver.nameKeys(entity).forEach(key -> hashes.add(hash(key)));
        return hashes;
    }

    /** The hashes of the name keys of the added articles' entities ({@link NameEntityResolver#linkageKeys(ArticleEntity)}). */
    static Set<Long> keys(List<AnalyzedArticle> added) {
        Set<Long> hashes = new LinkedHashSet<>();
        for (AnalyzedArticle article : added) {
            for (ArticleEntity entity : article.annotations().entities()) {
                NameEntityResolver.linkageKeys(entity).forEach(key -> hashes.add(hash(key)));
            }
        }
        return hashes;
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
