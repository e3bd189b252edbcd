package org.parallax.crossarticle.stance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.parallax.crossarticle.ModelFile;
import org.parallax.model.ClaimStance;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.type.StructType;

/**
 * The trained stance classifier: Smile gradient-boosted trees over {@link StanceFeatures}, giving
 * a probability for each {@link ClaimStance}. The file holds a header (format, the feature names it
 * was trained on, a line on how it was trained) and the Java-serialised Smile model, gzip-compressed.
 * The shipped model is {@link #RESOURCE}; {@code parallax train stance} makes a new one.
 */
public final class StanceModel {

    /** Where the shipped model lies on the class path. */
    public static final String RESOURCE = "/org/parallax/crossarticle/stance/stance-model.bin.gz";
    private static final ModelFile FILE = new ModelFile("parallax-stance-model/2", "stance model", StanceFeatures.NAMES,
            "./parallax train stance ../shared/bench/stance");

    /** Decision weights that leave the most probable stance as it is. */
    static final double[] UNWEIGHTED = {1, 1, 1, 1};

    private final GradientTreeBoost classifier;
    private final StructType schema;
    private final double[] decisionWeights;
    private final String provenance;

    StanceModel(GradientTreeBoost classifier, double[] decisionWeights, String provenance) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.schema = DataFrame.of(new double[1][StanceFeatures.NAMES.size()], StanceFeatures.NAMES.toArray(String[]::new)).schema();
        this.decisionWeights = checkedWeights(decisionWeights);
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /** A copy of {@code weights}, one positive finite weight per stance. */
    static double[] checkedWeights(double[] weights) {
        if (weights.length != ClaimStance.values().length) {
            throw new IllegalArgumentException(weights.length + " decision weights for " + ClaimStance.values().length + " stances");
        }
        for (double weight : weights) {
            if (!(weight > 0 && Double.isFinite(weight))) {
                throw new IllegalArgumentException("decision weight " + weight + " is not a positive number");
            }
        }
        return weights.clone();
    }

    /** The model shipped in the jar. */
    public static StanceModel standard() {
        return FILE.fromClassPath(StanceModel.class, RESOURCE, StanceModel::read);
    }

    /** A model from a file written by {@link #write}. */
    public static StanceModel read(Path file) throws IOException {
        return FILE.read(file, StanceModel::read);
    }

    private static StanceModel read(DataInputStream header, ModelFile.Lazy classifier) throws IOException {
        String provenance = header.readUTF();
        double[] weights = new double[ClaimStance.values().length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = header.readDouble();
        }
        return new StanceModel(classifier.classifier(GradientTreeBoost.class), weights, provenance);
    }

    /** Writes the model to {@code file}, readable by {@link #read(Path)}. */
    public void write(Path file) throws IOException {
        FILE.write(file, header -> {
            header.writeUTF(provenance);
            for (double weight : decisionWeights) {
                header.writeDouble(weight);
            }
        }, classifier);
    }

    /**
     * Boosting rounds (trees per stance). Smile's {@code size()} counts the trees of all stances together (a round of
     * multi-class boosting is one tree a stance), while its {@code trim} takes rounds.
     */
    public int rounds() {
        return classifier.size() / ClaimStance.values().length;
    }

    /** This model with only its first {@code rounds} boosting rounds, for choosing how many to keep. */
    public StanceModel trimmed(int rounds) {
        if (rounds < 1 || rounds > rounds()) {
            throw new IllegalArgumentException(rounds + " rounds of a model of " + rounds());
        }
        GradientTreeBoost copy = copy(classifier);
        copy.trim(rounds);
        return new StanceModel(copy, decisionWeights, provenance + "; trimmed to " + rounds + " rounds");
    }

    /** This model deciding with other {@code weights} ({@link StanceTrainer#decisionWeights}). */
    public StanceModel withDecisionWeights(double[] weights) {
        return new StanceModel(classifier, weights, provenance + "; decision weights " + Arrays.toString(weights));
    }

    /** The weights each stance's probability is multiplied by before the most probable is taken. */
    public double[] decisionWeights() {
        return decisionWeights.clone();
    }

    /** The stance of the highest probability times this model's decision weight. */
    ClaimStance decide(double[] probabilities) {
        return decide(probabilities, decisionWeights);
    }

    /**
     * The stance of the highest {@code probabilities} times {@code weights} (both indexed by
     * {@link ClaimStance#ordinal()}); unrelated on a tie.
     */
    public static ClaimStance decide(double[] probabilities, double[] weights) {
        ClaimStance stance = ClaimStance.UNRELATED;
        for (ClaimStance candidate : ClaimStance.values()) {
            if (probabilities[candidate.ordinal()] * weights[candidate.ordinal()]
                    > probabilities[stance.ordinal()] * weights[stance.ordinal()]) {
                stance = candidate;
            }
        }
        return stance;
    }

    /** A deep copy through Java serialisation, the form Smile's models are written in anyway. */
    private static GradientTreeBoost copy(GradientTreeBoost classifier) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(classifier);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (GradientTreeBoost) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot copy the stance model: " + e.getMessage(), e);
        }
    }

    /** How the model was trained, in one line. */
    public String provenance() {
        return provenance;
    }

    /** The probability of each stance, indexed by {@link ClaimStance#ordinal()}. */
    double[] probabilities(double[] features) {
        double[] posterior = new double[ClaimStance.values().length];
        classifier.predict(Tuple.of(features, schema), posterior);
        return posterior;
    }

    /** Each feature's importance in the trees, in the order of {@link StanceFeatures#NAMES}. */
    double[] importance() {
        return classifier.importance();
    }
}
