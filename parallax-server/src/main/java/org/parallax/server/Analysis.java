package org.parallax.server;

import java.util.Objects;
import org.parallax.pipeline.ClaimChecker;
import org.parallax.pipeline.Pipeline;

/**
 * What the server analyses with, from the pipeline API the command line uses too: the pipeline that
 * ingests uploads, and the claim checker. Both load their models when first used.
 */
public record Analysis(Pipeline pipeline, ClaimChecker checker) {

    public Analysis {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(checker, "checker");
    }
}
