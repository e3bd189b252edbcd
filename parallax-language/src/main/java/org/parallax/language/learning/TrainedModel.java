package org.parallax.language.learning;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What each of the layer's trained classifiers over binary string features shares: a {@link LinearModel} of one
 * {@link Kind} (its file header, its name in messages, the classpath resource the layer ships it as and the command
 * that trains it), read from and written to files of that kind, scored as the logistic of its weights. A subclass adds
 * what it decides with the scores (the cue model: is this token a cue; the source picker: which candidate is the
 * source; the frame check: is this frame an attribution) and any settings of its own in the header
 * ({@link LinearModel#settings()}). Immutable and thread-safe.
 *
 * @param <M> the subclass, so that {@link #withThreshold(double)} returns a model of the same kind
 */
public abstract class TrainedModel<M extends TrainedModel<M>> {

    /**
     * One kind of trained model and where it comes from.
     *
     * @param header   the first line of its files ("parallax-cue-model 1"), settings may follow it after a space
     * @param name     how messages name it ("cue model")
     * @param resource the classpath resource the layer loads ("/org/parallax/language/quotes/cue-model.tsv.gz")
     * @param training the command that trains it, told when the resource is missing
     */
    public record Kind(String header, String name, String resource, String training) {

        public Kind {
            for (String part : List.of(Objects.requireNonNull(header, "header"), Objects.requireNonNull(name, "name"),
                    Objects.requireNonNull(resource, "resource"), Objects.requireNonNull(training, "training"))) {
                if (part.isBlank() || part.contains("\n")) {
                    throw new IllegalArgumentException("a model kind's header, name, resource and training are one non-blank line each");
                }
            }
            if (!resource.startsWith("/")) {
                throw new IllegalArgumentException("a model's resource is an absolute classpath name, not '" + resource + "'");
            }
        }

        /** Reads a file of this kind (refused by name when its header is another's). */
        public LinearModel read(Path file) {
            return LinearModel.read(file, header, name);
        }

        /** The model the build ships; an {@link IllegalStateException} telling {@link #training()} when it is missing. */
        public LinearModel shipped() {
            return LinearModel.resource(resource, header, name, training);
        }

        /** The model the build ships; empty when it ships none. */
        public Optional<LinearModel> optionallyShipped() {
            return LinearModel.optionalResource(resource, header, name);
        }
    }

    private final Kind kind;
    private final LinearModel model;

    protected TrainedModel(Kind kind, LinearModel model) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.model = Objects.requireNonNull(model, "model");
    }

    /** A model of the subclass with these weights, threshold and settings. */
    protected abstract M with(LinearModel weights);

    /** The weights, threshold and settings. */
    protected final LinearModel linear() {
        return model;
    }

    public final Kind kind() {
        return kind;
    }

    /** Writes the model in the format {@link Kind#read(Path)} reads, weights sorted by feature (reproducible bytes). */
    public final void write(Path file) {
        model.write(file, kind.header(), kind.name());
    }

    /** The same weights with another threshold. */
    public final M withThreshold(double value) {
        return with(model.withThreshold(value));
    }

    /** The probability from which the model's decision is yes, tuned on held-out training articles. */
    public final double threshold() {
        return model.threshold();
    }

    /** The number of features with a weight. */
    public final int size() {
        return model.size();
    }

    /** The logistic of the intercept plus the weights of these features (unknown features weigh nothing). */
    public final double probability(List<String> features) {
        return model.probability(features);
    }

    /** Whether these features score at least the threshold. */
    public final boolean accepts(List<String> features) {
        return probability(features) >= model.threshold();
    }
}
