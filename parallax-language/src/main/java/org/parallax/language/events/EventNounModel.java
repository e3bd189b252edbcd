package org.parallax.language.events;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.language.learning.LinearModel;

/**
 * A trained classifier telling whether a noun that the event stage's rules take as no trigger reports an event ("the
 * party", "piracy", "an attempt", "the Oscars"): a logistic regression over its binary features
 * ({@link EventNounFeatures}), trained on the gold event mentions of ECB+ train by {@code parallax train event-nouns}
 * (Smile's maximum-entropy learner), stored as the weights of its features. Immutable and thread-safe; the shipped
 * model is read once per JVM ({@link #standard()}).
 *
 * <p>File format: {@link LinearModel}'s, header {@code parallax-event-noun-model 1}; its threshold is the probability
 * from which a noun is a trigger, chosen on ECB+ train's tuning topics.
 */
public final class EventNounModel {

    /** The classpath resource the layer loads. */
    public static final String RESOURCE = "/org/parallax/language/events/event-noun-model.tsv.gz";

    private static final String HEADER = "parallax-event-noun-model 1";
    private static final String WHAT = "event noun model";

    private final LinearModel model;

    public EventNounModel(Map<String, Double> weights, double intercept, double threshold) {
        this(new LinearModel(weights, intercept, threshold));
    }

    private EventNounModel(LinearModel model) {
        this.model = model;
    }

    private static final class Holder {
        private static final Optional<EventNounModel> STANDARD = LinearModel.optionalResource(RESOURCE, HEADER, WHAT)
                .map(EventNounModel::new);
    }

    /** The model shipped with the layer, read once per JVM; empty when the build ships none (the rules alone find triggers). */
    public static Optional<EventNounModel> standard() {
        return Holder.STANDARD;
    }

    /** Reads a model file written by {@link #write(Path)}. */
    public static EventNounModel read(Path file) {
        return new EventNounModel(LinearModel.read(file, HEADER, WHAT));
    }

    /** Writes the model in the format {@link #read(Path)} reads, weights sorted by feature (reproducible bytes). */
    public void write(Path file) {
        model.write(file, HEADER, WHAT);
    }

    /** The same weights with another threshold. */
    public EventNounModel withThreshold(double value) {
        return new EventNounModel(model.withThreshold(value));
    }

    public double threshold() {
        return model.threshold();
    }

    /** The number of features with a weight. */
    public int size() {
        return model.size();
    }

    /** The probability that a noun with these features reports an event. */
    public double probability(List<String> features) {
        return model.probability(features);
    }

    /** Whether a noun with these features is a trigger: its probability reaches the threshold. */
    public boolean isEvent(List<String> features) {
        return probability(features) >= threshold();
    }
}
