package org.parallax.crossarticle.events;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
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
    private static final String FORMAT = "parallax-event-pair-model/1";
    private static final String LABEL = "coreferent";
    private static final StructType SCHEMA = DataFrame.of(new double[1][EventMentionPairs.FEATURES.size()],
            EventMentionPairs.FEATURES.toArray(String[]::new)).schema();

    private final GradientTreeBoost classifier;
    private final double threshold;
    private final String provenance;

    private EventPairModel(GradientTreeBoost classifier, double threshold, String provenance) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("a clustering threshold is a probability in (0, 1), not " + threshold);
        }
        this.threshold = threshold;
        this.provenance = Objects.requireNonNull(provenance, "provenance");
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
        try (InputStream stream = EventPairModel.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("the event pair model " + RESOURCE + " is missing from the class path;"
                        + " train one with: ./parallax train events ../shared/bench/ecbplus");
            }
            return read(stream, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event pair model " + RESOURCE, e);
        }
    }

    /** A model from a file written by {@link #write}. */
    public static EventPairModel read(Path file) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            return read(stream, file.toString());
        }
    }

    private static EventPairModel read(InputStream raw, String name) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        String format = data.readUTF();
        if (!FORMAT.equals(format)) {
            throw new IOException(name + ": not an event pair model of format " + FORMAT + " (found " + format + ")");
        }
        int count = data.readInt();
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(data.readUTF());
        }
        if (!names.equals(EventMentionPairs.FEATURES)) {
            throw new IOException(name + ": trained on other features than this version computes;"
                    + " retrain with: ./parallax train events ../shared/bench/ecbplus");
        }
        double threshold = data.readDouble();
        String provenance = data.readUTF();
        try {
            return new EventPairModel((GradientTreeBoost) new ObjectInputStream(data).readObject(), threshold, provenance);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(name + ": the serialised classifier cannot be read: " + e.getMessage(), e);
        }
    }

    /** Writes the model to {@code file}, readable by {@link #read(Path)}. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream raw = Files.newOutputStream(file);
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
            data.writeUTF(FORMAT);
            data.writeInt(EventMentionPairs.FEATURES.size());
            for (String name : EventMentionPairs.FEATURES) {
                data.writeUTF(name);
            }
            data.writeDouble(threshold);
            data.writeUTF(provenance);
            ObjectOutputStream objects = new ObjectOutputStream(data);
            objects.writeObject(classifier);
            objects.flush();
        }
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

    @Override
    public double threshold() {
        return threshold;
    }

    @Override
    public boolean needsEmbeddings() {
        return true;
    }
}
