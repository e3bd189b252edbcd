package org.parallax.language.learning;

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
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A logistic regression over binary string features, as the language layer's trained models (cues, sources, time
 * attachment) store it: the weight of each
 * feature, an intercept and a decision threshold. Scoring is the logistic of the intercept plus the weights of the
 * present features: no library is needed for that. Immutable and thread-safe.
 *
 * <p>File format (UTF-8, gzip): a header line naming the model's kind and version (optionally followed by a space and
 * settings of the model's own, its {@link #settings()}), a line {@code threshold VALUE},
 * {@code intercept VALUE}, then one {@code FEATURE<TAB>WEIGHT} per line, sorted by feature (reproducible bytes).
 */
public final class LinearModel {

    private final Map<String, Double> weights;
    private final double intercept;
    private final double threshold;
    private final String settings;

    public LinearModel(Map<String, Double> weights, double intercept, double threshold) {
        this(weights, intercept, threshold, "");
    }

    public LinearModel(Map<String, Double> weights, double intercept, double threshold, String settings) {
        if (settings.contains("\n")) {
            throw new IllegalArgumentException("a model's settings are one line");
        }
        this.settings = settings;
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("a threshold is a probability in (0, 1), not " + threshold);
        }
        this.weights = Map.copyOf(weights);
        this.intercept = intercept;
        this.threshold = threshold;
    }

    /** Reads a model whose first line must be {@code header}; {@code what} names the model in messages. */
    public static LinearModel read(InputStream raw, String name, String header, String what) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
        String first = reader.readLine();
        if (first == null || !(first.equals(header) || first.startsWith(header + " "))) {
            throw new IllegalArgumentException(name + " is not a " + what + " (no '" + header + "' header)");
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
        return new LinearModel(weights, intercept, threshold, first.substring(header.length()).trim());
    }

    /** Reads a model file; {@code what} names the model in messages. */
    public static LinearModel read(Path file, String header, String what) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), header, what);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " " + file, e);
        }
    }

    /**
     * Reads a model from the classpath, telling how to make it ({@code training}, a command) when it is missing.
     */
    public static LinearModel resource(String resource, String header, String what, String training) {
        return optionalResource(resource, header, what).orElseThrow(() -> new IllegalStateException("the " + what + " "
                + resource + " is missing from the classpath; run: " + training));
    }

    /** Reads a model from the classpath; empty when the build ships none. */
    public static Optional<LinearModel> optionalResource(String resource, String header, String what) {
        try (InputStream in = LinearModel.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(read(in, resource, header, what));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " " + resource, e);
        }
    }

    private static double number(String line, String key, String name) {
        if (line == null || !line.startsWith(key + " ")) {
            throw new IllegalArgumentException(name + ": expected a '" + key + " VALUE' line, found '" + line + "'");
        }
        return Double.parseDouble(line.substring(key.length() + 1));
    }

    /** Writes the model under {@code header} (and its settings) in the format {@link #read} reads. */
    public void write(Path file, String header, String what) {
        StringBuilder out = new StringBuilder(header).append(settings.isEmpty() ? "" : " " + settings).append('\n');
        out.append("threshold ").append(threshold).append('\n');
        out.append("intercept ").append(intercept).append('\n');
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> out.append(entry.getKey()).append('\t').append(entry.getValue()).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (var gzip = new GZIPOutputStream(Files.newOutputStream(file))) {
                gzip.write(out.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + what + " " + file, e);
        }
    }

    public LinearModel withThreshold(double value) {
        return new LinearModel(weights, intercept, value, settings);
    }

    /** The same weights with other settings. */
    public LinearModel withSettings(String value) {
        return new LinearModel(weights, intercept, threshold, value);
    }

    /** What the header line holds after the model's kind ("" when nothing). */
    public String settings() {
        return settings;
    }

    public Map<String, Double> weights() {
        return weights;
    }

    public int size() {
        return weights.size();
    }

    public double threshold() {
        return threshold;
    }

    /** The logistic of the intercept plus the weights of these features. */
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
}
