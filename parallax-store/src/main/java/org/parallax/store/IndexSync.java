package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;

/**
 * Brings the search index up to date with the records: new articles are added (and the versions
 * they supersede removed); the articles an account update marked are rewritten, since their
 * entities, speakers or stories changed; when the account's generation changed (a store written
 * before updates marked articles) or the documents are of an earlier layout, every document is rewritten.
 */
final class IndexSync {

    private IndexSync() {
    }

    /** The account's generation: how many times it has been replaced or corrected. */
    static long generation(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT number FROM store_state WHERE name = 'generation'");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Updates {@code index} from the records over {@code connection}; does nothing when the index is read-only. */
    static void catchUp(Connection connection, SearchIndex index) throws SQLException {
        if (!index.writable()) {
            return;
        }
        long[] committed = index.committed();
        long generation = generation(connection);
        boolean rebuild = committed[1] != generation || committed[2] != SearchIndex.CURRENT_LAYOUT;
        long after = rebuild ? 0 : committed[0];
        if (rebuild) {
            index.deleteAll();
        }
        Facts facts = Facts.load(connection, rebuild ? 0 : after);
        long[] last = {after};
        ArticleRecords.forEach(connection, after, false, stored -> {
            index.put(stored.analyzed().article(), facts.of(stored.analyzed().article()));
            last[0] = Math.max(last[0], stored.seq());
        });
        // From the new articles (a key range of ids) to those they superseded: an update is linked to what it supersedes
        // (near_duplicates, by its primary key). A join on superseded_by was planned by H2 as a scan of every article,
        // which grew with the store (issue 10); an index on superseded_by would have H2 start the questions that keep
        // current articles ("superseded_by IS NULL") from it. A rebuilt index never held the superseded versions.
        if (!rebuild) {
            List<String> added = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM articles WHERE seq > ?")) {
                statement.setLong(1, after);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        added.add(result.getString(1));
                    }
                }
            }
            StorySources.forEachChunk(added, (placeholders, chunk) -> {
                try (PreparedStatement statement = connection.prepareStatement("SELECT a.id FROM near_duplicates d"
                        + " JOIN articles a ON a.id = d.original_id WHERE d.article_id IN (" + placeholders + ")"
                        + " AND a.superseded_by = d.article_id")) {
                    StorySources.bind(statement, chunk);
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            index.delete(result.getString(1));
                        }
                    }
                }
            });
        }
        List<String> refreshed = refresh(connection, index, rebuild);
        long maxSeq = last[0];
        try (PreparedStatement statement = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM articles");
                ResultSet result = statement.executeQuery()) {
            result.next();
            maxSeq = Math.max(maxSeq, result.getLong(1));
        }
        if (rebuild || maxSeq != committed[0] || !refreshed.isEmpty()) {
            index.commit(maxSeq, generation);
        }
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM index_refresh WHERE article_id = ?")) {
            for (String id : refreshed) {
                statement.setString(1, id);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * Rewrites the documents of the articles the account marked ({@code index_refresh}), unless the
     * whole index is being rebuilt; returns the marks to clear once the index is committed (a crash
     * before that leaves them, and the next catch-up rewrites those documents again).
     */
    private static List<String> refresh(Connection connection, SearchIndex index, boolean rebuild) throws SQLException {
        List<String> marked = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT article_id FROM index_refresh");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                marked.add(result.getString(1));
            }
        }
        if (rebuild || marked.isEmpty()) {
            return marked;
        }
        Facts facts = Facts.loadFor(connection, marked);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT record FROM articles WHERE id = ? AND superseded_by IS NULL")) {
            for (String id : marked) {
                statement.setString(1, id);
                try (ResultSet result = statement.executeQuery()) {
                    if (result.next()) {
                        Article article = ModelJson.decompressed(result.getBytes(1), AnalyzedArticle.class).article();
                        index.put(article, facts.of(article));
                    }
                }
            }
        }
        return marked;
    }

    /** What the account says of the articles after a sequence number: their resolved entities, speakers and stories. */
    static final class Facts {
        private final Map<String, Set<String>> entities = new HashMap<>();
        private final Map<String, Set<String>> speakers = new HashMap<>();
        private final Map<String, Set<String>> stories = new HashMap<>();

        static Facts load(Connection connection, long afterSeq) throws SQLException {
            Facts facts = new Facts();
            // From the articles after the sequence number (a key range), to their rows: not a scan of every mention.
            collect(connection, "SELECT x.article_id, em.entity_id FROM articles a JOIN mentions x ON x.article_id = a.id"
                    + " JOIN entity_members em ON em.member = x.member WHERE a.seq > ?", afterSeq, facts.entities);
            collect(connection, "SELECT x.article_id, em.entity_id FROM articles a JOIN quotes x ON x.article_id = a.id"
                    + " JOIN entity_members em ON em.member = x.speaker_member WHERE a.seq > ?", afterSeq, facts.speakers);
            collect(connection, "SELECT x.article_id, x.story_id FROM articles a JOIN story_articles x ON x.article_id = a.id"
                    + " WHERE a.seq > ?", afterSeq, facts.stories);
            return facts;
        }

        /** What the account says of these articles, read article by article (by key). */
        static Facts loadFor(Connection connection, List<String> articles) throws SQLException {
            Facts facts = new Facts();
            collectEach(connection, "SELECT x.article_id, em.entity_id FROM mentions x JOIN entity_members em ON em.member = x.member"
                    + " WHERE x.article_id = ?", articles, facts.entities);
            collectEach(connection, "SELECT x.article_id, em.entity_id FROM quotes x JOIN entity_members em"
                    + " ON em.member = x.speaker_member WHERE x.article_id = ?", articles, facts.speakers);
            collectEach(connection, "SELECT x.article_id, x.story_id FROM story_articles x WHERE x.article_id = ?", articles,
                    facts.stories);
            return facts;
        }

        private static void collectEach(Connection connection, String sql, List<String> articles, Map<String, Set<String>> into)
                throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (String article : articles) {
                    statement.setString(1, article);
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            into.computeIfAbsent(result.getString(1), key -> new LinkedHashSet<>()).add(result.getString(2));
                        }
                    }
                }
            }
        }

        private static void collect(Connection connection, String sql, long afterSeq, Map<String, Set<String>> into)
                throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, afterSeq);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        into.computeIfAbsent(result.getString(1), key -> new LinkedHashSet<>()).add(result.getString(2));
                    }
                }
            }
        }

        SearchIndex.ArticleFacts of(Article article) {
            String outlet = article.outlet().orElse(article.source());
            return new SearchIndex.ArticleFacts(outlet, entities.getOrDefault(article.id(), Set.of()),
                    speakers.getOrDefault(article.id(), Set.of()), stories.getOrDefault(article.id(), Set.of()));
        }
    }
}
