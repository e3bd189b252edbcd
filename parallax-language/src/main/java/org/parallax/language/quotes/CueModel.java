package org.parallax.language.quotes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parallax.language.learning.LinearModel;
import org.parallax.language.learning.TrainedModel;

/**
 * A trained classifier telling whether a token is part of an attribution cue ("slammed", "wants", "criticism",
 * "endorsed"): a logistic regression over the binary {@link CueFeatures}, trained on PolNeAR's train split by
 * {@code parallax train attribution} (Smile's maximum-entropy learner), stored as the weights of its features.
 * Immutable and thread-safe; the layer's model is loaded once per JVM ({@link #standard()}).
 *
 * <p>File format: {@link LinearModel}'s, header {@code parallax-cue-model 1}; its threshold is the probability from
 * which a token counts as a cue, picked on held-out training articles.
 */
public final class CueModel extends TrainedModel<CueModel> {

    /** This kind of model: its header, resource and training command. */
    public static final Kind KIND = new Kind("parallax-cue-model 1", "cue model",
            "/org/parallax/language/quotes/cue-model.tsv.gz", QuoteStage.TRAINING);

    public CueModel(Map<String, Double> weights, double intercept, double threshold) {
        this(new LinearModel(weights, intercept, threshold));
    }

    private CueModel(LinearModel model) {
        super(KIND, model);
    }

    @Override
    protected CueModel with(LinearModel weights) {
        return new CueModel(weights);
    }

    private static final class Holder {
        private static final CueModel STANDARD = new CueModel(KIND.shipped());
    }

    /** The model shipped with the layer, read once per JVM. */
    public static CueModel standard() {
        return Holder.STANDARD;
    }

    /** Reads a model file written by {@link #write(Path)}. */
    public static CueModel read(Path file) {
        return new CueModel(KIND.read(file));
    }

    /** Whether a token with these features counts as (part of) a cue. */
    public boolean isCue(List<String> features) {
        return !features.isEmpty() && accepts(features);
    }
}
