package org.parallax.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.parallax.store.Store;
import org.parallax.store.StoreException;

/**
 * The HTTP server over a store: the REST API under {@code /api/v1/}, its OpenAPI description at
 * {@code /openapi.json}, and the web UI (its page and files from the class path's {@code web/}, by {@link WebAssets}). Built on
 * Javalin (Jetty 12). Every response carries the security headers; every error is JSON with a
 * category, and never a stack trace (those go to the server's own error stream).
 */
public final class ParallaxServer implements AutoCloseable {

    private static final Set<String> ENDPOINTS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final Javalin app;
    private final ServerSettings settings;
    private final Ingests ingests;
    private final List<String> routes;

    private ParallaxServer(Javalin app, ServerSettings settings, Ingests ingests, List<String> routes) {
        this.app = app;
        this.settings = settings;
        this.ingests = ingests;
        this.routes = List.copyOf(routes);
    }

    /**
     * Starts a server over {@code store}, analysing uploads and claim checks with {@code analysis}; it
     * answers once this returns. The store stays the caller's to close (after this server). Failures
     * are logged, with their stack traces, to {@code log}.
     */
    public static ParallaxServer start(Store store, Analysis analysis, ServerSettings settings, PrintStream log) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(log, "log");
        byte[] openApi = resource("openapi.json");
        byte[] analysisSchema = resource("analysis.schema.json");
        Guard guard = new Guard(settings, store);
        Ingests ingests = new Ingests(store, analysis.pipeline(), log);
        Path uploads = store.location().folder().resolve("uploads");
        List<String> routes = new CopyOnWriteArrayList<>();
        WebAssets assets = WebAssets.load();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.events.handlerAdded(handler -> {
                if (ENDPOINTS.contains(handler.getHttpMethod().name()) && !WebAssets.serves(handler.getPath())) {
                    routes.add(handler.getHttpMethod().name() + " " + handler.getPath());
                }
            });
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.http.defaultContentType = JsonBodies.CONTENT_TYPE;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                // the page is WebAssets' (its files' addresses are filled in there)
                files.skipFileFunction = request -> WebAssets.serves(request.getRequestURI());
            });
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(settings.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1024 * 1024, SizeUnit.BYTES);
            config.routes.before(guard::check);
            config.routes.get("/openapi.json", context -> context.contentType(JsonBodies.CONTENT_TYPE).result(openApi));
            config.routes.get("/analysis.schema.json", context -> context.contentType(JsonBodies.CONTENT_TYPE).result(analysisSchema));
            assets.register(config.routes);
            new StoryApi(store).register(config.routes);
            new ArticleApi(store).register(config.routes);
            new EntityApi(store).register(config.routes);
            new CorrectionApi(store).register(config.routes);
            new SavedSearchApi(store).register(config.routes);
            new ExportApi(store).register(config.routes);
            new IngestApi(ingests, uploads).register(config.routes);
            new CheckApi(store, analysis.checker()).register(config.routes);
            errors(config, log);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            ingests.close();
            throw e;
        }
        return new ParallaxServer(app, settings, ingests, routes);
    }

    private static void errors(JavalinConfig config, PrintStream log) {
        config.routes.exception(ApiException.class, (e, context) -> error(context, e.category(), e.status(), e.getMessage()));
        config.routes.exception(StoreException.class, (e, context) -> {
            switch (e.kind()) {
                case NOT_FOUND -> error(context, ErrorCategory.NOT_FOUND, 404, e.getMessage());
                case BAD_REQUEST -> error(context, ErrorCategory.BAD_INPUT, 400, e.getMessage());
                case BUSY -> error(context, ErrorCategory.OUT_OF_RESOURCES, 503, e.getMessage());
                default -> internal(context, e, log);
            }
        });
        config.routes.exception(HttpResponseException.class, (e, context) -> {
            int status = e.getStatus();
            ErrorCategory category = status == 404 ? ErrorCategory.NOT_FOUND
                    : status == 401 || status == 403 ? ErrorCategory.UNAUTHORIZED
                    : status == 413 || status == 429 || status == 503 ? ErrorCategory.OUT_OF_RESOURCES
                    : status >= 500 ? ErrorCategory.INTERNAL : ErrorCategory.BAD_INPUT;
            error(context, category, status, e.getMessage());
        });
        config.routes.exception(Exception.class, (e, context) -> internal(context, e, log));
        config.routes.error(404, context -> {
            if (context.result() == null || context.result().isEmpty() || !isJson(context)) {
                error(context, ErrorCategory.NOT_FOUND, 404, "nothing at " + context.path());
            }
        });
        config.routes.error(405, context -> error(context, ErrorCategory.BAD_INPUT, 405,
                context.method() + " is not allowed on " + context.path()));
    }

    private static boolean isJson(Context context) {
        String type = context.res().getContentType();
        return type != null && type.startsWith("application/json");
    }

    private static void internal(Context context, Exception e, PrintStream log) {
        synchronized (log) {
            log.println("parallax serve: " + context.method() + " " + context.path() + " failed:");
            e.printStackTrace(log);
        }
        error(context, ErrorCategory.INTERNAL, 500, "the server failed on this request; its log says why");
    }

    /** Answers {@code {"error":{"category":...,"message":...}}}. */
    static void error(Context context, ErrorCategory category, int status, String message) {
        JsonBodies.send(context, status, json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("error");
            json.writeStringField("category", category.jsonName());
            json.writeStringField("message", message == null || message.isBlank() ? category.jsonName() : message);
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    private static byte[] resource(String name) {
        try (InputStream in = ParallaxServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + name + " is missing from parallax-server");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + name, e);
        }
    }

    /** Its endpoints, as {@code GET /api/v1/stories/{id}}: what the OpenAPI description must describe. */
    public List<String> routes() {
        return routes;
    }

    /** The port it listens on (the one chosen when asked for 0). */
    public int port() {
        return app.port();
    }

    /** Its address, {@code http://host:port/}. */
    public URI address() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    public ServerSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            ingests.close();
        }
    }
}
