package org.parallax.crossarticle.stance;

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
    private static final String FORMAT = "parallax-stance-model/1";

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
        try (InputStream stream = StanceModel.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("the stance model " + RESOURCE + " is missing from the class path;"
                        + " train one with: ./parallax train stance ../shared/bench/stance");
            }
            return read(stream, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stance model " + RESOURCE, e);
        }
    }

    /** A model from a file written by {@link #write}. */
    public static StanceModel read(Path file) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            return read(stream, file.toString());
        }
    }

    private static StanceModel read(InputStream raw, String name) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        String format = data.readUTF();
        if (!FORMAT.equals(format)) {
            throw new IOException(name + ": not a stance model of format " + FORMAT + " (found " + format + ")");
        }
        int count = data.readInt();
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(data.readUTF());
        }
        if (!names.equals(StanceFeatures.NAMES)) {
            throw new IOException(name + ": trained on other features than this version computes;"
                    + " retrain with: ./parallax train stance ../shared/bench/stance");
        }
        String provenance = data.readUTF();
        try {
            ObjectInputStream objects = new ObjectInputStream(data);
            return new StanceModel((GradientTreeBoost) objects.readObject(), provenance);
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
            data.writeInt(StanceFeatures.NAMES.size());
            for (String name : StanceFeatures.NAMES) {
                data.writeUTF(name);
            }
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
