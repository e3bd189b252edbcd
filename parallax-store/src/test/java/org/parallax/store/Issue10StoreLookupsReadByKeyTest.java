package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: storing a batch costs what the batch holds, not what the store holds. The lookups that grew with the store
 * when a fill of 25,000 synthetic variations was profiled (JFR, docs/performance.md) each read by an index, planned so
 * by the embedded database (H2's plan names the index it reads, or {@code tableScan}): the articles an update
 * superseded, the current copies of a first text from one outlet, a band candidate's signature, the articles of the
 * stories being stored and their near-duplicate links.
 */
class Issue10StoreLookupsReadByKeyTest {

    /** The lookup of an outlet's newest current copies of a first text, for one text and outlet. */
    private static final String CURRENT_COPIES = ArticleRecords.CURRENT_COPIES.replaceFirst("\\?", "'a1'")
            .replaceFirst("\\?", "'Paper1'");

    @TempDir
    Path folder;

    @Test
    void theLookupsOfStoringABatchReadByIndexNotByScanningTheStore() throws SQLException {
        StoreLocation location = StoreLocation.embedded(folder.resolve("store"));
        Store.open(location).close();
        Map<String, String> lookups = Map.of(
                "the articles the batch's updates superseded (IndexSync)",
                "SELECT a.id FROM near_duplicates d JOIN articles a ON a.id = d.original_id WHERE d.article_id IN ('a31', 'a32')"
                        + " AND a.superseded_by = d.article_id",
                "the articles of the batch (IndexSync)",
                "SELECT id FROM articles WHERE seq > 10",
                "an outlet's current copies of a first text (ArticleRecords)",
                CURRENT_COPIES,
                "a band candidate's signature (ArticleRecords)",
                "SELECT outlet, signature FROM first_texts WHERE id = 'a1'",
                "the outlets of a story's articles (StorySources)",
                "SELECT id, outlet, source FROM articles WHERE id IN ('a1', 'a2')",
                "the near-duplicate links of a story's articles (StorySources)",
                "SELECT article_id, original_id FROM near_duplicates WHERE article_id IN ('a1', 'a2')");
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.user().orElse(null),
                location.password().orElse(null)); Statement statement = connection.createStatement()) {
            // Rows enough that the planner's costs favour what they favour in a large store.
            statement.execute("INSERT INTO articles (id, identity_key, content_hash, outlet, format, source, signature, record,"
                    + " stored_bytes, ingested_at) SELECT 'a' || r.x, 'k' || r.x, 'h' || r.x, 'Paper' || MOD(r.x, 20), 'PLAIN_TEXT',"
                    + " 's' || r.x, X'00', X'00', 1, CURRENT_TIMESTAMP FROM " + numbers(1, 2000));
            statement.execute("INSERT INTO near_duplicates (article_id, original_id, kind, similarity, article_outlet)"
                    + " SELECT 'a' || r.x, 'a' || MOD(r.x, 30), 'UPDATED', 0.9, 'Paper' || MOD(r.x, 20) FROM " + numbers(31, 2000));
            statement.execute("UPDATE near_duplicates SET article_seq = (SELECT a.seq FROM articles a WHERE a.id = near_duplicates.article_id)");
            statement.execute("ANALYZE");
            for (Map.Entry<String, String> lookup : lookups.entrySet()) {
                assertThat(plan(statement, lookup.getValue())).as(lookup.getKey()).doesNotContainIgnoringCase("tableScan");
            }
            // The names of an entity and the claims of a story that an account change rewrites are found by their own
            // index (schema 8), not by walking another index over the whole table, which H2's plan also names.
            assertThat(plan(statement, "DELETE FROM entity_names WHERE entity_id = 'e1'")).contains("entity_names_entity");
            assertThat(plan(statement, "DELETE FROM claims WHERE story_id = 's1'")).contains("claims_story");
            // What an ingest asks of the account before joining it (schema 9): the highest number of each kind of record
            // is the last entry of an index, not a sort of every id; the articles whose coverage a write changed are
            // looked up by key.
            for (String table : AccountRecords.NUMBERED.keySet()) {
                assertThat(plan(statement, "SELECT MAX(id_number) FROM " + table)).as(table)
                        .contains(table + "_id_number").containsIgnoringCase("direct lookup");
            }
            assertThat(plan(statement, "SELECT DISTINCT article_id FROM story_articles WHERE article_id IN ('a1', 'a2')"))
                    .doesNotContainIgnoringCase("tableScan");
            // The newest current copies are read in the index's order, up to the limit, not all read and sorted.
            assertThat(plan(statement, CURRENT_COPIES))
                    .contains("near_duplicates_current_copies").contains("index sorted");
        }
    }

    /**
     * An ingest's window of a large block of variant names (schema 8) reads the block's index in order from the added
     * form, up to the window, rather than the block: what keeps an ingest's reads bounded as blocks grow.
     */
    @Test
    void theWindowOfALargeBlockOfVariantNamesIsReadInIndexOrderNotScannedOrSorted() throws SQLException {
        StoreLocation location = StoreLocation.embedded(folder.resolve("blocks"));
        Store.open(location).close();
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.user().orElse(null),
                location.password().orElse(null)); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO entity_block_forms (entity_id, entity_key, form)"
                    + " SELECT 'e' || r.x, MOD(r.x, 3), CAST(('PERSON|given surname' || r.x) AS BINARY VARYING) FROM " + numbers(1, 3000));
            statement.execute("ANALYZE");
            for (String window : List.of(
                    "SELECT entity_id, form FROM entity_block_forms WHERE entity_key = 1 AND form >= X'50' ORDER BY entity_key, form LIMIT 8",
                    "SELECT entity_id, form FROM entity_block_forms WHERE entity_key = 1 AND form < X'50' ORDER BY entity_key DESC, form DESC LIMIT 8",
                    "SELECT COUNT(*) FROM (SELECT 1 FROM entity_block_forms WHERE entity_key = 1 LIMIT 33) block")) {
                assertThat(plan(statement, window)).as(window).doesNotContainIgnoringCase("tableScan")
                        .contains("entity_block_forms_key");
            }
            for (String window : List.of(
                    "SELECT entity_id, form FROM entity_block_forms WHERE entity_key = 1 AND form >= X'50' ORDER BY entity_key, form LIMIT 8",
                    "SELECT entity_id, form FROM entity_block_forms WHERE entity_key = 1 AND form < X'50' ORDER BY entity_key DESC, form DESC LIMIT 8")) {
                assertThat(plan(statement, window)).as(window).contains("index sorted");
            }
        }
    }

    private static String plan(Statement statement, String query) throws SQLException {
        try (ResultSet plan = statement.executeQuery("EXPLAIN " + query)) {
            plan.next();
            return plan.getString(1);
        }
    }

    /** The numbers {@code from} to {@code to} as table {@code r} of one column {@code x} (H2's range, whose column is "X"). */
    private static String numbers(int from, int to) {
        return "(SELECT \"X\" AS x FROM SYSTEM_RANGE(" + from + ", " + to + ")) r";
    }
}
