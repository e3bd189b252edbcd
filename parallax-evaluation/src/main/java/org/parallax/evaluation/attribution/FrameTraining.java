package org.parallax.evaluation.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.parallax.language.quotes.CueModel;
import org.parallax.language.quotes.FrameModel;
import org.parallax.language.quotes.FrameModel.Example;
import org.parallax.language.quotes.SourceModel;
import org.parallax.model.Span;
import smile.classification.Maxent;

/**
 * Trains the quote stage's frame check ({@link FrameModel}) on PolNeAR train articles, for {@link AttributionTraining}.
 *
 * <p>Examples: every frame of the trained cue model's cues the quote stage finds (the cue model at a lower threshold
 * than the layer's, so that the fitting articles, which the cue model has seen, still give doubtful frames; sources as
 * the picker chooses them), positive when one of the quotes it gives covers at least half of some gold content, as
 * {@link AttributionScorer} counts a correct attribution. A logistic regression (Smile's {@link Maxent}) is fit on
 * them.
 *
 * <p>Tuning, on held-out train articles: for each threshold the whole quote stage is scored; the best sum of content F1
 * and speaker accuracy wins, against the stage without the check.
 */
final class FrameTraining {

    static final double STRENGTH = 2.0;
    static final double[] THRESHOLDS = {0.3, 0.4, 0.5};
    /** How far under the layer's cue threshold the fitting articles' frames are found. */
    static final double CUE_THRESHOLD_MARGIN = 0.1;
    private static final int MAX_ITERATIONS = 300;

    private FrameTraining() {
    }

    /** Fits the check on these articles' frames, as the quote stage with these models finds them. */
    static FrameModel fit(List<SourceTraining.Article> articles, CueModel cueModel, Optional<SourceModel> sourceModel) {
        CueModel doubtful = cueModel.withThreshold(Math.max(0.05, cueModel.threshold() - CUE_THRESHOLD_MARGIN));
        List<List<String>> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (SourceTraining.Article article : articles) {
            for (Example example : FrameModel.examples(article.text(), Optional.of(doubtful), sourceModel)) {
                if (!example.trained()) {
                    continue;
                }
                features.add(example.features());
                labels.add(correct(example, article.gold()));
            }
        }
        LogisticFit.Design design = LogisticFit.design(features, AttributionTraining.MIN_FEATURE_COUNT);
        int[][] x = design.x();
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = labels.get(i) ? 1 : 0;
        }
        LogisticFit.Weights fitted = LogisticFit.fit(design.names(), x, y, STRENGTH, MAX_ITERATIONS);
        FrameModel model = new FrameModel(fitted.weights(), fitted.intercept(), THRESHOLDS[0]);
        for (int i = 0; i < Math.min(200, x.length); i++) {
            double[] posterior = new double[2];
            fitted.learned().predict(x[i], posterior);
            double ours = model.probability(features.get(i));
            if (Math.abs(ours - posterior[1]) > 1e-6) {
                throw new IllegalStateException("the exported frame model scores " + ours + " where Smile scores "
                        + posterior[1] + " (example " + i + ")");
            }
        }
        return model;
    }

    /**
     * Tunes the threshold on held-out articles: {@code score} scores the whole quote stage with a frame check
     * (empty: none). Returns the chosen check, or empty where none beat the stage without it.
     */
    static Optional<FrameModel> tune(FrameModel fitted, BiFunction<Optional<FrameModel>, String, AttributionScore> score,
            List<String> lines) {
        AttributionScore without = score.apply(Optional.empty(), "held-out, no frame check");
        double best = without.f1() + without.speakerAccuracy();
        Optional<FrameModel> chosen = Optional.empty();
        for (double threshold : THRESHOLDS) {
            FrameModel candidate = fitted.withThreshold(threshold);
            AttributionScore one = score.apply(Optional.of(candidate),
                    String.format(Locale.ROOT, "held-out, frame check @%.2f", threshold));
            if (one.f1() + one.speakerAccuracy() > best) {
                best = one.f1() + one.speakerAccuracy();
                chosen = Optional.of(candidate);
            }
        }
        lines.add(chosen.map(model -> String.format(Locale.ROOT, "frame check chosen: threshold %.2f",
                model.threshold())).orElse("frame check chosen: none (no setting beat the stage without it)"));
        return chosen;
    }

    private static boolean correct(Example example, List<GoldAttribution> gold) {
        for (Span quote : example.quotes()) {
            SystemAttribution attribution = new SystemAttribution(List.of(quote), Optional.empty(), List.of());
            for (GoldAttribution goldAttribution : gold) {
                if (AttributionScorer.coverage(goldAttribution, attribution) >= AttributionScorer.COVERAGE) {
                    return true;
                }
            }
        }
        return false;
    }
}
