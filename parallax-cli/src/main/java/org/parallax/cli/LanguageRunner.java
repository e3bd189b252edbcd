package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.parallax.language.LanguagePipeline;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;

/**
 * Runs the language layer over many articles on several threads, sharing one pipeline (its stages
 * are thread-safe), and keeps the articles' order.
 */
final class LanguageRunner {

    private final Supplier<LanguagePipeline> pipeline;
    private final int threads;

    LanguageRunner(Supplier<LanguagePipeline> pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = threads;
    }

    List<AnalyzedArticle> annotate(List<Article> articles, Progress progress) {
        if (articles.isEmpty()) {
            return List.of();
        }
        LanguagePipeline built = pipeline.get();
        progress.annotationPlanned(articles.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "parallax-language");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<AnalyzedArticle>> futures = new ArrayList<>();
            for (Article article : articles) {
                futures.add(pool.submit(() -> {
                    AnalyzedArticle analyzed = built.annotate(article);
                    progress.articleAnnotated();
                    return analyzed;
                }));
            }
            List<AnalyzedArticle> result = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    result.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("the language layer failed on article " + articles.get(i).source()
                            + ": " + e.getCause(), e.getCause());
                }
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the language layer was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
