package org.parallax.pipeline;

import java.util.Objects;
import java.util.Optional;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;
import org.parallax.model.ProblemCategory;

/**
 * One article through the language layer, as every pipeline run does it: the annotated article, or
 * the problem naming it (with its category) when the layer failed on it. The embedded pipeline's
 * {@link LanguageRunner} and the cluster job (which distributes articles itself) both call
 * {@link #of(ArticleAnnotator, Article)}, so that an article fails the same way in both.
 *
 * @param article the annotated article, when the language layer succeeded
 * @param problem the problem, when it failed
 */
public record AnnotationOutcome(Optional<AnalyzedArticle> article, Optional<InputProblem> problem) {

    public AnnotationOutcome {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(problem, "problem");
        if (article.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("an outcome is an article or a problem, not both or neither");
        }
    }

    /**
     * Annotates {@code article} with {@code annotator}. A failure of the layer (an exception, a stack
     * overflow on pathological text, running out of memory) becomes the article's problem; the caller goes on.
     */
    public static AnnotationOutcome of(ArticleAnnotator annotator, Article article) {
        try {
            return new AnnotationOutcome(Optional.of(annotator.annotate(article)), Optional.empty());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new AnnotationOutcome(Optional.empty(), Optional.of(problem(article, e)));
        }
    }

    /** The problem an article the language layer failed on becomes. */
    static InputProblem problem(Article article, Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return new InputProblem(article.source(), Optional.empty(), ProblemCategory.OUT_OF_RESOURCES,
                    "the language layer ran out of memory on it; give Java more heap");
        }
        return new InputProblem(article.source(), Optional.empty(), ProblemCategory.INTERNAL,
                "the language layer failed on it (internal error, please report it): " + failure);
    }
}
