package org.parallax.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.crossarticle.EventFinder;
import org.parallax.crossarticle.StoryFinder;
import org.parallax.crossarticle.events.SentenceEventFinder;
import org.parallax.crossarticle.stories.EmbeddingStoryFinder;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.LanguagePipelines;
import org.parallax.pipeline.ArticleAnnotator;

/**
 * What each executor JVM builds once and shares between its tasks: the readers, the language layer
 * (CoreNLP and the trained models, seconds to load and a few hundred MB) and the cross-article layer
 * (the ONNX embedding model). Each is built lazily by the first task that needs it, never per article
 * or per partition; all are thread-safe, so the task threads of one executor share them.
 */
final class ExecutorLayers {

    private static volatile ArticleAnnotator language;
    private static volatile CrossArticleAnalyzer crossArticle;
    private static final Map<String, Ingestor> INGESTORS = new ConcurrentHashMap<>();

    private ExecutorLayers() {
    }

    /** The standard language layer of this JVM. */
    static ArticleAnnotator language() {
        ArticleAnnotator current = language;
        if (current == null) {
            synchronized (ExecutorLayers.class) {
                if (language == null) {
                    LanguagePipeline pipeline = LanguagePipelines.standard();
                    language = pipeline::annotate;
                }
                current = language;
            }
        }
        return current;
    }

    /** Makes {@code annotator} this JVM's language layer (tests share one across the embedded and the Spark run). */
    static synchronized void useLanguage(ArticleAnnotator annotator) {
        language = annotator;
    }

    /** The standard cross-article layer of this JVM. */
    static CrossArticleAnalyzer crossArticle() {
        CrossArticleAnalyzer current = crossArticle;
        if (current == null) {
            synchronized (ExecutorLayers.class) {
                if (crossArticle == null) {
                    crossArticle = CrossArticleAnalyzer.standard();
                }
                current = crossArticle;
            }
        }
        return current;
    }

    /** The story finder of this JVM's cross-article layer, whose functions the distributed story grouping calls. */
    static EmbeddingStoryFinder storyFinder() {
        StoryFinder finder = crossArticle().storyFinder();
        if (finder instanceof EmbeddingStoryFinder embedding) {
            return embedding;
        }
        throw new IllegalStateException("the cross-article layer's story finder " + finder.getClass().getName()
                + " cannot be distributed: the job distributes " + EmbeddingStoryFinder.class.getSimpleName());
    }

    /** The event finder of this JVM's cross-article layer, whose functions the distributed events call. */
    static SentenceEventFinder eventFinder() {
        EventFinder finder = crossArticle().eventFinder();
        if (finder instanceof SentenceEventFinder sentences) {
            return sentences;
        }
        throw new IllegalStateException("the cross-article layer's event finder " + finder.getClass().getName()
                + " cannot be distributed: the job distributes " + SentenceEventFinder.class.getSimpleName());
    }

    /**
     * The ingestor of one job run: one thread (a task reads one input), the run's size limit and its
     * manifest, read by this JVM from the manifest's path (which executors must be able to read).
     *
     * @param run a key of the run, so that a manifest's record of matched rows is the run's own
     */
    static Ingestor ingestor(String run, long maxInputBytes, Optional<String> manifest) {
        return INGESTORS.computeIfAbsent(run, key -> {
            try {
                Manifest read = manifest.isEmpty() ? Manifest.empty() : Manifest.read(Path.of(manifest.get()));
                return new Ingestor(FormatReaders.standard(), new IngestOptions(maxInputBytes, read, 1));
            } catch (IOException | BadInputException e) {
                throw new IllegalStateException("the manifest " + manifest.get() + " cannot be read on this executor: "
                        + e.getMessage(), e);
            }
        });
    }
}
