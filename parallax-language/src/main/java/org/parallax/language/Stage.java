package org.parallax.language;

import java.util.Set;

/**
 * One step of the language layer.
 *
 * <p>Contract: {@link #process} reads only the layers named by {@link #requires()} and adds exactly
 * those named by {@link #provides()}. Stages are immutable once built and safe to run on many
 * articles from many threads at once; what they load (models) they load in their constructor.
 */
public interface Stage {

    /** A short name for messages and benchmarks. */
    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    void process(AnnotationContext context);
}
