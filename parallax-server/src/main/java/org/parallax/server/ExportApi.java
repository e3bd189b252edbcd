package org.parallax.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.parallax.store.ExportFormat;
import org.parallax.store.Exporter;
import org.parallax.store.SearchQuery;
import org.parallax.store.Store;

/**
 * {@code GET /api/v1/export?format=jsonl|graphml|csv|html} with the search's filters (none: the whole
 * store), without a cap. JSON Lines and GraphML are streamed as the store is read (constant memory);
 * CSV (five tables) and HTML (a report with its pages) are folders, written to a temporary folder and
 * sent as one ZIP file.
 */
final class ExportApi {

    private final Store store;

    ExportApi(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/export", this::export);
    }

    private void export(Context context) {
        Parameters parameters = new Parameters(context);
        ExportFormat format = parameters.constant("format", ExportFormat.class)
                .orElseThrow(() -> ApiException.badInput("parameter format is required: jsonl, csv, graphml or html"));
        boolean filtered = context.queryParamMap().keySet().stream().anyMatch(name -> !name.equals("format"));
        SearchQuery query = filtered ? ArticleApi.query(store, parameters, false) : null;
        Exporter exporter = new Exporter(store);
        switch (format) {
            case JSONL -> stream(context, "application/x-ndjson; charset=utf-8", "parallax.jsonl",
                    out -> exporter.export(format, query, out));
            case GRAPHML -> stream(context, "application/graphml+xml; charset=utf-8", "parallax.graphml",
                    out -> exporter.export(format, query, out));
            case CSV, HTML -> zipped(context, format, query, exporter);
        }
    }

    @FunctionalInterface
    private interface Writing {
        void write(OutputStream out) throws IOException;
    }

    private static void stream(Context context, String type, String file, Writing writing) {
        context.status(200).contentType(type).header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        try {
            writing.write(context.outputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send the export", e);
        }
    }

    private static void zipped(Context context, ExportFormat format, SearchQuery query, Exporter exporter) {
        String name = "parallax-" + JsonBodies.lower(format);
        Path folder;
        try {
            folder = Files.createTempDirectory("parallax-export-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the export", e);
        }
        try {
            Path out = folder.resolve(name);
            exporter.export(format, query, out);
            stream(context, "application/zip", name + ".zip", stream -> zip(out, stream));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export as " + format, e);
        } finally {
            delete(folder);
        }
    }

    private static void zip(Path folder, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            zip.putNextEntry(new ZipEntry(folder.getFileName() + "/" + folder.relativize(file).toString().replace('\\', '/')));
            Files.copy(file, zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private static void delete(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A temporary folder left behind is the system's to clean; the export itself was sent.
            System.err.println("parallax serve: cannot delete the temporary folder " + folder + ": " + e.getMessage());
        }
    }
}
