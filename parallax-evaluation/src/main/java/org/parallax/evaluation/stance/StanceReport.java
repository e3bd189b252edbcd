package org.parallax.evaluation.stance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one stance benchmark run: the stance judge's and the word-overlap baseline's FNC-1
 * scores on the same pairs.
 *
 * @param set               which pairs were scored
 * @param model             how the model scored was trained
 * @param ours              the stance judge
 * @param baseline          related when the FNC-1 baseline's word overlap reaches {@code baselineThreshold}, then discuss
 * @param baselineThreshold the overlap threshold, tuned on the training part
 * @param wholeUnrelated    the share of unrelated pairs in the whole set, for scores at its mix ({@link FncScore#reweighted})
 * @param seconds           wall-clock time of the run (embedding included)
 * @param judgeMicros       the judge's CPU time per pair in microseconds, its sentences already embedded (features and
 *                          model)
 */
public record StanceReport(String set, String model, FncScore ours, FncScore baseline, double baselineThreshold,
        double wholeUnrelated, double seconds, double judgeMicros) {

    public StanceReport {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(baseline, "baseline");
    }

    /** The figures as plain text. */
    public String summary() {
        double weight = ours.unrelatedWeight(wholeUnrelated);
        return String.format(Locale.ROOT, "FNC-1 stance on %s (%d pairs, %.0f%% unrelated)%n  model: %s%n"
                + "  Parallax stance judge:  %s%n  word-overlap baseline:  %s%n    (related when overlap >= %.3f, related -> discuss)%n"
                + "  relative score at the whole set's mix (%.0f%% unrelated): Parallax %.4f, baseline %.4f%n"
                + "Parallax confusion (gold by row):%n%s  %.1f s; the judge %.0f µs CPU a pair, its sentences embedded", set, ours.pairs(), 100 * ours.unrelatedShare(), model,
                ours.line(), baseline.line(), baselineThreshold, 100 * wholeUnrelated, ours.reweighted(weight),
                baseline.reweighted(weight), ours.table(), seconds, judgeMicros);
    }

    public void writeJson(Path file) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("set", set);
        figures.put("model", model);
        figures.put("parallax", ours.figures());
        figures.put("wordOverlapBaseline", baseline.figures());
        figures.put("baselineThreshold", baselineThreshold);
        double weight = ours.unrelatedWeight(wholeUnrelated);
        figures.put("wholeSetUnrelatedShare", wholeUnrelated);
        figures.put("parallaxRelativeAtWholeSetMix", ours.reweighted(weight));
        figures.put("baselineRelativeAtWholeSetMix", baseline.reweighted(weight));
        figures.put("seconds", seconds);
        figures.put("judgeCpuMicrosPerPair", judgeMicros);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), figures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
