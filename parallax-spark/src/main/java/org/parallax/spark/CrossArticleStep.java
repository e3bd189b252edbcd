package org.parallax.spark;

import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;
import org.parallax.model.InputProblem;
import org.parallax.pipeline.Pipeline;

/**
 * The cross-article layer of the job. Entity resolution runs as distributed steps
 * ({@link DistributedEntityResolution}); grouping into stories, events and claims then run on the
 * driver, over the analysed articles in input order (the order the layer's ids follow), by the
 * embedded layer given that resolution. A failure of the layer is a problem, as in the embedded
 * pipeline; the articles are kept without it.
 */
final class CrossArticleStep {

    /**
     * The layer's account, the articles it read (in input order), its failure if it failed, and what
     * the distributed entity resolution cost (empty when it did not run).
     */
    record Outcome(CrossArticle account, List<AnalyzedArticle> corpus, Optional<InputProblem> problem,
            Optional<DistributedEntityResolution.Outcome> entities) {
    }

    Outcome run(JavaRDD<Keyed> articles) {
        List<AnalyzedArticle> corpus = articles.collect().stream().sorted(Keyed.ORDER)
                .map(keyed -> keyed.value(AnalyzedArticle.class)).toList();
        if (corpus.isEmpty()) {
            return new Outcome(CrossArticle.empty(), corpus, Optional.empty(), Optional.empty());
        }
        try {
            DistributedEntityResolution.Outcome entities = new DistributedEntityResolution().resolve(articles);
            CrossArticle account = ExecutorLayers.crossArticle().withEntityResolver(resolving -> entities.resolution())
                    .analyze(corpus);
            return new Outcome(account, corpus, Optional.empty(), Optional.of(entities));
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Outcome(CrossArticle.empty(), corpus, Optional.of(Pipeline.crossArticleProblem(corpus.size(), e)),
                    Optional.empty());
        }
    }
}
