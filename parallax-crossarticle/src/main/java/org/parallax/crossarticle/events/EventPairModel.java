package org.parallax.crossarticle.events;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.parallax.crossarticle.ModelFile;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.IntVector;

/**
 * The trained event pair scorer: Smile gradient-boosted trees over {@link EventMentionPairs#FEATURES}, giving the
 * probability that two event mentions report one event, and the clustering threshold tuned with it. Trained on the
 * cross-document chains of ECB+ train by {@code parallax train events}. The file holds a header (format, the feature
 * names, the threshold, a line on how it was trained) and the Java-serialised Smile model, gzip-compressed; the
 * shipped one is {@link #RESOURCE}.
 */
public final class EventPairModel implements MentionPairScorer {

    /** Where the shipped model lies on the class path. */
    public static final String RESOURCE = "/org/parallax/crossarticle/events/event-pair-model.bin.gz";
    private static final ModelFile FILE = new ModelFile("parallax-event-pair-model/1", "event pair model",
            EventMentionPairs.FEATURES, "./parallax train events ../shared/bench/ecbplus");
    private static final String LABEL = "coreferent";
    private static final StructType SCHEMA = DataFrame.of(new double[1][EventMentionPairs.FEATURES.size()],
            EventMentionPairs.FEATURES.toArray(String[]::new)).schema();

    /** The features that {@link #highestScore} leaves free: those of the embeddings. */
    static final List<String> EMBEDDING_FEATURES = List.of("trigger_window_cosine", "sentence_cosine", "article_cosine");

    private final GradientTreeBoost classifier;
    private final double threshold;
    private final String provenance;
    private final TreeSum sum;

    private EventPairModel(GradientTreeBoost classifier, double threshold, String provenance) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("a clustering threshold is a probability in (0, 1), not " + threshold);
        }
        this.threshold = threshold;
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.sum = TreeSum.of(classifier, SCHEMA, EMBEDDING_FEATURES);
    }

    /**
     * Trains a model on labelled pairs.
     *
     * @param features   each pair's {@link EventMentionPairs#features}
     * @param coreferent whether each pair reports one event; both answers must occur
     * @param trees      boosting rounds
     * @param maxDepth   deepest tree
     * @param threshold  the clustering threshold to keep with it
     * @param provenance how the pairs were chosen, kept in the file
     */
    public static EventPairModel train(double[][] features, boolean[] coreferent, int trees, int maxDepth, double threshold,
            String provenance) {
        if (features.length != coreferent.length || features.length == 0) {
            throw new IllegalArgumentException("training needs as many labels as pairs, and some pairs");
        }
        int[] labels = new int[coreferent.length];
        int positive = 0;
        for (int i = 0; i < labels.length; i++) {
            labels[i] = coreferent[i] ? 1 : 0;
            positive += labels[i];
        }
        if (positive == 0 || positive == labels.length) {
            throw new IllegalArgumentException("training needs coreferent and other pairs (" + positive + " of " + labels.length
                    + " coreferent)");
        }
        DataFrame data = DataFrame.of(features, EventMentionPairs.FEATURES.toArray(String[]::new)).merge(IntVector.of(LABEL, labels));
        GradientTreeBoost classifier = GradientTreeBoost.fit(Formula.lhs(LABEL), data, trees, maxDepth, 16, 5, 0.1, 0.8);
        return new EventPairModel(classifier, threshold, provenance + "; " + trees + " trees of depth " + maxDepth
                + ", 16 leaves, shrinkage 0.1, subsample 0.8");
    }

    /** This model with another clustering threshold. */
    public EventPairModel withThreshold(double value) {
        return new EventPairModel(classifier, value, provenance);
    }

    /** The model shipped in the jar. */
    public static EventPairModel standard() {
        return FILE.fromClassPath(EventPairModel.class, RESOURCE, EventPairModel::read);
    }

    /** A model from a file written by {@link #write}. */
    public static EventPairModel read(Path file) throws IOException {
        return FILE.read(file, EventPairModel::read);
    }

    private static EventPairModel read(DataInputStream header, ModelFile.Lazy classifier) throws IOException {
        double threshold = header.readDouble();
        String provenance = header.readUTF();
        return new EventPairModel(classifier.classifier(GradientTreeBoost.class), threshold, provenance);
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

    /** The probability that a pair with these features reports one event. */
    public double probability(double[] features) {
        double[] posterior = new double[2];
        classifier.predict(Tuple.of(features, SCHEMA), posterior);
        return posterior[1];
    }

    /** Each feature's importance in the trees, in the order of {@link EventMentionPairs#FEATURES}. */
    public double[] importance() {
        return classifier.importance();
    }

    @Override
    public double score(EventMentionPairs pairs, int a, int b) {
        return probability(pairs.features(a, b));
    }

    /**
     * The highest probability a pair with these features can have whatever the values of its embedding features
     * ({@link #EMBEDDING_FEATURES}): at each split on one of them, the higher of its two sides (see {@link TreeSum}). It
     * is at least {@link #probability} of the same features with any embedding values; 1 where the model's sum could not
     * be read (then it bounds nothing).
     */
    public double highestProbability(double[] features) {
        return sum.highestProbability(features);
    }

    /** The sum of the model's trees that {@link #highestProbability} reads. */
    TreeSum treeSum() {
        return sum;
    }

    /** The highest score the pair can have whatever its embeddings are ({@link #highestProbability}). */
    @Override
    public double highestScore(EventMentionPairs pairs, int a, int b) {
        return highestProbability(pairs.features(a, b));
    }

    @Override
    public double threshold() {
        return threshold;
    }

    /** The trees read the embedding features. */
    @Override
    public boolean needsEmbeddings() {
        return true;
    }
}
