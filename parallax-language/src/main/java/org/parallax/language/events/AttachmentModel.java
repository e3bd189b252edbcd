package org.parallax.language.events;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.language.learning.LinearModel;

/**
 * A trained classifier telling whether a time expression dates an event trigger of its sentence: a logistic
 * regression over the binary {@link AttachmentFeatures} of the pair, trained on TimeBank's TLINKs by {@code parallax
 * train timeline} (Smile's maximum-entropy learner), stored as the weights of its features. It dates the triggers
 * the rules leave undated (the rules are kept where they decide: they are more precise, see
 * docs/quality-time.md). Immutable and thread-safe; the shipped model is read once per JVM ({@link #standard()}).
 *
 * <p>File format: {@link LinearModel}'s, header {@code parallax-time-attachment-model 1}; its threshold is the
 * probability from which the best candidate of a trigger dates it, picked on TimeBank by cross-validation.
 */
public final class AttachmentModel {

    /** The resource the layer loads. */
    public static final String RESOURCE = "/org/parallax/language/events/time-attachment-model.tsv.gz";
    static final String HEADER = "parallax-time-attachment-model 1";
    private static final String WHAT = "time attachment model";

    private final LinearModel model;

    public AttachmentModel(Map<String, Double> weights, double intercept, double threshold) {
        this(new LinearModel(weights, intercept, threshold));
    }

    private AttachmentModel(LinearModel model) {
        this.model = model;
    }

    private static final class Holder {
        private static final Optional<AttachmentModel> STANDARD =
                LinearModel.optionalResource(RESOURCE, HEADER, WHAT).map(AttachmentModel::new);
    }

    /** The model shipped with the layer, read once per JVM; empty when the build ships none (the rules alone date). */
    public static Optional<AttachmentModel> standard() {
        return Holder.STANDARD;
    }

    /** Reads a model file written by {@link #write(Path)}. */
    public static AttachmentModel read(Path file) {
        return new AttachmentModel(LinearModel.read(file, HEADER, WHAT));
    }

    /** Writes the model in the format {@link #read(Path)} reads, weights sorted by feature (reproducible bytes). */
    public void write(Path file) {
        model.write(file, HEADER, WHAT);
    }

    /** The same weights with another threshold. */
    public AttachmentModel withThreshold(double value) {
        return new AttachmentModel(model.withThreshold(value));
    }

    public double threshold() {
        return model.threshold();
    }

    /** The number of features with a weight. */
    public int size() {
        return model.size();
    }

    /** The probability that the time expression of a pair with these features dates its trigger. */
    public double probability(List<String> features) {
        return model.probability(features);
    }
}
