package org.parallax.ingest;

import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;

/**
 * What ingestion produced, in input order.
 *
 * @param articles the articles read
 * @param problems every input, or part of one, that could not be read
 * @param skipped  files under a folder that are in no format Parallax reads (named as found)
 * @param inputs   how many files were read
 */
public record IngestResult(List<Article> articles, List<InputProblem> problems, List<String> skipped, int inputs) {

    public IngestResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }
}
