package org.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each browser test class starts from: one server over a new store holding the seeds
 * ({@link TestServer}) and one headless browser ({@link Browser}) on it, for the whole class; test
 * classes run one after another, so the fields are each class's own while it runs.
 */
abstract class SeedsInBrowser {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;
    static TestServer server;
    static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.overExamples(folder);
        browser = Browser.open(server.server().address());
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            browser = null;
            if (server != null) {
                server.close();
            }
            server = null;
        }
    }

    /** The API's answer to a GET, which must succeed. */
    static JsonNode api(String path) throws Exception {
        var response = server.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The id of the first entity the API finds by {@code name}. */
    static String entityNamed(String name) throws Exception {
        return api("/api/v1/entities?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).path("entities").get(0).path("id").asText();
    }
}
