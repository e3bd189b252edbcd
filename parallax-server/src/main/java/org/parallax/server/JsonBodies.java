package org.parallax.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.parallax.store.ModelJson;

/**
 * The API's JSON: the store's records through the project's Jackson mapper ({@link ModelJson}), with
 * enumerations written as in {@code analysis.json} (lower case, {@code -} for {@code _}); articles,
 * entities, events and stories through {@link org.parallax.report.AnalysisJsonWriter}, so that they are
 * the documented analysis format's records and not a second format.
 */
final class JsonBodies {

    /** Writes one JSON value. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private static final ObjectMapper MAPPER = ModelJson.mapper().registerModule(new SimpleModule("parallax-api")
            .addSerializer(Enum.class, new LowerCaseEnums()));

    private JsonBodies() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Answers with {@code body} as JSON and {@code status}. */
    static void send(Context context, int status, Body body) {
        context.status(status).contentType(CONTENT_TYPE).result(bytes(body));
    }

    static void send(Context context, Body body) {
        send(context, 200, body);
    }

    /** Answers with {@code value} (a record, a list, a map) as JSON. */
    static void sendValue(Context context, int status, Object value) {
        send(context, status, json -> json.writeObject(value));
    }

    static byte[] bytes(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        write(body, bytes);
        return bytes.toByteArray();
    }

    /** Writes {@code body} to {@code out} (left open), as it is made. */
    static void write(Body body, OutputStream out) {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the response", e);
        }
    }

    /** An enumeration constant as {@code analysis.json} writes one: {@code SYNDICATED_COPY} -> {@code syndicated-copy}. */
    static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @SuppressWarnings("rawtypes")
    private static final class LowerCaseEnums extends JsonSerializer<Enum> {
        @Override
        public void serialize(Enum value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(lower(value));
        }
    }
}
