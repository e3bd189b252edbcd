package org.parallax.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;

/**
 * Runs the language layer over a batch of articles on several threads, sharing one pipeline (its
 * stages are thread-safe), and keeps the articles' order. An article the layer fails on becomes a
 * problem naming it, with its category; the others are annotated.
 */
final class LanguageRunner implements AutoCloseable {

    /** A batch's outcome: the articles annotated, in order, and those that failed. */
    record Annotated(List<AnalyzedArticle> articles, List<InputProblem> problems) {
        Annotated {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    private final ArticleAnnotator pipeline;
    private final ExecutorService pool;

    LanguageRunner(ArticleAnnotator pipeline, int threads) {
        this.pipeline = pipeline;
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "parallax-language");
            thread.setDaemon(true);
            return thread;
        });
    }

    Annotated annotate(List<Article> articles, PipelineListener listener) {
        List<Future<AnalyzedArticle>> futures = new ArrayList<>();
        for (Article article : articles) {
            futures.add(pool.submit(() -> {
                try {
                    return pipeline.annotate(article);
                } finally {
                    listener.articleAnnotated();
                }
            }));
        }
        // A failure reaches here wrapped (ExecutionException) and becomes the problem AnnotationOutcome names.
        List<AnalyzedArticle> annotated = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        try {
            for (int i = 0; i < futures.size(); i++) {
                try {
                    annotated.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    problems.add(AnnotationOutcome.problem(articles.get(i), e.getCause()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(future -> future.cancel(true));
            throw new IllegalStateException("the language layer was interrupted", e);
        }
        return new Annotated(annotated, problems);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
