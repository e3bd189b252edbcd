package org.parallax.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writing a benchmark's figures to the file its command names. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Writes a JSON tree to a file, creating its parent folders; an existing file is replaced.
     *
     * @param mapper how to write it (indentation and the like)
     * @param root   the figures
     * @param file   where to write
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeJson(ObjectMapper mapper, JsonNode root, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            mapper.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Writes lines of text (a Markdown table) to a file, creating its parent folders; an existing
     * file is replaced.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeLines(List<String> lines, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
