package org.parallax.evaluation.attribution;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.parallax.language.quotes.CueModel;
import org.parallax.language.quotes.SourceCandidates;
import org.parallax.language.quotes.SourceCandidates.CaseClass;
import org.parallax.language.quotes.SourceCandidates.Candidate;
import org.parallax.language.quotes.SourceCandidates.Choice;
import org.parallax.language.quotes.SourceModel;
import org.parallax.language.text.ParsedText;
import org.parallax.model.Span;
import smile.classification.Maxent;

/**
 * Trains the quote stage's source picker ({@link SourceModel}) on PolNeAR train articles, for
 * {@link AttributionTraining}.
 *
 * <p>Examples: every frame the quote stage finds (rules plus the given cue model) whose cue overlaps the cue of a
 * gold attribution with a source (the one whose content overlaps the frame's most, when several do) gives one example
 * per {@link SourceCandidates} candidate, positive when the candidate's words overlap the gold source; the "inherit"
 * candidate is positive when no candidate of the sentence is. A logistic regression (Smile's {@link Maxent}) is fit
 * on them; the layer takes the best-scoring candidate per frame.
 *
 * <p>Tuning, on held-out train articles: for each threshold, the picker is switched on in one case class at a time and
 * the whole quote stage scored; a class keeps the picker where it raised the number of right speakers, the rules
 * elsewhere ("keep whichever wins per case class").
 */
final class SourceTraining {

    static final double STRENGTH = 1.0;
    static final double[] THRESHOLDS = {0.3, 0.5};
    private static final int MAX_ITERATIONS = 300;

    /** One article's parse with its gold attributions. */
    record Article(ParsedText text, List<GoldAttribution> gold) {
    }

    private record Example(List<String> features, boolean source) {
    }

    private SourceTraining() {
    }

    /** Fits the picker on these articles' frames, as the quote stage with this cue model finds them. */
    static SourceModel fit(List<Article> articles, Optional<CueModel> cueModel, double threshold, Set<CaseClass> picks) {
        List<Example> examples = new ArrayList<>();
        for (Article article : articles) {
            for (Choice choice : SourceCandidates.of(article.text(), cueModel)) {
                examples.addAll(examples(choice, article.gold()));
            }
        }
        LogisticFit.Design design = LogisticFit.design(examples.stream().map(Example::features).toList(),
                AttributionTraining.MIN_FEATURE_COUNT);
        int[][] x = design.x();
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = examples.get(i).source() ? 1 : 0;
        }
        LogisticFit.Weights fitted = LogisticFit.fit(design.names(), x, y, STRENGTH, MAX_ITERATIONS);
        Maxent.Binomial learned = fitted.learned();
        SourceModel model = new SourceModel(fitted.weights(), fitted.intercept(), threshold, picks);
        for (int i = 0; i < Math.min(200, x.length); i++) {
            double[] posterior = new double[2];
            learned.predict(x[i], posterior);
            double ours = model.probability(examples.get(i).features());
            if (Math.abs(ours - posterior[1]) > 1e-6) {
                throw new IllegalStateException("the exported source model scores " + ours + " where Smile scores "
                        + posterior[1] + " (example " + i + ")");
            }
        }
        return model;
    }

    /**
     * Tunes the threshold and the classes the picker decides in on held-out articles: {@code score} scores the whole
     * quote stage with a source model (empty: the rules' sources). Returns the figures' lines and the chosen model.
     */
    static SourceModel tune(SourceModel fitted, BiFunction<Optional<SourceModel>, String, AttributionScore> score,
            List<String> lines) {
        AttributionScore rules = score.apply(Optional.empty(), "held-out, rules' sources");
        double bestThreshold = THRESHOLDS[0];
        Set<CaseClass> bestPicks = EnumSet.noneOf(CaseClass.class);
        int bestRight = rules.speakerRight();
        for (double threshold : THRESHOLDS) {
            Set<CaseClass> picks = EnumSet.noneOf(CaseClass.class);
            for (CaseClass caseClass : CaseClass.values()) {
                AttributionScore one = score.apply(Optional.of(fitted.withThreshold(threshold).withPicks(Set.of(caseClass))),
                        String.format(Locale.ROOT, "held-out, picker @%.2f in %s only", threshold, caseClass));
                lines.add(String.format(Locale.ROOT, "  %s: right speakers %+d against the rules", caseClass,
                        one.speakerRight() - rules.speakerRight()));
                if (one.speakerRight() > rules.speakerRight()) {
                    picks.add(caseClass);
                }
            }
            AttributionScore together = score.apply(Optional.of(fitted.withThreshold(threshold).withPicks(picks)),
                    String.format(Locale.ROOT, "held-out, picker @%.2f in %s", threshold, picks));
            if (together.speakerRight() > bestRight) {
                bestRight = together.speakerRight();
                bestThreshold = threshold;
                bestPicks = picks;
            }
        }
        lines.add(String.format(Locale.ROOT, "source picker chosen: threshold %.2f, picks in %s", bestThreshold, bestPicks));
        return fitted.withThreshold(bestThreshold).withPicks(bestPicks);
    }

    private static List<Example> examples(Choice choice, List<GoldAttribution> gold) {
        GoldAttribution match = null;
        int matchOverlap = -1;
        for (GoldAttribution attribution : gold) {
            if (attribution.source().isEmpty() || attribution.cue().stream().noneMatch(cue -> cue.overlaps(choice.cue()))) {
                continue;
            }
            int overlap = attribution.content().stream().mapToInt(piece -> overlap(piece, choice.content())).sum();
            if (overlap > matchOverlap) {
                match = attribution;
                matchOverlap = overlap;
            }
        }
        if (match == null) {
            return List.of();
        }
        List<Span> sources = match.source();
        boolean anyInSentence = choice.candidates().stream().anyMatch(candidate -> isSource(candidate, sources));
        List<Example> examples = new ArrayList<>();
        for (Candidate candidate : choice.candidates()) {
            boolean positive = candidate.span().isEmpty() ? !anyInSentence : isSource(candidate, sources);
            examples.add(new Example(candidate.features(), positive));
        }
        return examples;
    }

    private static boolean isSource(Candidate candidate, List<Span> sources) {
        return candidate.span().isPresent() && sources.stream().anyMatch(source -> source.overlaps(candidate.span().get()));
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
    }
}
