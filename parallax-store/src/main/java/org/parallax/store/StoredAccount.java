package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.crossarticle.AccountNumbers;
import org.parallax.crossarticle.AccountView;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.Story;

/**
 * The stored account as the cross-article layer's incremental step reads it ({@link AccountView}): each
 * part looked up through the indexes of schema 7 (entities by name key and member, stories by cast and
 * article, events by article) in its own read, so that what an ingest reads of the account depends on
 * what its articles touch, not on the size of the store. Counts the records it reads.
 */
final class StoredAccount implements AccountView {

    /** A record read with the columns that place it in account order. */
    private record Placed<T>(long rank, long position, T record) {
    }

    private static final Comparator<Placed<?>> ORDER = Comparator.comparingLong((Placed<?> placed) -> placed.rank())
            .thenComparingLong(Placed::position);

    private final Database database;
    private long entitiesRead;
    private long storiesRead;
    private long eventsRead;

    StoredAccount(Database database) {
        this.database = database;
    }

    /** How many entity records this view has read. */
    long entitiesRead() {
        return entitiesRead;
    }

    /** How many story records this view has read. */
    long storiesRead() {
        return storiesRead;
    }

    /** How many event records this view has read. */
    long eventsRead() {
        return eventsRead;
    }

    /** How many distinct articles the account's stories cover: the count kept with them (schema 9, {@link AccountCounts}). */
    @Override
    public long articles() {
        return database.read("count the account's articles", AccountCounts::articles);
    }

    @Override
    public AccountNumbers numbers() {
        return database.read("read the account's highest numbers", connection -> new AccountNumbers(
                highest(connection, "entities"), highest(connection, "events"), highest(connection, "stories"),
                highest(connection, "claims")));
    }

    /**
     * The highest number of the table's ids ({@code <prefix><n>}, schema 9's {@code id_number}), 0 for none: the last
     * entry of the column's index, not a sort of every id.
     */
    static int highest(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT MAX(id_number) FROM " + table);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }

    @Override
    public List<Entity> entities(List<AnalyzedArticle> added, Collection<String> members) {
        List<Entity> found = database.read("read the entities new articles may join", connection -> {
            Set<String> ids = new LinkedHashSet<>();
            AccountIndex.AddedKeys keys = AccountIndex.addedKeys(added);
            AccountIndex.forEachRow(connection, "SELECT entity_id FROM entity_keys WHERE entity_key IN", "",
                    keys.exact(), row -> ids.add(row.getString(1)));
            ids.addAll(blockNeighbours(connection, keys.sorted()));
            ids.addAll(firstFullNames(connection, keys.bareName()));
            AccountIndex.forEachRow(connection, "SELECT entity_id FROM entity_members WHERE member IN", "",
                    new LinkedHashSet<>(members), row -> ids.add(row.getString(1)));
            List<Placed<Entity>> placed = new ArrayList<>(ids.size());
            AccountIndex.forEachRow(connection, "SELECT position, record FROM entities WHERE id IN", "", ids,
                    row -> placed.add(new Placed<>(0, row.getLong(1), ModelJson.decompressed(row.getBytes(2), Entity.class))));
            return ordered(placed);
        });
        entitiesRead += found.size();
        return found;
    }

    /**
     * The entities the added forms may join through their sorted keys ({@link NameEntityResolver.SortedKey}): of a
     * block of no more than {@link NameEntityResolver#FULL_BLOCK} rows, every entity one of whose forms joins an added
     * form of the key ({@link NameEntityResolver#formsJoin}); of a larger one, the same among the forms within
     * {@link NameEntityResolver#WINDOW} rows of an added form on either side, the ones the resolver may pair it with.
     * So the rows read per added form are bounded however large the block grows, and the entities read are those that
     * may join. (Rows are entity and form: two entities share a form only where a correction split them, and then a
     * window of rows holds fewer forms.)
     */
    private static Set<String> blockNeighbours(Connection connection, Map<Long, Set<String>> keys) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        try (PreparedStatement size = connection.prepareStatement(
                        "SELECT COUNT(*) FROM (SELECT 1 FROM entity_block_forms WHERE entity_key = ? LIMIT ?) block");
                PreparedStatement all = connection.prepareStatement("SELECT entity_id, form FROM entity_block_forms WHERE entity_key = ?");
                PreparedStatement before = connection.prepareStatement("SELECT entity_id, form FROM entity_block_forms"
                        + " WHERE entity_key = ? AND form < ? ORDER BY entity_key DESC, form DESC LIMIT ?");
                PreparedStatement from = connection.prepareStatement("SELECT entity_id, form FROM entity_block_forms"
                        + " WHERE entity_key = ? AND form >= ? ORDER BY entity_key, form LIMIT ?")) {
            for (Map.Entry<Long, Set<String>> key : keys.entrySet()) {
                size.setLong(1, key.getKey());
                size.setInt(2, NameEntityResolver.FULL_BLOCK + 1);
                long rows;
                try (ResultSet result = size.executeQuery()) {
                    result.next();
                    rows = result.getLong(1);
                }
                if (rows == 0) {
                    continue;
                }
                if (rows <= NameEntityResolver.FULL_BLOCK) {
                    all.setLong(1, key.getKey());
                    collectJoining(all, key.getValue(), ids);
                    continue;
                }
                for (String form : key.getValue()) {
                    for (PreparedStatement side : List.of(before, from)) {
                        side.setLong(1, key.getKey());
                        side.setBytes(2, AccountIndex.form(form));
                        side.setInt(3, NameEntityResolver.WINDOW);
                        collectJoining(side, Set.of(form), ids);
                    }
                }
            }
        }
        return ids;
    }

