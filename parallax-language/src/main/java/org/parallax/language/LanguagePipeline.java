package org.parallax.language;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;

/**
 * Runs stages in order over an article. Built once (loading models), then shared: annotating is
 * thread-safe when the stages are, as {@link Stage} requires.
 */
public final class LanguagePipeline {

    private final List<Stage> stages;

    /**
     * @throws IllegalArgumentException when a stage needs a layer no earlier stage provides, or two stages provide the same layer
     */
    public LanguagePipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        for (Stage stage : this.stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage " + stage.name() + " needs " + missing
                        + ", which no stage before it provides (available: " + available + ")");
            }
            for (Layer layer : stage.provides()) {
                if (!available.add(layer)) {
                    throw new IllegalArgumentException("stage " + stage.name() + " provides " + layer
                            + ", which an earlier stage already provides");
                }
            }
        }
    }

    public List<Stage> stages() {
        return stages;
    }

    /** The layers the pipeline adds. */
    public Set<Layer> provides() {
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        stages.forEach(stage -> layers.addAll(stage.provides()));
        return layers;
    }

    public AnalyzedArticle annotate(Article article) {
        AnnotationContext context = new AnnotationContext(article);
        for (Stage stage : stages) {
            stage.process(context);
            context.markProvided(stage);
        }
        return new AnalyzedArticle(article, context.toAnnotations());
    }

    /** Annotates many articles, in order. */
    public List<AnalyzedArticle> annotateAll(List<Article> articles) {
        List<AnalyzedArticle> result = new ArrayList<>(articles.size());
        for (Article article : articles) {
            result.add(annotate(article));
        }
        return result;
    }
}
