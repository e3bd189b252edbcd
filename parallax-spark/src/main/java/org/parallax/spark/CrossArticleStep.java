package org.parallax.spark;

import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;
import org.parallax.model.InputProblem;
import org.parallax.pipeline.Pipeline;

/**
 * The cross-article layer of the job, over the analysed articles in input order (the order its ids
 * follow). A failure of the layer is a problem, as in the embedded pipeline; the articles are kept without it.
 */
final class CrossArticleStep {

    /** The layer's account, the articles it read (in input order), and its failure if it failed. */
    record Outcome(CrossArticle account, List<AnalyzedArticle> corpus, Optional<InputProblem> problem) {
    }

    private final JavaSparkContext context;

    CrossArticleStep(JavaSparkContext context) {
        this.context = context;
    }

    Outcome run(JavaRDD<Keyed> articles) {
        List<AnalyzedArticle> corpus = articles.collect().stream().sorted(Keyed.ORDER)
                .map(keyed -> keyed.value(AnalyzedArticle.class)).toList();
        if (corpus.isEmpty()) {
            return new Outcome(CrossArticle.empty(), corpus, Optional.empty());
        }
        try {
            return new Outcome(ExecutorLayers.crossArticle().analyze(corpus), corpus, Optional.empty());
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Outcome(CrossArticle.empty(), corpus, Optional.of(Pipeline.crossArticleProblem(corpus.size(), e)));
        }
    }
}
