package org.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenAPI description the server serves, as a test oracle: a response must be documented for its
 * operation and status, and its JSON body must fit the documented schema (JSON Schema 2020-12, with
 * analysis.schema.json's records by reference), checked with networknt's validator.
 */
final class ApiContract {

    /** Where the description's relative references resolve from; mapped to the class path. */
    private static final String BASE = "https://parallax.invalid/server/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DESCRIPTION = read("openapi.json");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers
                    .mapPrefix(BASE, "classpath:org/parallax/server/")
                    .mapPrefix("https://parallax.invalid/schema/analysis-2.0.json", "classpath:org/parallax/server/analysis.schema.json")));
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private ApiContract() {
    }

    static JsonNode description() {
        return DESCRIPTION;
    }

    /**
     * Asserts that {@code response}, to {@code method} on the path template {@code template}
     * ({@code /api/v1/stories/{id}}), is documented and that its JSON body fits; returns the body.
     */
    static JsonNode fits(HttpResponse<String> response, String method, String template) {
        String operation = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT);
        assertThat(DESCRIPTION.at(operation).isObject()).as("%s %s is described", method, template).isTrue();
        String status = String.valueOf(response.statusCode());
        String pointer = operation + "/responses/" + status;
        JsonNode documented = DESCRIPTION.at(pointer);
        assertThat(documented.isObject()).as("%s %s documents status %s (body %s)", method, template, status, response.body()).isTrue();
        if (documented.has("$ref")) {
            pointer = documented.get("$ref").asText().substring(1);
            documented = DESCRIPTION.at(pointer);
        }
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = parse(response.body());
        JsonSchema schema = SCHEMAS.computeIfAbsent(pointer + "/content/application~1json/schema",
                path -> FACTORY.getSchema(SchemaLocation.of(BASE + "openapi.json#" + path)));
        Set<ValidationMessage> errors = schema.validate(body);
        assertThat(errors).as("%s %s -> %s fits the description", method, template, status).isEmpty();
        return body;
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static String escape(String template) {
        return template.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode read(String resource) {
        try (InputStream in = ParallaxServer.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
