package org.parallax.cli;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.parallax.store.StoreLocation;

/**
 * The PostgreSQL database the command-line tests may use: the one named by {@code PARALLAX_TEST_POSTGRESQL}, as for
 * the store's own contract tests ({@code .ci/run} starts one). Without it a test fails in CI ({@code CI=true}) and is
 * skipped, saying so, elsewhere.
 */
final class TestPostgresql {

    private static final String VARIABLE = "PARALLAX_TEST_POSTGRESQL";

    private TestPostgresql() {
    }

    /** The database's address, or the test is failed (CI) or skipped (elsewhere). */
    static String address() {
        Optional<String> address = Optional.ofNullable(System.getenv(VARIABLE)).filter(value -> !value.isBlank());
        if (address.isEmpty()) {
            String message = VARIABLE + " names no PostgreSQL database, so the PostgreSQL store is not tested;"
                    + " .ci/run starts one (or set it to postgresql://user:password@localhost:5432/database)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return address.get();
    }

    /** Empties the database (its public schema), so that the test starts from a new store. */
    static void empty(String address) throws Exception {
        StoreLocation location = StoreLocation.parse(address, java.nio.file.Path.of("unused"));
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.user().orElse(null),
                location.password().orElse(null)); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }
}
