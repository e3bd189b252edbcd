package org.parallax.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model records as the store keeps them: Jackson JSON of the records themselves (the records
 * validate what they read back in their constructors), gzip-compressed. Text and spans are kept
 * exactly; a record read back equals the one written.
 */
public final class ModelJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelJson() {
    }

    /** A mapper for the model's and the store's records (Optional, dates), for callers that print them as JSON. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    static byte[] compressed(Object record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes, 8192) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            MAPPER.writeValue(out, record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + record.getClass().getSimpleName() + " as JSON", e);
        }
        return bytes.toByteArray();
    }

    static <T> T decompressed(byte[] bytes, Class<T> type) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 8192)) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, "a stored " + type.getSimpleName()
                    + " cannot be read back: " + e.getMessage(), e);
        }
    }
}
