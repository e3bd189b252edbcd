package org.parallax.crossarticle.stance;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
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
    private static final ModelFile FILE = new ModelFile("parallax-stance-model/1", "stance model", StanceFeatures.NAMES,
            "./parallax train stance ../shared/bench/stance");

    private final GradientTreeBoost classifier;
    private final StructType schema;
    private final String provenance;

    StanceModel(GradientTreeBoost classifier, String provenance) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.schema = DataFrame.of(new double[1][StanceFeatures.NAMES.size()], StanceFeatures.NAMES.toArray(String[]::new)).schema();
        this.provenance = Objects.requireNonNull(provenance, "provenance");
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
        return new StanceModel(classifier.classifier(GradientTreeBoost.class), provenance);
    }

    /** Writes the model to {@code file}, readable by {@link #read(Path)}. */
    public void write(Path file) throws IOException {
        FILE.write(file, header -> header.writeUTF(provenance), classifier);
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
