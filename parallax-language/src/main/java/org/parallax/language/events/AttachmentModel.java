package org.parallax.language.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained classifier telling whether a time expression dates an event trigger of its sentence: a logistic
 * regression over the binary {@link AttachmentFeatures} of the pair, trained on TimeBank's TLINKs by {@code parallax
 * train timeline} (Smile's maximum-entropy learner), stored as the weights of its features. It dates the triggers
 * the rules leave undated (the rules are kept where they decide: they are more precise, see
 * docs/quality-time.md). Immutable and thread-safe; the shipped model is read once per JVM ({@link #standard()}).
 *
 * <p>File format (UTF-8, gzip): a header {@code parallax-time-attachment-model 1}, a line {@code threshold VALUE}
 * (the probability from which the best candidate of a trigger dates it, picked on TimeBank by cross-validation),
 * {@code intercept VALUE}, then one {@code FEATURE<TAB>WEIGHT} per line. Scoring is the dot product of the weights
 * of a pair's features plus the intercept, through the logistic function: no library is needed for that.
 */
public final class AttachmentModel {

    /** The resource the layer loads. */
    public static final String RESOURCE = "/org/parallax/language/events/time-attachment-model.tsv.gz";
    static final String HEADER = "parallax-time-attachment-model 1";

    private final Map<String, Double> weights;
    private final double intercept;
    private final double threshold;

    public AttachmentModel(Map<String, Double> weights, double intercept, double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("an attachment threshold is a probability in (0, 1), not " + threshold);
        }
        this.weights = Map.copyOf(weights);
        this.intercept = intercept;
        this.threshold = threshold;
    }

    private static final class Holder {
        private static final Optional<AttachmentModel> STANDARD = readResource();
    }

    /** The model shipped with the layer, read once per JVM; empty when the build ships none (the rules alone date). */
    public static Optional<AttachmentModel> standard() {
        return Holder.STANDARD;
    }

    private static Optional<AttachmentModel> readResource() {
        try (InputStream in = AttachmentModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in, RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the time attachment model " + RESOURCE, e);
        }
    }

    /** Reads a model file written by {@link #write(Path)}. */
    public static AttachmentModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the time attachment model " + file, e);
        }
    }

    private static AttachmentModel read(InputStream raw, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
        if (!HEADER.equals(reader.readLine())) {
            throw new IllegalArgumentException(name + " is not a time attachment model (no '" + HEADER + "' header)");
        }
        double threshold = number(reader.readLine(), "threshold", name);
        double intercept = number(reader.readLine(), "intercept", name);
        Map<String, Double> weights = new HashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException(name + ": malformed weight line '" + line + "'");
            }
            weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
        return new AttachmentModel(weights, intercept, threshold);
    }

    private static double number(String line, String key, String name) {
        if (line == null || !line.startsWith(key + " ")) {
            throw new IllegalArgumentException(name + ": expected a '" + key + " VALUE' line, found '" + line + "'");
        }
        return Double.parseDouble(line.substring(key.length() + 1));
    }

    /** Writes the model in the format {@link #read(Path)} reads, weights sorted by feature (reproducible bytes). */
    public void write(Path file) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        out.append("threshold ").append(threshold).append('\n').append("intercept ").append(intercept).append('\n');
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> out.append(entry.getKey()).append('\t').append(entry.getValue()).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file))) {
                gzip.write(out.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the time attachment model " + file, e);
        }
    }

    /** The same weights with another threshold. */
    public AttachmentModel withThreshold(double value) {
        return new AttachmentModel(weights, intercept, value);
    }

    public double threshold() {
        return threshold;
    }

    /** The number of features with a weight. */
    public int size() {
        return weights.size();
    }

    /** The probability that the time expression of a pair with these features dates its trigger. */
    public double probability(List<String> features) {
        double sum = intercept;
        for (String feature : features) {
            sum += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-sum));
    }
}
