package org.parallax.server;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.LanguagePipelines;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;
import org.parallax.pipeline.ClaimChecker;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineListener;
import org.parallax.pipeline.PipelineSettings;
import org.parallax.store.Store;
import org.parallax.store.StoreLocation;

/**
 * A real server on a free loopback port over an embedded store holding the seeds (examples/), for
 * one test class, with a token named {@code tester}. The language and cross-article layers and the
 * claim checker are built once per test JVM and remember what they computed, so every test class's
 * store costs its annotation once.
 */
final class TestServer implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("parallax.repositoryRoot", ".."));
    static final Path EXAMPLES = ROOT.resolve("examples");
    static final String TOKEN_NAME = "tester";

    private static LanguagePipeline language;
    private static CrossArticleAnalyzer crossArticle;
    private static ClaimChecker checker;
    private static final Map<String, AnalyzedArticle> ANNOTATED = new ConcurrentHashMap<>();
    private static final Map<List<AnalyzedArticle>, CrossArticle> ACCOUNTS = new ConcurrentHashMap<>();

    private final Store store;
    private final ParallaxServer server;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(Store store, ParallaxServer server, String token) {
        this.store = store;
        this.server = server;
        this.token = token;
    }

    /** A server over a new store in {@code folder}, holding the seeds, with the default settings on a free loopback port. */
    static TestServer overExamples(Path folder) {
        return overExamples(folder, ServerSettings.defaults().withPort(0).withRequestsPerSecond(0));
    }

    static TestServer overExamples(Path folder, ServerSettings settings) {
        Store store = Store.open(StoreLocation.embedded(folder.resolve("store")));
        try {
            pipeline(EXAMPLES.resolve("manifest.csv")).run(List.of(EXAMPLES.toString()), store.destination("tester"),
                    PipelineListener.NONE);
            String token = store.createToken(TOKEN_NAME).secret();
            ParallaxServer server = ParallaxServer.start(store, new Analysis(pipeline(null), checker()), settings,
                    new PrintStream(System.err, true));
            return new TestServer(store, server, token);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static synchronized LanguagePipeline language() {
        if (language == null) {
            language = LanguagePipelines.standard();
        }
        return language;
    }

    private static synchronized CrossArticleAnalyzer crossArticle() {
        if (crossArticle == null) {
            crossArticle = CrossArticleAnalyzer.standard();
        }
        return crossArticle;
    }

    private static synchronized ClaimChecker checker() {
        if (checker == null) {
            checker = ClaimChecker.standard();
        }
        return checker;
    }

    /** The real layers, remembered per article and per corpus, reading with {@code manifest} (or none). */
    static Pipeline pipeline(Path manifest) {
        try {
            Manifest known = manifest == null ? Manifest.empty() : Manifest.read(manifest);
            Ingestor ingestor = new Ingestor(FormatReaders.standard(), new IngestOptions(IngestOptions.DEFAULT_MAX_INPUT_BYTES, known, 2));
            return new Pipeline(ingestor, PipelineSettings.defaults().withThreads(2),
                    () -> article -> ANNOTATED.computeIfAbsent(article.id() + "\n" + article.text(), key -> language().annotate(article)),
                    () -> (articles, listener) -> ACCOUNTS.computeIfAbsent(List.copyOf(articles),
                            key -> crossArticle().analyze(key, listener)));
        } catch (IOException | org.parallax.ingest.BadInputException e) {
            throw new IllegalStateException("cannot read " + manifest, e);
        }
    }

    Store store() {
        return store;
    }

    ParallaxServer server() {
        return server;
    }

    /** The secret of the token named {@value #TOKEN_NAME}. */
    String token() {
        return token;
    }

    HttpClient client() {
        return client;
    }

    URI uri(String path) {
        return server.address().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** POSTs {@code json} with the token. */
    HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
