package org.parallax.pipeline;

import java.util.List;
import org.parallax.model.CrossArticle;
import org.parallax.model.InputProblem;

/**
 * What a pipeline run did.
 *
 * @param inputs       how many input files were read
 * @param read         how many articles were read from them
 * @param kept         how many of those the destination kept (the others it held already, or they failed)
 * @param problems     every input, article or layer that failed, with its category, in the order met
 * @param skipped      files under a folder in no format Parallax reads
 * @param crossArticle the cross-article layer's account of the destination's corpus (empty when it did not run); where the
 *                     run joined its articles to an account its destination serves part by part, the part it changed
 */
public record PipelineResult(int inputs, int read, int kept, List<InputProblem> problems, List<String> skipped,
        CrossArticle crossArticle) {

    public PipelineResult {
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
        java.util.Objects.requireNonNull(crossArticle, "crossArticle");
    }
}
