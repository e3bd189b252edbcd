package org.parallax.testing;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL database the modules' tests of the PostgreSQL store use: the one named by
 * {@code PARALLAX_TEST_POSTGRESQL} ({@code postgresql://user:password@host:port/database}, which the tests empty);
 * {@code .ci/run} starts one. Without it a test fails in CI ({@code CI=true}) and is skipped, saying so, elsewhere.
 */
public final class TestPostgresql {

    /** The environment variable naming the database. */
    public static final String VARIABLE = "PARALLAX_TEST_POSTGRESQL";

    private TestPostgresql() {
    }

    /** The database's address, or the calling test is failed (CI) or skipped (elsewhere). */
    public static String address() {
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

    /** Empties the database at {@code jdbcUrl} (drops and makes again its public schema), so that a test starts from a new store. */
    public static void empty(String jdbcUrl, Optional<String> user, Optional<String> password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user.orElse(null), password.orElse(null));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }
}
