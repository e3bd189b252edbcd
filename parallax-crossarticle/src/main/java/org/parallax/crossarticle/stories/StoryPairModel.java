package org.parallax.crossarticle.stories;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.parallax.crossarticle.ModelFile;
import smile.classification.LogisticRegression;

/**
 * The trained decision whether two stories are one: Smile's L2-regularised logistic regression over
 * {@link #FEATURES}, which compare the two stories as wholes (the mean similarity over their article pairs and the
 * cosine of their summed vectors, for the lead embeddings, the entity vectors and the word vectors, and their sizes),
 * giving the probability that they cover one event; stories at {@link #threshold()} or more are joined
 * ({@link WholeStoryMerger}). Trained on the candidate story pairs that grouping leaves on ECB+ train, labelled by
 * the gold subtopics, by {@code parallax train stories}. The file holds a header (format, the feature names, the
 * threshold, a line on how it was trained) and the Java-serialised Smile model, gzip-compressed; the shipped one is
 * {@link #RESOURCE}.
 */
public final class StoryPairModel {

    /** Where the shipped model lies on the class path. */
    public static final String RESOURCE = "/org/parallax/crossarticle/stories/story-pair-model.bin.gz";

    /** The features of a pair of stories, in the order {@link #probability} reads them. */
    public static final List<String> FEATURES = List.of("content_mean", "entity_mean", "word_mean", "content_centroid",
            "entity_centroid", "word_centroid", "smaller_log_size", "larger_log_size");

    private static final ModelFile FILE = new ModelFile("parallax-story-pair-model/1", "story pair model", FEATURES,
            "./parallax train stories ../shared/bench/ecbplus");

    private final LogisticRegression.Binomial classifier;
    private final double threshold;
    private final String provenance;

    private StoryPairModel(LogisticRegression.Binomial classifier, double threshold, String provenance) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("a joining threshold is a probability in (0, 1), not " + threshold);
        }
        this.threshold = threshold;
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * Trains a model on labelled story pairs.
     *
     * @param features   each pair's {@link #FEATURES}
     * @param same       whether each pair covers one event; both answers must occur
     * @param lambda     the L2 penalty
     * @param threshold  the joining threshold to keep with it
     * @param provenance how the pairs were chosen, kept in the file
     */
    public static StoryPairModel train(double[][] features, boolean[] same, double lambda, double threshold,
            String provenance) {
        if (features.length != same.length || features.length == 0) {
            throw new IllegalArgumentException("training needs as many labels as pairs, and some pairs");
        }
        int[] labels = new int[same.length];
        int positive = 0;
        for (int i = 0; i < labels.length; i++) {
            if (features[i].length != FEATURES.size()) {
                throw new IllegalArgumentException("pair " + i + " has " + features[i].length + " features, not "
                        + FEATURES.size());
            }
            labels[i] = same[i] ? 1 : 0;
            positive += labels[i];
        }
        if (positive == 0 || positive == labels.length) {
            throw new IllegalArgumentException("training needs pairs of one event and others (" + positive + " of "
                    + labels.length + " of one event)");
        }
        LogisticRegression.Binomial classifier = LogisticRegression.binomial(features, labels, lambda, 1e-6, 1_000);
        return new StoryPairModel(classifier, threshold, provenance + "; logistic regression, L2 penalty " + lambda);
    }

    /** This model with another joining threshold. */
    public StoryPairModel withThreshold(double value) {
        return new StoryPairModel(classifier, value, provenance);
    }

    /** The model shipped in the jar, read once. */
    public static StoryPairModel standard() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        private static final StoryPairModel MODEL = FILE.fromClassPath(StoryPairModel.class, RESOURCE, StoryPairModel::read);
    }

    /** A model from a file written by {@link #write}. */
    public static StoryPairModel read(Path file) throws IOException {
        return FILE.read(file, StoryPairModel::read);
    }

    private static StoryPairModel read(DataInputStream header, ModelFile.Lazy classifier) throws IOException {
        double threshold = header.readDouble();
        String provenance = header.readUTF();
        return new StoryPairModel(classifier.classifier(LogisticRegression.Binomial.class), threshold, provenance);
    }

    /** Writes the model to {@code file}, readable by {@link #read(Path)}. */
    public void write(Path file) throws IOException {
        FILE.write(file, header -> {
            header.writeDouble(threshold);
            header.writeUTF(provenance);
        }, classifier);
    }

    /** How the model was trained, in one line. */
    public String provenance() {
        return provenance;
    }

    /** The probability at which two stories are joined. */
    public double threshold() {
        return threshold;
    }

    /** The weight of each feature, in the order of {@link #FEATURES}, then the intercept. */
    public double[] coefficients() {
        return classifier.coefficients().clone();
    }

    /** The probability that two stories with these features ({@link #FEATURES}) cover one event. */
    public double probability(double[] features) {
        if (features.length != FEATURES.size()) {
            throw new IllegalArgumentException(features.length + " features, not " + FEATURES.size());
        }
        double[] posterior = new double[2];
        classifier.predict(features, posterior);
        return posterior[1];
    }

    /** The features of two stories as wholes, in the order of {@link #FEATURES}. */
    static double[] features(StoryCluster a, StoryCluster b) {
        int smaller = Math.min(a.size(), b.size());
        int larger = Math.max(a.size(), b.size());
        return new double[] {a.content(b), a.entities(b), a.words(b), a.contentCentroid(b), a.entityCentroid(b),
            a.wordCentroid(b), Math.log(smaller), Math.log(larger)};
    }
}
