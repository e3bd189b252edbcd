package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.parallax.model.Claim;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.Event;
import org.parallax.model.Story;

/**
 * The cross-article account in the store: entities (with their names and per-article members),
 * events, stories (with their articles and independent sources) and claims. It is updated in one
 * transaction, writing only what changed, so readers see the old account or the new, never a mix.
 */
final class AccountRecords {

    private AccountRecords() {
    }

    /**
     * Replaces the stored account {@code previous} with {@code next}, writing only what differs:
     * records that changed or moved, and their rows; and marks the articles whose search documents
     * change with them (those with a member that now resolves to another entity, or now in other
     * stories) for the index to refresh ({@code index_refresh}), instead of a new generation that rewrites every
     * document. One transaction, like {@link #replace}.
     */
    static void update(Connection connection, CrossArticle previous, CrossArticle next) throws SQLException {
        Changes<Entity> entities = Changes.of(previous.entities(), next.entities(), Entity::id);
        Changes<Story> stories = Changes.of(previous.stories(), next.stories(), Story::id);
        Set<String> refresh = new HashSet<>();
        Map<String, String> entityBefore = new HashMap<>();
        Map<String, String> entityAfter = new HashMap<>();
        entities.replaced().forEach(entity -> entity.members().forEach(member -> entityBefore.put(member, entity.id())));
        entities.written().forEach(entity -> entity.members().forEach(member -> entityAfter.put(member, entity.id())));
        changedKeys(entityBefore, entityAfter).forEach(member -> refresh.add(Corrections.articleOf(member)));
        Map<String, Set<String>> storiesBefore = new HashMap<>();
        Map<String, Set<String>> storiesAfter = new HashMap<>();
        stories.replaced().forEach(story -> story.articles().forEach(article ->
                storiesBefore.computeIfAbsent(article, key -> new HashSet<>()).add(story.id())));
        stories.written().forEach(story -> story.articles().forEach(article ->
                storiesAfter.computeIfAbsent(article, key -> new HashSet<>()).add(story.id())));
        refresh.addAll(changedKeys(storiesBefore, storiesAfter));
        Changes<Event> events = Changes.of(previous.events(), next.events(), Event::id);

        delete(connection, List.of("DELETE FROM entity_names WHERE entity_id = ?", "DELETE FROM entity_members WHERE entity_id = ?",
                "DELETE FROM entities WHERE id = ?"), entities.removed());
        delete(connection, List.of("DELETE FROM event_participants WHERE event_id = ?", "DELETE FROM events WHERE id = ?"),
                events.removed());
        delete(connection, List.of("DELETE FROM claims WHERE story_id = ?", "DELETE FROM story_articles WHERE story_id = ?",
                "DELETE FROM story_outlets WHERE story_id = ?",
                "DELETE FROM stories WHERE id = ?"), stories.removed());
        insertEntities(connection, entities.written(), entities.positions());
        insertEvents(connection, events.written(), events.positions());
        insertStories(connection, stories.written(), stories.positions());
        move(connection, "entities", entities.moved());
        move(connection, "events", events.moved());
        move(connection, "stories", stories.moved());
        try (PreparedStatement known = connection.prepareStatement("SELECT 1 FROM index_refresh WHERE article_id = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO index_refresh (article_id) VALUES (?)")) {
            for (String article : refresh) {
                known.setString(1, article);
                try (ResultSet result = known.executeQuery()) {
                    if (result.next()) {
                        continue;
                    }
                }
                insert.setString(1, article);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The keys whose values differ between two maps (or that only one holds). */
    private static <V> Set<String> changedKeys(Map<String, V> before, Map<String, V> after) {
        Set<String> changed = new HashSet<>();
        before.forEach((key, value) -> {
            if (!value.equals(after.get(key))) {
                changed.add(key);
            }
        });
        after.keySet().stream().filter(key -> !before.containsKey(key)).forEach(changed::add);
        return changed;
    }

    /**
     * What differs between two lists of records with ids: the earlier versions of the records gone
     * or changed, the ids to remove (gone, or changed and so written again), the records to write
     * (new or changed) and where, and the records that only moved to another position.
     */
    private record Changes<T>(List<T> replaced, List<String> removed, List<T> written, Map<String, Integer> positions,
            Map<String, Integer> moved) {

        static <T> Changes<T> of(List<T> previous, List<T> next, Function<T, String> id) {
            Map<String, Integer> before = new HashMap<>();
            Map<String, T> earlier = new HashMap<>();
            for (int i = 0; i < previous.size(); i++) {
                before.put(id.apply(previous.get(i)), i);
                earlier.put(id.apply(previous.get(i)), previous.get(i));
            }
            Set<String> kept = new HashSet<>();
            List<T> replaced = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            List<T> written = new ArrayList<>();
            Map<String, Integer> positions = new HashMap<>();
            Map<String, Integer> moved = new HashMap<>();
            for (int i = 0; i < next.size(); i++) {
                T record = next.get(i);
                String key = id.apply(record);
                kept.add(key);
                T old = earlier.get(key);
                if (old == null || !old.equals(record)) {
                    if (old != null) {
                        removed.add(key);
                        replaced.add(old);
                    }
                    written.add(record);
                    positions.put(key, i);
                } else if (before.get(key) != i) {
                    moved.put(key, i);
                }
            }
            for (T record : previous) {
                if (!kept.contains(id.apply(record))) {
                    replaced.add(record);
                    removed.add(id.apply(record));
                }
            }
            return new Changes<>(replaced, removed, written, positions, moved);
        }
    }

    private static void delete(Connection connection, List<String> statements, List<String> ids) throws SQLException {
        for (String sql : statements) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (String id : ids) {
                    statement.setString(1, id);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }

    private static void move(Connection connection, String table, Map<String, Integer> positions) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE " + table + " SET position = ? WHERE id = ?")) {
            for (Map.Entry<String, Integer> entry : positions.entrySet()) {
                statement.setInt(1, entry.getValue());
                statement.setString(2, entry.getKey());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void insertEntities(Connection connection, List<Entity> entities) throws SQLException {
        insertEntities(connection, entities, positionsOf(entities, Entity::id));
    }

    private static <T> Map<String, Integer> positionsOf(List<T> records, Function<T, String> id) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            positions.put(id.apply(records.get(i)), i);
        }
        return positions;
    }

    private static void insertEntities(Connection connection, List<Entity> entities, Map<String, Integer> positions)
            throws SQLException {
        try (PreparedStatement entity = connection.prepareStatement(
                "INSERT INTO entities (id, position, name, type, record) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement name = connection.prepareStatement("INSERT INTO entity_names (entity_id, name) VALUES (?, ?)");
                PreparedStatement member = connection.prepareStatement(
                        "INSERT INTO entity_members (member, entity_id) VALUES (?, ?)")) {
            for (Entity resolved : entities) {
                entity.setString(1, resolved.id());
                entity.setInt(2, positions.get(resolved.id()));
                entity.setString(3, resolved.name());
                entity.setString(4, resolved.type().name());
                entity.setBytes(5, ModelJson.compressed(resolved));
                entity.addBatch();
                Set<String> names = new LinkedHashSet<>();
                names.add(resolved.name());
                resolved.aliases().stream().map(EntityAlias::name).forEach(names::add);
                for (String each : names) {
                    name.setString(1, resolved.id());
                    name.setString(2, each);
                    name.addBatch();
                }
                for (String each : new LinkedHashSet<>(resolved.members())) {
                    member.setString(1, each);
                    member.setString(2, resolved.id());
                    member.addBatch();
                }
            }
            entity.executeBatch();
            name.executeBatch();
            member.executeBatch();
        }
    }

    private static void insertEvents(Connection connection, List<Event> events) throws SQLException {
        insertEvents(connection, events, positionsOf(events, Event::id));
    }

    private static void insertEvents(Connection connection, List<Event> events, Map<String, Integer> positions)
            throws SQLException {
        try (PreparedStatement event = connection.prepareStatement(
                "INSERT INTO events (id, position, event_date, record) VALUES (?, ?, ?, ?)");
                PreparedStatement participant = connection.prepareStatement(
                        "INSERT INTO event_participants (event_id, entity_id) VALUES (?, ?)")) {
            for (Event each : events) {
                event.setString(1, each.id());
                event.setInt(2, positions.get(each.id()));
                event.setString(3, each.date().orElse(null));
                event.setBytes(4, ModelJson.compressed(each));
                event.addBatch();
                for (String entity : new LinkedHashSet<>(each.participants())) {
                    participant.setString(1, each.id());
                    participant.setString(2, entity);
                    participant.addBatch();
                }
            }
            event.executeBatch();
            participant.executeBatch();
        }
    }

    private static void insertStories(Connection connection, List<Story> stories, Map<String, Integer> positions)
            throws SQLException {
        StorySources sources = StorySources.load(connection, stories.stream().flatMap(story -> story.articles().stream()).toList());
        try (PreparedStatement story = connection.prepareStatement("INSERT INTO stories (id, position, title,"
                + " article_count, independent_sources, outlet_count, record) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement article = connection.prepareStatement(
                        "INSERT INTO story_articles (story_id, article_id) VALUES (?, ?)");
                PreparedStatement claim = connection.prepareStatement(
                        "INSERT INTO claims (id, story_id, statement, coverage, record) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement outlet = connection.prepareStatement(INSERT_COVERAGE)) {
            for (Story each : stories) {
                Set<String> articles = new LinkedHashSet<>(each.articles());
                List<Answers.OutletCoverage> coverage = sources.coverage(articles);
                story.setString(1, each.id());
                story.setInt(2, positions.get(each.id()));
                story.setString(3, each.title());
                story.setInt(4, articles.size());
                story.setInt(5, sources.independentSources(articles));
                story.setInt(6, coverage.size());
                story.setBytes(7, ModelJson.compressed(each));
                story.addBatch();
                for (String id : articles) {
                    article.setString(1, each.id());
                    article.setString(2, id);
                    article.addBatch();
                }
                for (Claim each2 : each.claims()) {
                    claim.setString(1, each2.id());
                    claim.setString(2, each.id());
                    claim.setString(3, each2.statement());
                    claim.setString(4, each2.coverage().name());
                    claim.setBytes(5, ModelJson.compressed(each2));
                    claim.addBatch();
                }
                addCoverage(outlet, each.id(), coverage);
            }
            story.executeBatch();
            article.executeBatch();
            claim.executeBatch();
            outlet.executeBatch();
        }
    }

    private static final String INSERT_COVERAGE = "INSERT INTO story_outlets (story_id, position, outlet, articles,"
            + " independent_sources) VALUES (?, ?, ?, ?, ?)";

    private static void addCoverage(PreparedStatement statement, String story, List<Answers.OutletCoverage> coverage)
            throws SQLException {
        for (int i = 0; i < coverage.size(); i++) {
            statement.setString(1, story);
            statement.setInt(2, i);
            statement.setString(3, coverage.get(i).outlet());
            statement.setInt(4, coverage.get(i).articles());
            statement.setInt(5, coverage.get(i).independentSources());
            statement.addBatch();
        }
    }

    /**
     * Counts the coverage by outlet of the stories stored before schema 6 (whose {@code outlet_count} is NULL), once,
     * a story at a time; returns how many it counted.
     */
    static int completeCoverage(Connection connection) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM stories WHERE outlet_count IS NULL");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                missing.add(result.getString(1));
            }
        }
        try (PreparedStatement articles = connection.prepareStatement("SELECT article_id FROM story_articles WHERE story_id = ?");
                PreparedStatement outlet = connection.prepareStatement(INSERT_COVERAGE);
                PreparedStatement count = connection.prepareStatement("UPDATE stories SET outlet_count = ? WHERE id = ?")) {
            for (String story : missing) {
                Set<String> members = new LinkedHashSet<>();
                articles.setString(1, story);
                try (ResultSet result = articles.executeQuery()) {
                    while (result.next()) {
                        members.add(result.getString(1));
                    }
                }
                List<Answers.OutletCoverage> coverage = StorySources.load(connection, members).coverage(members);
                addCoverage(outlet, story, coverage);
                outlet.executeBatch();
                count.setInt(1, coverage.size());
                count.setString(2, story);
                count.executeUpdate();
            }
        }
        return missing.size();
    }

    /** The stored account, in the order it was computed. */
    static CrossArticle read(Connection connection) throws SQLException {
        return new CrossArticle(records(connection, "entities", Entity.class), records(connection, "events", Event.class),
                records(connection, "stories", Story.class));
    }

    static <T> List<T> records(Connection connection, String table, Class<T> type) throws SQLException {
        List<T> records = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT record FROM " + table + " ORDER BY position");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                records.add(ModelJson.decompressed(result.getBytes(1), type));
            }
        }
        return records;
    }
}
