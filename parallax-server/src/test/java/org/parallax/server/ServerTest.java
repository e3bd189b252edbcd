package org.parallax.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A test class with one {@link TestServer} over the seeds, with the default settings, for all its tests. */
abstract class ServerTest {

    @TempDir
    static Path folder;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.overExamples(folder);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
