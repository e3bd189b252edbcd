package org.parallax.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Analysis;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.CrossArticle;
import org.parallax.model.InputProblem;

/**
 * A destination that keeps everything in memory, for one analysis written at the end (what
 * {@code parallax analyze} does): it admits every article as it is, so memory grows with the corpus.
 */
public final class MemoryDestination implements ArticleDestination {

    private final List<AnalyzedArticle> articles = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private CrossArticle crossArticle = CrossArticle.empty();

    @Override
    public Optional<Article> admit(Article article) {
        return Optional.of(article);
    }

    @Override
    public void keep(List<AnalyzedArticle> batch, List<InputProblem> batchProblems) {
        articles.addAll(batch);
        problems.addAll(batchProblems);
    }

    @Override
    public List<AnalyzedArticle> corpus() {
        return List.copyOf(articles);
    }

    @Override
    public void keep(CrossArticle account) {
        crossArticle = account;
    }

    /** The analysis of what was kept, with the run's skipped files and input count. */
    public Analysis analysis(PipelineResult result) {
        return new Analysis(articles, problems, result.skipped(), result.inputs(), crossArticle);
    }
}
