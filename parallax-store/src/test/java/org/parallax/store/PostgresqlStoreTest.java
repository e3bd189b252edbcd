package org.parallax.store;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Issue 10: the PostgreSQL store passes the same contract. It needs a database named by
 * {@code PARALLAX_TEST_POSTGRESQL} ({@code postgresql://user:password@host:port/database}, which
 * the tests empty); {@code .ci/run} starts one. Without it the tests fail in CI ({@code CI=true})
 * and are skipped, saying so, elsewhere.
 */
class PostgresqlStoreTest extends StoreContractTest {

    static final String VARIABLE = "PARALLAX_TEST_POSTGRESQL";

    @Override
    StoreLocation newLocation(Path temporary) throws Exception {
        Optional<String> address = Optional.ofNullable(System.getenv(VARIABLE)).filter(value -> !value.isBlank());
        if (address.isEmpty()) {
            String message = VARIABLE + " names no PostgreSQL database, so the PostgreSQL store is not tested;"
                    + " .ci/run starts one (or set it to postgresql://user:password@localhost:5432/database)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        // A folder not used before stands for a new store: the database is emptied. The same folder again reopens it.
        StoreLocation location = StoreLocation.parse(address.get(), temporary.resolve("postgresql-index"));
        Path marker = temporary.resolve(".postgresql-store");
        if (!Files.exists(marker)) {
            empty(location);
            Files.createDirectories(temporary);
            Files.createFile(marker);
        }
        return location;
    }

    /** Empties the test database (its public schema), so each test starts from a new store. */
    private static void empty(StoreLocation location) throws Exception {
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.user().orElse(null),
                location.password().orElse(null)); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }
}
