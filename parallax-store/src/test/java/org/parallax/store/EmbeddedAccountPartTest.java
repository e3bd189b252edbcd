package org.parallax.store;

import java.nio.file.Path;

/** Issue 10: the embedded store joins articles to the part of its account they touch. */
class EmbeddedAccountPartTest extends AccountPartContractTest {

    @Override
    StoreLocation newLocation(Path temporary) {
        return StoreLocation.embedded(temporary.resolve("parallax-data"));
    }
}
