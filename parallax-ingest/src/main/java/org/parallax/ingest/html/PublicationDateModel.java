package org.parallax.ingest.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The trained vote among a page's candidate publication dates: a logistic regression over the features of
 * {@link DateCandidates} gives each candidate the probability of being the day the page was published; the most
 * probable wins if it leads the runner-up by the threshold, else the page stays undated (no date is better than a
 * wrong one).
 * Trained with Smile on the development part of the publication-date set only, the threshold chosen by
 * cross-validation there ({@code parallax train pubdate ../shared/bench/pubdate}). Scoring is a dot product and a
 * logistic, written here rather than loading Smile into the ingestion layer. Immutable and thread-safe.
 *
 * <p>File format (UTF-8 text): the line {@value #HEADER}, a line {@code provenance TEXT}, a line
 * {@code threshold VALUE}, a line {@code intercept VALUE}, then one {@code FEATURE<TAB>WEIGHT} per line in the order
 * of {@link DateCandidates#FEATURES}.
 */
public final class PublicationDateModel {

    /** The first line of a model file. */
    public static final String HEADER = "parallax-publication-date-model 1";
    /** Where the build ships the model. */
    public static final String RESOURCE = "/org/parallax/ingest/html/publication-date-model.tsv";
    private static final String TRAINING = "parallax train pubdate ../shared/bench/pubdate";

    private static final class Shipped {
        static final PublicationDateModel MODEL = readShipped();
    }

    private final double[] weights;
    private final double intercept;
    private final double threshold;
    private final String provenance;

    /**
     * A model.
     *
     * @param weights    one weight per feature of {@link DateCandidates#FEATURES}, in that order (copied)
     * @param intercept  the intercept
     * @param threshold  the lead over the runner-up from which the best candidate is taken, in (0, 1)
     * @param provenance how the model was trained, one line
     */
    public PublicationDateModel(double[] weights, double intercept, double threshold, String provenance) {
        if (weights.length != DateCandidates.FEATURES.size()) {
            throw new IllegalArgumentException("a publication-date model has " + DateCandidates.FEATURES.size()
                    + " weights, not " + weights.length);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("a threshold is a probability in (0, 1), not " + threshold);
        }
        if (Objects.requireNonNull(provenance, "provenance").contains("\n")) {
            throw new IllegalArgumentException("a model's provenance is one line");
        }
        this.weights = weights.clone();
        this.intercept = intercept;
        this.threshold = threshold;
        this.provenance = provenance;
    }

    /** The model the build ships, read once; an {@link IllegalStateException} naming its training when missing. */
    public static PublicationDateModel shipped() {
        return Shipped.MODEL;
    }

    private static PublicationDateModel readShipped() {
        try (InputStream in = PublicationDateModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the publication-date model " + RESOURCE
                        + " is missing from the classpath; run: " + TRAINING);
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the publication-date model " + RESOURCE, e);
        }
    }

    /** Reads a model file. */
    public static PublicationDateModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the publication-date model " + file, e);
        }
    }

    private static PublicationDateModel read(InputStream raw, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
        if (!HEADER.equals(reader.readLine())) {
            throw new IllegalArgumentException(name + " is not a publication-date model (no '" + HEADER + "' header)");
        }
        String provenance = value(reader.readLine(), "provenance", name);
        double threshold = Double.parseDouble(value(reader.readLine(), "threshold", name));
        double intercept = Double.parseDouble(value(reader.readLine(), "intercept", name));
        double[] weights = new double[DateCandidates.FEATURES.size()];
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int tab = line.indexOf('\t');
            int index = tab < 0 ? -1 : DateCandidates.FEATURES.indexOf(line.substring(0, tab));
            if (index < 0) {
                throw new IllegalArgumentException(name + ": '" + line + "' is no weight of a known feature; retrain: "
                        + TRAINING);
            }
            weights[index] = Double.parseDouble(line.substring(tab + 1));
        }
        return new PublicationDateModel(weights, intercept, threshold, provenance);
    }

    private static String value(String line, String key, String name) {
        if (line == null || !line.startsWith(key + " ")) {
            throw new IllegalArgumentException(name + ": expected a '" + key + " VALUE' line, found '" + line + "'");
        }
        return line.substring(key.length() + 1);
    }

    /** Writes the model in the format {@link #read(Path)} reads. */
    public void write(Path file) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        out.append("provenance ").append(provenance).append('\n');
        out.append("threshold ").append(threshold).append('\n');
        out.append("intercept ").append(intercept).append('\n');
        for (int i = 0; i < weights.length; i++) {
            out.append(DateCandidates.FEATURES.get(i)).append('\t').append(String.format(Locale.ROOT, "%.6f", weights[i]))
                    .append('\n');
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the publication-date model " + file, e);
        }
    }

    /** The probability that a candidate is the page's publication day. */
    public double probability(DateCandidate candidate) {
        double sum = intercept;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * candidate.feature(i);
        }
        return 1 / (1 + Math.exp(-sum));
    }

    /**
     * The most probable of a page's candidates and how sure the vote is of it: its probability less that of the
     * runner-up, so that a page whose clues give two days of like weight is not dated by a hair.
     *
     * @param date       the most probable day, with its evidence
     * @param confidence its probability less the runner-up's (its probability where it has no rival), in [0, 1]
     */
    public record Vote(PublicationDate date, double confidence) {

        public Vote {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The vote among a page's candidates, whatever the threshold.
     *
     * @return empty when the page offers no candidate
     */
    public Optional<Vote> vote(List<DateCandidate> candidates) {
        DateCandidate best = null;
        double bestProbability = 0;
        double runnerUp = 0;
        for (DateCandidate candidate : candidates) {
            double probability = probability(candidate);
            if (best == null || probability > bestProbability) {
                runnerUp = best == null ? 0 : bestProbability;
                best = candidate;
                bestProbability = probability;
            } else if (probability > runnerUp) {
                runnerUp = probability;
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new Vote(new PublicationDate(best.date(), best.evidence()), bestProbability - runnerUp));
    }

    /**
     * The publication date among a page's candidates: the winner of the {@link #vote}, if its confidence reaches
     * the threshold.
     *
     * @return empty when the page offers no candidate or the vote is not sure enough
     */
    public Optional<PublicationDate> choose(List<DateCandidate> candidates) {
        return vote(candidates).filter(vote -> vote.confidence() >= threshold).map(Vote::date);
    }

    /** The same weights with another threshold. */
    public PublicationDateModel withThreshold(double value) {
        return new PublicationDateModel(weights, intercept, value, provenance);
    }

    public double threshold() {
        return threshold;
    }

    /** How the model was trained: data, settings, cross-validated figures. */
    public String provenance() {
        return provenance;
    }
}
