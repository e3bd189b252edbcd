package org.parallax.crossarticle;

/**
 * Hears how far the cross-article layer has got, for progress on long work. Called from the
 * thread that runs {@link CrossArticleAnalyzer#analyze}; implementations must be quick.
 */
@FunctionalInterface
public interface CrossArticleListener {

    /** A listener that hears nothing. */
    CrossArticleListener NONE = (step, done, total) -> { };

    /** The layer is at {@code step}, with {@code done} of its {@code total} units finished (stories, for claims). */
    void step(Step step, int done, int total);

    /** The steps of the cross-article layer, in the order they run. */
    enum Step {
        ENTITIES("resolving entities"),
        EVENTS("building the timeline"),
        STORIES("grouping stories"),
        CLAIMS("aligning claims");

        private final String description;

        Step(String description) {
            this.description = description;
        }

        /** What the step does, for a status line ("aligning claims"). */
        public String description() {
            return description;
        }
    }
}
