package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Claim;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.Event;
import org.parallax.model.Story;

/**
 * The cross-article account in the store: entities (with their names and per-article members),
 * events, stories (with their articles and independent sources) and claims. It is replaced as a
 * whole, in one transaction, so readers see the old account or the new, never a mix.
 */
final class AccountRecords {

    private static final List<String> TABLES = List.of("claims", "story_articles", "stories", "event_participants",
            "events", "entity_members", "entity_names", "entities");

    private AccountRecords() {
    }

    static void replace(Connection connection, CrossArticle account) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
        insertEntities(connection, account.entities());
        insertEvents(connection, account.events());
        insertStories(connection, account.stories());
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE store_state SET number = number + 1 WHERE name = 'generation'");
        }
    }

    private static void insertEntities(Connection connection, List<Entity> entities) throws SQLException {
        try (PreparedStatement entity = connection.prepareStatement(
                "INSERT INTO entities (id, position, name, type, record) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement name = connection.prepareStatement("INSERT INTO entity_names (entity_id, name) VALUES (?, ?)");
                PreparedStatement member = connection.prepareStatement(
                        "INSERT INTO entity_members (member, entity_id) VALUES (?, ?)")) {
            int position = 0;
            for (Entity resolved : entities) {
                entity.setString(1, resolved.id());
                entity.setInt(2, position++);
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
        try (PreparedStatement event = connection.prepareStatement(
                "INSERT INTO events (id, position, event_date, record) VALUES (?, ?, ?, ?)");
                PreparedStatement participant = connection.prepareStatement(
                        "INSERT INTO event_participants (event_id, entity_id) VALUES (?, ?)")) {
            int position = 0;
            for (Event each : events) {
                event.setString(1, each.id());
                event.setInt(2, position++);
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

    private static void insertStories(Connection connection, List<Story> stories) throws SQLException {
        IndependentSources sources = IndependentSources.load(connection);
        try (PreparedStatement story = connection.prepareStatement("INSERT INTO stories (id, position, title,"
                + " article_count, independent_sources, record) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement article = connection.prepareStatement(
                        "INSERT INTO story_articles (story_id, article_id) VALUES (?, ?)");
                PreparedStatement claim = connection.prepareStatement(
                        "INSERT INTO claims (id, story_id, statement, coverage, record) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Story each : stories) {
                Set<String> articles = new LinkedHashSet<>(each.articles());
                story.setString(1, each.id());
                story.setInt(2, position++);
                story.setString(3, each.title());
                story.setInt(4, articles.size());
                story.setInt(5, sources.count(articles));
                story.setBytes(6, ModelJson.compressed(each));
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
            }
            story.executeBatch();
            article.executeBatch();
            claim.executeBatch();
        }
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

    /**
     * Groups a story's articles into independent sources: articles are one source when one copies
     * or updates another (a near-duplicate link) or when they come from the same outlet.
     */
    static final class IndependentSources {
        private final Map<String, String> outlets;
        private final Map<String, List<String>> links;

        private IndependentSources(Map<String, String> outlets, Map<String, List<String>> links) {
            this.outlets = outlets;
            this.links = links;
        }

        static IndependentSources load(Connection connection) throws SQLException {
            Map<String, String> outlets = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT id, outlet, source FROM articles");
                    ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String outlet = result.getString(2);
                    outlets.put(result.getString(1), outlet.isEmpty() ? result.getString(3) : outlet);
                }
            }
            Map<String, List<String>> links = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT article_id, original_id FROM near_duplicates");
                    ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    links.computeIfAbsent(result.getString(1), key -> new ArrayList<>()).add(result.getString(2));
                    links.computeIfAbsent(result.getString(2), key -> new ArrayList<>()).add(result.getString(1));
                }
            }
            return new IndependentSources(outlets, links);
        }

        int count(Set<String> articles) {
            Map<String, String> parent = new HashMap<>();
            Map<String, String> byOutlet = new HashMap<>();
            for (String article : articles) {
                parent.put(article, article);
            }
            for (String article : articles) {
                String first = byOutlet.putIfAbsent(outlets.getOrDefault(article, article), article);
                if (first != null) {
                    union(parent, first, article);
                }
                for (String other : links.getOrDefault(article, List.of())) {
                    if (parent.containsKey(other)) {
                        union(parent, article, other);
                    }
                }
            }
            int roots = 0;
            for (String article : articles) {
                if (find(parent, article).equals(article)) {
                    roots++;
                }
            }
            return roots;
        }

        private static String find(Map<String, String> parent, String article) {
            String root = article;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            parent.put(article, root);
            return root;
        }

        private static void union(Map<String, String> parent, String first, String second) {
            String a = find(parent, first);
            String b = find(parent, second);
            if (!a.equals(b)) {
                parent.put(b, a);
            }
        }
    }
}
