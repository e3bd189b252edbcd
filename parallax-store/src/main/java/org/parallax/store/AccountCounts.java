package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The counts of schema 9 that {@code store_state} keeps of the account's stories, so that an ingest need not count
 * over every story's articles: {@code account_articles}, how many distinct articles the stories hold
 * ({@code story_articles}), and {@code account_superseded}, how many of them an update has superseded. Both change
 * by what a write of stories changed ({@link #storiesChanged}) and when an article the stories hold is superseded
 * ({@link #superseded(Connection, String)}); a store kept before schema 9 counts them once when it is opened
 * ({@link #complete}).
 */
final class AccountCounts {

    static final String ARTICLES = "account_articles";
    static final String SUPERSEDED = "account_superseded";

    private AccountCounts() {
    }

    /** Of {@code articles}, those the account's stories hold. */
    static Set<String> covered(Connection connection, Collection<String> articles) throws SQLException {
        Set<String> covered = new HashSet<>();
        AccountIndex.forEachRow(connection, "SELECT DISTINCT article_id FROM story_articles WHERE article_id IN", "",
                articles, row -> covered.add(row.getString(1)));
        return covered;
    }

    /**
     * Brings both counts up to date after stories holding some of {@code articles} were removed or written, given
     * which of them the stories held before ({@code coveredBefore}); every article whose coverage changed is among
     * {@code articles}.
     */
    static void storiesChanged(Connection connection, Collection<String> articles, Set<String> coveredBefore)
            throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        Set<String> coveredAfter = covered(connection, articles);
        Set<String> gained = new HashSet<>(coveredAfter);
        gained.removeAll(coveredBefore);
        Set<String> lost = new HashSet<>(coveredBefore);
        lost.removeAll(coveredAfter);
        if (gained.isEmpty() && lost.isEmpty()) {
            return;
        }
        Set<String> changed = new HashSet<>(gained);
        changed.addAll(lost);
        Set<String> superseded = new HashSet<>();
        AccountIndex.forEachRow(connection, "SELECT id FROM articles WHERE superseded_by IS NOT NULL AND id IN", "",
                changed, row -> superseded.add(row.getString(1)));
        long supersededDelta = gained.stream().filter(superseded::contains).count()
                - lost.stream().filter(superseded::contains).count();
        add(connection, ARTICLES, gained.size() - lost.size());
        add(connection, SUPERSEDED, supersededDelta);
    }

    /** Counts {@code article}, just superseded by an update, among the superseded articles the stories hold, if they hold it. */
    static void superseded(Connection connection, String article) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE store_state SET number = number + 1"
                + " WHERE name = ? AND EXISTS (SELECT 1 FROM story_articles WHERE article_id = ?)")) {
            statement.setString(1, SUPERSEDED);
            statement.setString(2, article);
            statement.executeUpdate();
        }
    }

    /** How many distinct articles the account's stories hold. */
    static long articles(Connection connection) throws SQLException {
        return count(connection, ARTICLES);
    }

    /** How many of the articles the account's stories hold an update has superseded. */
    static long superseded(Connection connection) throws SQLException {
        return count(connection, SUPERSEDED);
    }

    /** Counts both over the whole account where a store kept before schema 9 has not yet (-1); returns how many it counted. */
    static int complete(Connection connection) throws SQLException {
        int counted = 0;
        if (count(connection, ARTICLES) < 0) {
            set(connection, ARTICLES, single(connection, "SELECT COUNT(DISTINCT article_id) FROM story_articles"));
            counted++;
        }
        if (count(connection, SUPERSEDED) < 0) {
            set(connection, SUPERSEDED, single(connection, "SELECT COUNT(DISTINCT s.article_id) FROM story_articles s"
                    + " JOIN articles a ON a.id = s.article_id WHERE a.superseded_by IS NOT NULL"));
            counted++;
        }
        return counted;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long count(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT number FROM store_state WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    throw new SQLException("the store has no count " + name + " (schema 9)");
                }
                return result.getLong(1);
            }
        }
    }

    private static void set(Connection connection, String name, long value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE store_state SET number = ? WHERE name = ?")) {
            statement.setLong(1, value);
            statement.setString(2, name);
            statement.executeUpdate();
        }
    }

    private static void add(Connection connection, String name, long delta) throws SQLException {
        if (delta == 0) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("UPDATE store_state SET number = number + ? WHERE name = ?")) {
            statement.setLong(1, delta);
            statement.setString(2, name);
            statement.executeUpdate();
        }
    }
}
