package org.parallax.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected output of a test, rendered one span per line
 * ({@code [10,18) PERSON "John Doe"}) and kept under {@code src/test/resources/golden}, so that a
 * change in behaviour shows as changed lines in review. Run the tests with
 * {@code -Dparallax.updateGolden=true} to rewrite them after a deliberate change, then read the
 * diff line by line before committing it.
 */
public final class GoldenFile {

    /** The system property that makes {@link #assertMatches} rewrite the file instead of comparing. */
    public static final String UPDATE_PROPERTY = "parallax.updateGolden";

    private GoldenFile() {
    }

    /** Compares {@code actual} with the golden file {@code name} under {@code src/test/resources/golden}. */
    public static void assertMatches(String actual, String name) {
        assertMatches(actual, Path.of("src/test/resources/golden", name));
    }

    /** Compares {@code actual} with the golden file {@code file}, or rewrites it when {@link #UPDATE_PROPERTY} is set. */
    public static void assertMatches(String actual, Path file) {
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s (rerun with -D%s=true to create it)", file, UPDATE_PROPERTY).exists();
            assertThat(actual).as("golden file %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the golden file " + file, e);
        }
    }

    /** {@code text} in double quotes, with backslashes, line breaks and quotes escaped, for one-line rendering. */
    public static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + '"';
    }
}
