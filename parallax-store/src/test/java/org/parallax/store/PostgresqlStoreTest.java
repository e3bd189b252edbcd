package org.parallax.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.testing.TestPostgresql;

/**
 * Issue 10: the PostgreSQL store passes the same contract. It needs a database named by
 * {@code PARALLAX_TEST_POSTGRESQL} ({@code postgresql://user:password@host:port/database}, which
 * the tests empty); {@code .ci/run} starts one. Without it the tests fail in CI ({@code CI=true})
 * and are skipped, saying so, elsewhere.
 */
class PostgresqlStoreTest extends StoreContractTest {

    @Override
    StoreLocation newLocation(Path temporary) throws Exception {
        return location(temporary);
    }

    /** The test database as a store location; a folder not used before empties it. */
    static StoreLocation location(Path temporary) throws Exception {
        String address = TestPostgresql.address();
        // A folder not used before stands for a new store: the database is emptied. The same folder again reopens it.
        StoreLocation location = StoreLocation.parse(address, temporary.resolve("postgresql-index"));
        Path marker = temporary.resolve(".postgresql-store");
        if (!Files.exists(marker)) {
            TestPostgresql.empty(location.jdbcUrl(), location.user(), location.password());
            Files.createDirectories(temporary);
            Files.createFile(marker);
        }
        return location;
    }
}
