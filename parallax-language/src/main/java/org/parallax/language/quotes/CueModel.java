package org.parallax.language.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A trained classifier telling whether a token is part of an attribution cue ("slammed", "wants", "criticism",
 * "endorsed"): a logistic regression over the binary {@link CueFeatures}, trained on PolNeAR's train split by
 * {@code parallax train attribution} (Smile's maximum-entropy learner), stored as the weights of its features.
 * Immutable and thread-safe; the layer's model is loaded once per JVM ({@link #standard()}).
 *
 * <p>File format (UTF-8, gzip): a header {@code parallax-cue-model 1}, a line {@code threshold VALUE} (the
 * probability from which a token counts as a cue, picked on held-out training articles), {@code intercept VALUE},
 * then one {@code FEATURE<TAB>WEIGHT} per line. Scoring is the dot product of the weights of a token's features plus
 * the intercept, through the logistic function: no library is needed for that.
 */
public final class CueModel {

    /** The resource the layer loads. */
    public static final String RESOURCE = "/org/parallax/language/quotes/cue-model.tsv.gz";
    static final String HEADER = "parallax-cue-model 1";

    private final Map<String, Double> weights;
    private final double intercept;
    private final double threshold;

    public CueModel(Map<String, Double> weights, double intercept, double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("a cue threshold is a probability in (0, 1), not " + threshold);
        }
        this.weights = Map.copyOf(weights);
        this.intercept = intercept;
        this.threshold = threshold;
    }

    private static final class Holder {
        private static final CueModel STANDARD = readResource();
    }

    /** The model shipped with the layer, read once per JVM. */
    public static CueModel standard() {
        return Holder.STANDARD;
    }

    private static CueModel readResource() {
        try (InputStream in = CueModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the cue model " + RESOURCE + " is missing from the classpath;"
                        + " run: ./parallax train attribution ../shared/bench/polnear");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cue model " + RESOURCE, e);
        }
    }

    /** Reads a model file written by {@link #write(Path)}. */
    public static CueModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cue model " + file, e);
        }
    }

    private static CueModel read(InputStream raw, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
        if (!HEADER.equals(reader.readLine())) {
            throw new IllegalArgumentException(name + " is not a cue model (no '" + HEADER + "' header)");
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
        return new CueModel(weights, intercept, threshold);
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
        out.append("threshold ").append(threshold).append('\n');
        out.append("intercept ").append(intercept).append('\n');
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> out.append(entry.getKey()).append('\t').append(entry.getValue()).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (var gzip = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
                gzip.write(out.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cue model " + file, e);
        }
    }

    /** The same weights with another threshold. */
    public CueModel withThreshold(double value) {
        return new CueModel(weights, intercept, value);
    }

    /** The number of features with a weight. */
    public int size() {
        return weights.size();
    }

    public double threshold() {
        return threshold;
    }

    /** The probability that a token with these features is part of a cue. */
    public double probability(List<String> features) {
        double sum = intercept;
        for (String feature : features) {
            Double weight = weights.get(feature);
            if (weight != null) {
                sum += weight;
            }
        }
        return 1 / (1 + Math.exp(-sum));
    }

    /** Whether a token with these features counts as (part of) a cue. */
    public boolean isCue(List<String> features) {
        return !features.isEmpty() && probability(features) >= threshold;
    }
}
