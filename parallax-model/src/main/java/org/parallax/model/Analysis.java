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
 */
public record Analysis(List<AnalyzedArticle> articles, List<InputProblem> problems, List<String> skipped, int inputs) {

    public Analysis {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
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
