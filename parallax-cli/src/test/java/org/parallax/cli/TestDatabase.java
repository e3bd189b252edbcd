package org.parallax.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.parallax.store.StoreLocation;

/** Empties the PostgreSQL test database ({@link org.parallax.testing.TestPostgresql}) so that a test starts from a new store. */
final class TestDatabase {

    private TestDatabase() {
    }

    /** Drops and makes again the database's public schema. */
    static void empty(String address) throws Exception {
        StoreLocation location = StoreLocation.parse(address, Path.of("unused"));
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.user().orElse(null),
                location.password().orElse(null)); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }
}
