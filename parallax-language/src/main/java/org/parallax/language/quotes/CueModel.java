package org.parallax.language.quotes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parallax.language.learning.LinearModel;

/**
 * A trained classifier telling whether a token is part of an attribution cue ("slammed", "wants", "criticism",
 * "endorsed"): a logistic regression over the binary {@link CueFeatures}, trained on PolNeAR's train split by
 * {@code parallax train attribution} (Smile's maximum-entropy learner), stored as the weights of its features.
 * Immutable and thread-safe; the layer's model is loaded once per JVM ({@link #standard()}).
 *
 * <p>File format (UTF-8, gzip): a header {@code parallax-cue-model 1}, a line {@code threshold VALUE} (the
 * probability from which a token counts as a cue, picked on held-out training articles), {@code intercept VALUE},
 * then one {@code FEATURE<TAB>WEIGHT} per line. Scoring is the dot product of the weights of a token's features plus
 * the intercept, through the logistic function: no library is needed for that.
 */
public final class CueModel {

    /** The resource the layer loads. */
    public static final String RESOURCE = "/org/parallax/language/quotes/cue-model.tsv.gz";
    private static final String TRAINING = "./parallax train attribution ../shared/bench/polnear";
    static final String HEADER = "parallax-cue-model 1";

    private final LinearModel model;

    public CueModel(Map<String, Double> weights, double intercept, double threshold) {
        this(new LinearModel(weights, intercept, threshold));
    }

    private CueModel(LinearModel model) {
        this.model = model;
    }

    private static final class Holder {
        private static final CueModel STANDARD = new CueModel(LinearModel.resource(RESOURCE, HEADER, "cue model", TRAINING));
    }

    /** The model shipped with the layer, read once per JVM. */
    public static CueModel standard() {
        return Holder.STANDARD;
    }

    /** Reads a model file written by {@link #write(Path)}. */
    public static CueModel read(Path file) {
        return new CueModel(LinearModel.read(file, HEADER, "cue model"));
    }

    /** Writes the model in the format {@link #read(Path)} reads, weights sorted by feature (reproducible bytes). */
    public void write(Path file) {
        model.write(file, HEADER, "cue model");
    }

    /** The same weights with another threshold. */
    public CueModel withThreshold(double value) {
        return new CueModel(model.withThreshold(value));
    }

    /** The number of features with a weight. */
    public int size() {
        return model.size();
    }

    public double threshold() {
        return model.threshold();
    }

    /** The probability that a token with these features is part of a cue. */
    public double probability(List<String> features) {
        return model.probability(features);
    }

    /** Whether a token with these features counts as (part of) a cue. */
    public boolean isCue(List<String> features) {
        return !features.isEmpty() && probability(features) >= model.threshold();
    }
}