    /** Adds the entities of the rows ({@code entity_id, form}) whose form joins one of {@code added}. */
    private static void collectJoining(PreparedStatement statement, Set<String> added, Set<String> ids) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                String form = new String(result.getBytes(2), java.nio.charset.StandardCharsets.UTF_8);
                if (added.stream().anyMatch(each -> NameEntityResolver.formsJoin(each, form))) {
                    ids.add(result.getString(1));
                }
            }
        }
    }

    /**
     * The existing full names a one-token name may meet through its token's key: the first ones in account order, as
     * many as the resolver keeps per token and as many again (it keeps its {@link NameEntityResolver#rootsPerName()}
     * per exact token, several tokens may share the key), so that the entities read stay bounded however many people of
     * the store share a surname or given name; a one-token name with more candidates than that is told apart from one
     * with a single candidate all the same.
     */
    private static Set<String> firstFullNames(Connection connection, Set<Long> keys) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        try (PreparedStatement first = connection.prepareStatement("SELECT k.entity_id FROM entity_keys k"
                + " JOIN entities e ON e.id = k.entity_id WHERE k.entity_key = ? ORDER BY e.position LIMIT ?")) {
            for (long key : keys) {
                first.setLong(1, key);
                first.setInt(2, 2 * NameEntityResolver.rootsPerName());
                collect(first, ids);
            }
        }
        return ids;
    }

    private static void collect(PreparedStatement statement, Set<String> ids) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                ids.add(result.getString(1));
            }
        }
    }

    @Override
    public Map<String, Integer> storyCounts(Collection<String> entities) {
        return database.read("count the stories of entities", connection -> {
            Map<String, Integer> counts = new HashMap<>();
            AccountIndex.forEachRow(connection, "SELECT entity_id, COUNT(*) FROM story_entities WHERE entity_id IN",
                    " GROUP BY entity_id", new LinkedHashSet<>(entities), row -> counts.put(row.getString(1), row.getInt(2)));
            return counts;
        });
    }

    @Override
    public Set<String> storiesWithEntities(Collection<String> entities) {
        return ids("SELECT story_id FROM story_entities WHERE entity_id IN", entities);
    }

    @Override
    public Set<String> storiesWithArticles(Collection<String> articles) {
        return ids("SELECT story_id FROM story_articles WHERE article_id IN", articles);
    }

    private Set<String> ids(String select, Collection<String> values) {
        return database.read("look up stories", connection -> {
            Set<String> ids = new HashSet<>();
            AccountIndex.forEachRow(connection, select, "", new LinkedHashSet<>(values), row -> ids.add(row.getString(1)));
            return ids;
        });
    }

    @Override
    public List<Story> stories(Collection<String> ids) {
        List<Story> found = database.read("read stories", connection -> {
            List<Placed<Story>> placed = new ArrayList<>();
            AccountIndex.forEachRow(connection, "SELECT position, record FROM stories WHERE id IN", "",
                    new LinkedHashSet<>(ids),
                    row -> placed.add(new Placed<>(0, row.getLong(1), ModelJson.decompressed(row.getBytes(2), Story.class))));
            return ordered(placed);
        });
        storiesRead += found.size();
        return found;
    }

    @Override
    public List<Event> events(Collection<String> articles) {
        List<Event> found = database.read("read the events of articles", connection -> {
            Set<String> ids = new LinkedHashSet<>();
            AccountIndex.forEachRow(connection, "SELECT event_id FROM event_articles WHERE article_id IN", "",
                    new LinkedHashSet<>(articles), row -> ids.add(row.getString(1)));
            List<Placed<Event>> placed = new ArrayList<>(ids.size());
            AccountIndex.forEachRow(connection, "SELECT timeline_rank, position, record FROM events WHERE id IN", "", ids,
                    row -> placed.add(new Placed<>(row.getLong(1), row.getLong(2),
                            ModelJson.decompressed(row.getBytes(3), Event.class))));
            return ordered(placed);
        });
        eventsRead += found.size();
        return found;
    }

    private static <T> List<T> ordered(List<Placed<T>> placed) {
        placed.sort(ORDER);
        return placed.stream().map(Placed::record).toList();
    }
}
