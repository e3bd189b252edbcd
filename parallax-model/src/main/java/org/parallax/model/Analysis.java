package org.parallax.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One run's result: the articles read with what the language layer found in them, and every input
 * that could not be read.
 *
 * @param articles the articles, in input order; their ids are unique
 * @param problems the inputs, or parts of inputs, that failed, with why
 * @param skipped  files found under a folder that are in no format Parallax reads
 * @param inputs   how many input files were read
 * @param crossArticle entities, events and stories reconstructed across the articles
 */
public record Analysis(List<AnalyzedArticle> articles, List<InputProblem> problems, List<String> skipped, int inputs,
        CrossArticle crossArticle) {

    /** An analysis of articles read one by one, without the cross-article layer. */
    public Analysis(List<AnalyzedArticle> articles, List<InputProblem> problems, List<String> skipped, int inputs) {
        this(articles, problems, skipped, inputs, CrossArticle.empty());
    }

    public Analysis {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
        java.util.Objects.requireNonNull(crossArticle, "crossArticle");
        if (inputs < 0) {
            throw new IllegalArgumentException("inputs must not be negative: " + inputs);
        }
        Set<String> ids = new HashSet<>();
        for (AnalyzedArticle analyzed : articles) {
            if (!ids.add(analyzed.article().id())) {
                throw new IllegalArgumentException("two articles share the id " + analyzed.article().id());
            }
        }
    }
}
