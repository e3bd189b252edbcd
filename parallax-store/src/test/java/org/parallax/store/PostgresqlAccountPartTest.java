package org.parallax.store;

import java.nio.file.Path;

/** Issue 10: the PostgreSQL store joins articles to the part of its account they touch ({@link PostgresqlStoreTest}'s database). */
class PostgresqlAccountPartTest extends AccountPartContractTest {

    @Override
    StoreLocation newLocation(Path temporary) throws Exception {
        return PostgresqlStoreTest.location(temporary);
    }
}
