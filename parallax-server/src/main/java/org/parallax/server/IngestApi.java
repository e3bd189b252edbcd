package org.parallax.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Uploads: {@code POST /api/v1/ingests} (multipart, one or more {@code files}: any format {@code ingest}
 * reads, a WARC or a feed included) saves them under the store's {@code uploads/<job>/} folder and
 * queues their analysis; {@code GET /api/v1/ingests/{id}} is its state and {@code /ingests/{id}/events}
 * its progress as server-sent events.
 */
final class IngestApi {

    private final Ingests ingests;
    private final Path uploads;

    IngestApi(Ingests ingests, Path uploads) {
        this.ingests = Objects.requireNonNull(ingests, "ingests");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
    }

    void register(RoutesConfig routes) {
        routes.post("/api/v1/ingests", this::upload);
        routes.get("/api/v1/ingests/{id}", context -> JsonBodies.send(context, job(context.pathParam("id"))::write));
        routes.before("/api/v1/ingests/{id}/events", context -> {
            String accept = context.header("Accept");
            if (accept == null || !accept.contains("text/event-stream")) {
                throw new ApiException(ErrorCategory.BAD_INPUT, 406, "this is a stream of server-sent events: ask for it"
                        + " with Accept: text/event-stream (as a browser's EventSource does)");
            }
        });
        routes.sse("/api/v1/ingests/{id}/events", client -> job(client.ctx().pathParam("id")).follow(client));
    }

    private IngestJob job(String id) {
        return ingests.job(id).orElseThrow(() -> ApiException.notFound("no ingest " + id + " on this server (it keeps the last "
                + Ingests.KEPT + ")"));
    }

    private void upload(Context context) {
        String type = context.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiException.badInput("an upload is multipart/form-data with one or more parts named files");
        }
        String who = Guard.writer(context);
        List<UploadedFile> files = context.uploadedFiles("files");
        if (files.isEmpty()) {
            throw ApiException.badInput("the upload has no part named files");
        }
        String id = Ingests.newId();
        Path folder = uploads.resolve(id);
        List<Path> saved = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try {
            Files.createDirectories(folder);
            for (UploadedFile file : files) {
                String name = safeName(file.filename(), names.size());
                while (!names.add(name)) {
                    name = names.size() + "-" + name;
                }
                Path target = folder.resolve(name);
                try (InputStream in = file.content()) {
                    Files.copy(in, target);
                }
                saved.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save an upload under " + folder, e);
        }
        IngestJob job = ingests.submit(id, saved, who);
        context.header("Location", "/api/v1/ingests/" + id);
        JsonBodies.send(context, 202, job::write);
    }

    /**
     * A file name safe to create: the upload's own name without folders, with only letters, digits,
     * {@code . _ -} (others become {@code _}), not hidden, at most 120 characters.
     */
    static String safeName(String given, int position) {
        String base = given == null ? "" : given.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
        if (base.length() > 120) {
            base = base.substring(base.length() - 120);
        }
        return base.isEmpty() ? "upload-" + (position + 1) : base;
    }
}
