package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.crossarticle.benchmark.ScalingCorpus;

/**
 * Issue 10: the growth benchmark grows a real store through the pipeline's path for analysed articles and probes
 * each size with follow-up articles, counting what the probe read of the stored account.
 */
class Issue10AccountGrowthBenchmarkTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("parallax.repositoryRoot", "..")).resolve("examples");

    @Test
    void growsTheStoreThroughThePipelineAndProbesEachSize(@TempDir Path folder) throws Exception {
        AccountGrowthBenchmark benchmark = new AccountGrowthBenchmark(new AccountGrowthBenchmark.Settings(List.of(60, 120), 10, 25),
                ScalingCorpus.readBases(EXAMPLES));
        List<AccountGrowthBenchmark.Row> seen = new ArrayList<>();
        try (Store store = Store.open(StoreLocation.embedded(folder))) {
            List<AccountGrowthBenchmark.Row> rows = benchmark.run(store, seen::add);

            assertThat(rows).isEqualTo(seen).hasSize(2);
            assertThat(rows).extracting(AccountGrowthBenchmark.Row::storedBefore).containsExactly(50L, 110L);
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.probed()).isEqualTo(10);
                assertThat(row.problems()).isZero();
                assertThat(row.entitiesRead()).as("the probe joins the stored account part by part").isPositive();
                assertThat(row.storiesRead()).as("follow-ups of stored stories").isPositive();
                assertThat(row.markdown()).startsWith("| ");
            });
            StoreCounts counts = store.counts();
            assertThat(counts.articles()).isEqualTo(120);
            assertThat(counts.stories()).isEqualTo(rows.get(1).stories()).isPositive();
            assertThat(store.account().stories().stream().mapToLong(story -> story.articles().size()).sum())
                    .as("every stored article is in a story").isGreaterThanOrEqualTo(120);
            java.util.Map<String, String> members = new java.util.TreeMap<>();
            store.account().entities().forEach(entity -> entity.members().forEach(member -> members.put(member, entity.id())));
            assertThat(memberRows(StoreLocation.embedded(folder)))
                    .as("entity_members, changed row by row as the entities grew, is the account's members").isEqualTo(members);
        }
    }

    private static java.util.Map<String, String> memberRows(StoreLocation location) throws java.sql.SQLException {
        java.util.Map<String, String> rows = new java.util.TreeMap<>();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(location.jdbcUrl(), location.user().orElse(null),
                location.password().orElse(null)); java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery("SELECT member, entity_id FROM entity_members")) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        }
        return rows;
    }

    /** A store kept before schema 8 gets its blocks of variant names filled when it is next opened, as written. */
    @Test
    void aStoreKeptBeforeSchema8GetsItsBlocksOfVariantNamesWhenOpened(@TempDir Path folder) throws Exception {
        StoreLocation location = StoreLocation.embedded(folder);
        try (Store store = Store.open(location)) {
            new AccountGrowthBenchmark(new AccountGrowthBenchmark.Settings(List.of(40), 5, 20), ScalingCorpus.readBases(EXAMPLES))
                    .run(store, row -> { });
        }
        java.util.List<String> written = blockForms(location);
        assertThat(written).isNotEmpty();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(location.jdbcUrl(), location.user().orElse(null),
                location.password().orElse(null)); java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM entity_block_forms");
            statement.executeUpdate("UPDATE store_state SET number = 0 WHERE name = 'account_block_forms'");
        }
        Store.open(location).close();
        assertThat(blockForms(location)).isEqualTo(written);
    }

    private static java.util.List<String> blockForms(StoreLocation location) throws java.sql.SQLException {
        java.util.List<String> rows = new ArrayList<>();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(location.jdbcUrl(), location.user().orElse(null),
                location.password().orElse(null)); java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery("SELECT entity_id, entity_key, form FROM entity_block_forms"
                        + " ORDER BY entity_id, entity_key, form")) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getLong(2) + " "
                        + new String(result.getBytes(3), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return rows;
    }

    @Test
    void refusesAStoreThatHoldsArticles(@TempDir Path folder) throws IOException {
        AccountGrowthBenchmark benchmark = new AccountGrowthBenchmark(new AccountGrowthBenchmark.Settings(List.of(20), 5, 10),
                ScalingCorpus.readBases(EXAMPLES));
        try (Store store = Store.open(StoreLocation.embedded(folder))) {
            benchmark.run(store, row -> { });
            assertThatThrownBy(() -> benchmark.run(store, row -> { })).isInstanceOf(StoreException.class)
                    .hasMessageContaining("needs an empty store");
        }
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> new AccountGrowthBenchmark.Settings(List.of(100, 50), 10, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increasing");
        assertThatThrownBy(() -> new AccountGrowthBenchmark.Settings(List.of(5), 10, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least the probe");
    }
}
