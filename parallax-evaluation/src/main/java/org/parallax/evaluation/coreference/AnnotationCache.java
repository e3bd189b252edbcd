package org.parallax.evaluation.coreference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.parallax.language.LanguagePipeline;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;

/**
 * The language layer's output for the benchmark's articles, kept in a folder (one gzip JSON file per article, named
 * by the SHA-256 of its id and text), so that training and benchmark runs over ECB+ annotate each document once.
 * It is only a cache and knows nothing of the language layer's version: empty the folder after changing the language
 * layer. A file that cannot be read is annotated again and rewritten.
 */
public final class AnnotationCache {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Supplier<LanguagePipeline> pipelines;
    private final Optional<Path> folder;
    private LanguagePipeline pipeline;

    /**
     * @param pipelines makes the language layer, called once, when a first article is not in the folder (loading its
     *                  models takes seconds and a gigabyte)
     * @param folder    where the annotations are kept; empty to annotate every time
     */
    public AnnotationCache(Supplier<LanguagePipeline> pipelines, Optional<Path> folder) {
        this.pipelines = pipelines;
        this.folder = folder;
    }

    private synchronized LanguagePipeline pipeline() {
        if (pipeline == null) {
            pipeline = pipelines.get();
        }
        return pipeline;
    }

    /**
     * The article as the language layer annotates it, from the folder when it is there: an annotation of the same id,
     * text and publication date (the other fields, such as the source file's name, do not change what the language
     * layer finds) is taken, with this article.
     */
    public AnalyzedArticle annotate(Article article) {
        if (folder.isEmpty()) {
            return pipeline().annotate(article);
        }
        Path file = folder.get().resolve(digest(article.id() + '\n' + article.text()) + ".json.gz");
        if (Files.isRegularFile(file)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                AnalyzedArticle cached = MAPPER.readValue(in, AnalyzedArticle.class);
                Article earlier = cached.article();
                if (earlier.id().equals(article.id()) && earlier.text().equals(article.text())
                        && earlier.published().equals(article.published())) {
                    return new AnalyzedArticle(article, cached.annotations());
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("annotation cache: " + file + " is unreadable (" + e.getMessage() + "); annotating again");
            }
        }
        AnalyzedArticle analyzed = pipeline().annotate(article);
        write(file, analyzed);
        return analyzed;
    }

    /** {@link #annotate} over the articles, on as many threads as there are processors (at most 4), in order. */
    public List<AnalyzedArticle> annotateAll(List<Article> articles) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<AnalyzedArticle>> futures = new ArrayList<>();
            articles.forEach(article -> futures.add(pool.submit(() -> annotate(article))));
            List<AnalyzedArticle> analyzed = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    analyzed.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("the language layer failed on " + articles.get(i).source() + ": "
                            + e.getCause(), e.getCause());
                }
            }
            return analyzed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void write(Path file, AnalyzedArticle analyzed) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "annotation", ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temporary))) {
                MAPPER.writeValue(out, analyzed);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("annotation cache: cannot write " + file, e);
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
