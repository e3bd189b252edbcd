package org.parallax.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.testing.TestPostgresql;

/** Issue 10: the PostgreSQL store joins articles to the part of its account they touch ({@link PostgresqlStoreTest}'s database). */
class PostgresqlAccountPartTest extends AccountPartContractTest {

    @Override
    StoreLocation newLocation(Path temporary) throws Exception {
        String address = TestPostgresql.address();
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
