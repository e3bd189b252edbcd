package org.parallax.language.events;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.language.learning.LinearModel;

/**
 * A trained classifier telling whether a date dates an event trigger: a logistic regression over the binary features
 * of the pair, trained on TimeBank's TLINKs by {@code parallax train timeline} (Smile's maximum-entropy learner),
 * stored as the weights of its features. Two of them ship ({@link Scope}): one for the (trigger, time expression)
 * pairs of a sentence ({@link AttachmentFeatures}), which dates the triggers the rules leave undated (the rules are
 * kept where they decide: they are more precise, see docs/quality-time.md), and one for the triggers of a sentence
 * without a date of its own, against the dates of the previous sentences of the passage and the publication day
 * ({@link PassageFeatures}). Immutable and thread-safe; the shipped models are read once per JVM
 * ({@link #standard(Scope)}).
 *
 * <p>File format: {@link LinearModel}'s, header {@code parallax-time-attachment-model 1} or
 * {@code parallax-passage-attachment-model 1}; its threshold is the probability from which the best candidate of a
 * trigger dates it, picked on TimeBank by cross-validation. The passage model's header carries the setting
 * {@code rules-first} when the hand-written passage and publication rules keep their decisions and the model dates
 * only what they leave undated, {@code model-first} when the model's decision stands where it makes one (the rules'
 * decisions among its features) and the rules' elsewhere.
 */
public final class AttachmentModel {

    /** Which pairs a model scores. */
    public enum Scope {
        /** A trigger and a time expression of its own sentence. */
        SENTENCE("/org/parallax/language/events/time-attachment-model.tsv.gz", "parallax-time-attachment-model 1",
                "time attachment model"),
        /** A trigger of a sentence without a date and a date of an earlier sentence of its passage, or the publication day. */
        PASSAGE("/org/parallax/language/events/passage-attachment-model.tsv.gz", "parallax-passage-attachment-model 1",
                "passage attachment model");

        private final String resource;
        private final String header;
        private final String what;

        Scope(String resource, String header, String what) {
            this.resource = resource;
            this.header = header;
            this.what = what;
        }

        /** The classpath resource the layer loads. */
        public String resource() {
            return resource;
        }
    }

    /** The resource of the same-sentence model the layer loads. */
    public static final String RESOURCE = Scope.SENTENCE.resource();

    private static final String RULES_FIRST = "rules-first";
    private static final String MODEL_FIRST = "model-first";

    private final Scope scope;
    private final LinearModel model;

    /** A same-sentence model. */
    public AttachmentModel(Map<String, Double> weights, double intercept, double threshold) {
        this(Scope.SENTENCE, new LinearModel(weights, intercept, threshold));
    }

    /**
     * A model of a scope; {@code rulesFirst} (meaningful for the passage scope) whether the rules keep their decisions.
     */
    public AttachmentModel(Scope scope, Map<String, Double> weights, double intercept, double threshold, boolean rulesFirst) {
        this(scope, new LinearModel(weights, intercept, threshold, scope == Scope.PASSAGE ? setting(rulesFirst) : ""));
    }

    private AttachmentModel(Scope scope, LinearModel model) {
        this.scope = scope;
        this.model = model;
        if (!model.settings().isEmpty() && !model.settings().equals(RULES_FIRST) && !model.settings().equals(MODEL_FIRST)) {
            throw new IllegalArgumentException("the " + scope.what + " has the unknown setting '" + model.settings() + "'");
        }
    }

    private static String setting(boolean rulesFirst) {
        return rulesFirst ? RULES_FIRST : MODEL_FIRST;
    }

    private static final class Holder {
        private static final Optional<AttachmentModel> SENTENCE = load(Scope.SENTENCE);
        private static final Optional<AttachmentModel> PASSAGE = load(Scope.PASSAGE);

        private static Optional<AttachmentModel> load(Scope scope) {
            return LinearModel.optionalResource(scope.resource, scope.header, scope.what).map(read -> new AttachmentModel(scope, read));
        }
    }

    /** The same-sentence model shipped with the layer ({@link #standard(Scope)}). */
    public static Optional<AttachmentModel> standard() {
        return standard(Scope.SENTENCE);
    }

    /** The model of this scope shipped with the layer, read once per JVM; empty when the build ships none (the rules alone date). */
    public static Optional<AttachmentModel> standard(Scope scope) {
        return scope == Scope.SENTENCE ? Holder.SENTENCE : Holder.PASSAGE;
    }

    /** Reads a same-sentence model file written by {@link #write(Path)}. */
    public static AttachmentModel read(Path file) {
        return read(file, Scope.SENTENCE);
    }

    /** Reads a model file of this scope written by {@link #write(Path)}. */
    public static AttachmentModel read(Path file, Scope scope) {
        return new AttachmentModel(scope, LinearModel.read(file, scope.header, scope.what));
    }

    /** Writes the model in the format {@link #read(Path, Scope)} reads, weights sorted by feature (reproducible bytes). */
    public void write(Path file) {
        model.write(file, scope.header, scope.what);
    }

    /** The same weights with another threshold. */
    public AttachmentModel withThreshold(double value) {
        return new AttachmentModel(scope, model.withThreshold(value));
    }

    /** The same weights and threshold as a model of another scope; {@code rulesFirst} as in the constructor. */
    public AttachmentModel as(Scope other, boolean rulesFirst) {
        return new AttachmentModel(other, model.withSettings(other == Scope.PASSAGE ? setting(rulesFirst) : ""));
    }

    public Scope scope() {
        return scope;
    }

    public double threshold() {
        return model.threshold();
    }

    /**
     * Whether the rules keep their decisions and the model dates only the triggers they leave undated; else the
     * model's decision stands where it makes one, and the rules' elsewhere.
     */
    public boolean rulesFirst() {
        return scope == Scope.SENTENCE || model.settings().equals(RULES_FIRST);
    }

    /** The number of features with a weight. */
    public int size() {
        return model.size();
    }

    /** The probability that the date of a pair with these features dates its trigger. */
    public double probability(List<String> features) {
        return model.probability(features);
    }
}
