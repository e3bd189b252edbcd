package org.parallax.evaluation.speed;

import java.util.Objects;
import java.util.function.Supplier;
import org.parallax.language.LanguagePipeline;

/**
 * One language-layer configuration to time: a name, what it runs, and how to build it (building
 * loads the models and is timed apart from annotating).
 *
 * @param name        a short name for tables, e.g. {@code no-depparse}
 * @param description the CoreNLP annotators and Parallax stages it runs
 * @param pipeline    builds the pipeline; called once per benchmark run
 */
public record PipelineConfiguration(String name, String description, Supplier<LanguagePipeline> pipeline) {

    public PipelineConfiguration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(pipeline, "pipeline");
    }
}
