package org.parallax.evaluation.attribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.corenlp.CoreNlpOptions;
import org.parallax.language.corenlp.CoreNlpParser;
import org.parallax.language.entities.EntityStage;
import org.parallax.language.quotes.CueFeatures;
import org.parallax.language.quotes.CueModel;
import org.parallax.language.quotes.FrameModel;
import org.parallax.language.quotes.QuoteStage;
import org.parallax.language.quotes.SourceCandidates.CaseClass;
import org.parallax.language.quotes.SourceModel;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.TextParser;
import org.parallax.language.text.Token;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Span;
import smile.classification.Maxent;

/**
 * Trains the quote stage's {@link CueModel} and source picker on PolNeAR's {@code train} split: {@code parallax train attribution DIR}.
 *
 * <ol>
 *   <li>Every train article is parsed as the layer parses it (CoreNLP without dependencies; optionally through a
 *       {@link ParseCache} folder) and each candidate token ({@link CueFeatures#isCandidate}) becomes one example:
 *       its {@link CueFeatures}, labelled positive when it overlaps a Cue span of the article's first annotator.</li>
 *   <li>Tuning: the articles at positions {@code 4, 9, 14, ...} of the train split (one in five, in metadata order)
 *       are held out. For each regularisation strength a logistic regression (Smile's {@link Maxent}, L-BFGS) is
 *       fit on the other four fifths, and for each cue threshold the whole quote stage (rules plus model) is scored
 *       on the held-out articles with {@link AttributionScorer}; the pair with the best sum of content F1 and speaker
 *       accuracy (the two targets) wins.</li>
 *   <li>The source picker ({@link SourceModel}, see {@link SourceTraining}) is fit on the fitting articles' frames as
 *       the chosen cue model finds them, and its threshold and case classes are tuned on the held-out articles.</li>
 *   <li>The winner's strength is refit on all 840 articles and written with the winning threshold; the source picker
 *       is refit on all 840 articles' frames (as the refit cue model finds them) and written with its tuned
 *       settings.</li>
 * </ol>
 *
 * <p>Reproducible: the data order is the metadata's, feature indices follow their sorted names, the split is fixed
 * and L-BFGS has no random start. Smile sums the gradient in parallel streams, so two runs may differ in the last
 * digits of the weights (floating-point summation order), not in the choices. The dev split is never read.
 */
public final class AttributionTraining {

    /** Features seen fewer times than this in the fitting articles are left out of the model. */
    static final int MIN_FEATURE_COUNT = 2;
    static final int HOLD_OUT_EVERY = 5;
    static final double[] STRENGTHS = {2.0, 8.0};
    static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6};
    private static final int MAX_ITERATIONS = 200;
    /** The file names of the models fit on the fitting articles alone, in a held-out models folder. */
    public static final String HELD_OUT_CUE_MODEL = "held-out-cue-model.tsv.gz";
    public static final String HELD_OUT_SOURCE_MODEL = "held-out-source-model.tsv.gz";
    public static final String HELD_OUT_FRAME_MODEL = "held-out-frame-model.tsv.gz";

    private AttributionTraining() {
    }

    /** What a training run did: the figures of each tried setting and the setting written. */
    public record Result(List<String> lines, double strength, double threshold, int features, int sourceFeatures) {

        public Result {
            lines = List.copyOf(lines);
        }

        public String summary() {
            return String.join("\n", lines) + "\n";
        }
    }

    private record Example(int[] features, boolean cue) {
    }

    /**
     * A cue model setting given beforehand (to rerun the training with the setting a full run chose, skipping the
     * search over settings).
     */
    public record CueSetting(double strength, double threshold) {

        public CueSetting {
            if (!(strength > 0) || !(threshold > 0 && threshold < 1)) {
                throw new IllegalArgumentException("a cue setting is a positive strength and a threshold in (0, 1), not "
                        + strength + ":" + threshold);
            }
        }

        /** Reads {@code STRENGTH:THRESHOLD}, e.g. {@code 8:0.3}. */
        public static CueSetting parse(String text) {
            String[] parts = text.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("a cue setting is STRENGTH:THRESHOLD (e.g. 8:0.3), not '" + text + "'");
            }
            return new CueSetting(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
        }
    }

    private record Parsed(PolnearArticle article, ParsedText text, List<List<String>> features, boolean[] cue) {
    }

    public static Result train(Path polnearDirectory, Path output, Optional<Path> parseCache) {
        return train(polnearDirectory, output, output.resolveSibling("source-model.tsv.gz"),
                output.resolveSibling("frame-model.tsv.gz"), parseCache, Optional.empty(), Optional.empty());
    }

    /**
     * Trains the cue model (written to {@code output}), then the source picker on the frames of the chosen cue model
     * (written to {@code sourceOutput}), then the frame check on the frames of both (written to {@code frameOutput});
     * with a {@code fixed} cue setting, the search over cue settings is skipped.
     * With a {@code heldOutModels} folder, the chosen models as fit on the fitting articles alone are written there
     * too ({@value #HELD_OUT_CUE_MODEL}, {@value #HELD_OUT_SOURCE_MODEL}), so that the held-out articles' errors can be
     * read with models that never saw them ({@link HeldOutErrors}).
     */
    public static Result train(Path polnearDirectory, Path output, Path sourceOutput, Path frameOutput,
            Optional<Path> parseCache, Optional<CueSetting> fixed, Optional<Path> heldOutModels) {
        List<PolnearArticle> articles = PolnearCorpus.read(polnearDirectory, "train");
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(polnearDirectory + " has no train articles in metadata.tsv");
        }
        CoreNlpParser coreNlp = new CoreNlpParser(CoreNlpOptions.standard().withDependencies(false));
        TextParser parser = parseCache.<TextParser>map(folder -> new ParseCache(coreNlp, folder)).orElse(coreNlp);
        List<Parsed> all = new ArrayList<>();
        long start = System.nanoTime();
        for (PolnearArticle article : articles) {
            ParsedText text = parser.parse(article.text());
            all.add(new Parsed(article, text, CueFeatures.of(text), labels(text, article)));
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "parsed %d train articles in %.0f s", all.size(), (System.nanoTime() - start) / 1e9));
        List<Parsed> fit = new ArrayList<>();
        List<Parsed> heldOut = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % HOLD_OUT_EVERY == HOLD_OUT_EVERY - 1 ? heldOut : fit).add(all.get(i));
        }
        lines.add("fit on " + fit.size() + " articles, tuned on " + heldOut.size() + " held-out train articles (every "
                + HOLD_OUT_EVERY + "th); dev not used");
        Map<String, Parsed> byText = new HashMap<>();
        all.forEach(parsed -> byText.put(parsed.article().text(), parsed));
        TextParser known = text -> byText.get(text).text();
        AttributionScore rules = score(heldOut, coreNlp, known, Optional.empty(), Optional.empty(), Optional.empty());
        lines.add("held-out, rules only:       " + figures(rules));
        double bestF1 = -1; // content F1 plus speaker accuracy: the issue sets a target on each
        double[] strengths = fixed.map(setting -> new double[] {setting.strength()}).orElse(STRENGTHS);
        double[] thresholds = fixed.map(setting -> new double[] {setting.threshold()}).orElse(THRESHOLDS);
        double bestStrength = strengths[0];
        double bestThreshold = thresholds[0];
        Map<Double, CueModel> fitted = new HashMap<>();
        for (double strength : strengths) {
            CueModel model = fit(fit, strength, thresholds[0]);
            fitted.put(strength, model);
            lines.add(String.format(Locale.ROOT, "strength %.1f: held-out cue tokens %s", strength, tokenFigures(model, heldOut)));
            for (double threshold : thresholds) {
                AttributionScore score = score(heldOut, coreNlp, known, Optional.of(model.withThreshold(threshold)), Optional.empty(),
                        Optional.empty());
                lines.add(String.format(Locale.ROOT, "held-out, strength %.1f threshold %.2f: %s", strength, threshold, figures(score)));
                if (score.f1() + score.speakerAccuracy() > bestF1) {
                    bestF1 = score.f1() + score.speakerAccuracy();
                    bestStrength = strength;
                    bestThreshold = threshold;
                }
            }
        }
        lines.add(String.format(Locale.ROOT, "cue model chosen: strength %.1f threshold %.2f", bestStrength, bestThreshold));
        CueModel heldOutCues = fitted.get(bestStrength).withThreshold(bestThreshold);
        SourceModel picker = SourceTraining.fit(sourceArticles(fit), Optional.of(heldOutCues), SourceTraining.THRESHOLDS[0],
                EnumSet.allOf(CaseClass.class));
        lines.add("source picker fit on the " + fit.size() + " articles' frames: " + picker.size() + " features");
        SourceModel tuned = SourceTraining.tune(picker, (sources, label) -> {
            AttributionScore score = score(heldOut, coreNlp, known, Optional.of(heldOutCues), sources, Optional.empty());
            lines.add(label + ": " + figures(score));
            return score;
        }, lines);
        FrameModel frameFit = FrameTraining.fit(sourceArticles(fit), heldOutCues, Optional.of(tuned));
        lines.add("frame check fit on the " + fit.size() + " articles' frames: " + frameFit.size() + " features");
        Optional<FrameModel> frameTuned = FrameTraining.tune(frameFit, (frames, label) -> {
            AttributionScore score = score(heldOut, coreNlp, known, Optional.of(heldOutCues), Optional.of(tuned), frames);
            lines.add(label + ": " + figures(score));
            return score;
        }, lines);
        heldOutModels.ifPresent(folder -> {
            createDirectories(folder);
            heldOutCues.write(folder.resolve(HELD_OUT_CUE_MODEL));
            tuned.write(folder.resolve(HELD_OUT_SOURCE_MODEL));
            frameTuned.ifPresent(frames -> frames.write(folder.resolve(HELD_OUT_FRAME_MODEL)));
            lines.add("models fit on the " + fit.size() + " fitting articles written to " + folder);
        });
        CueModel model = fit(all, bestStrength, bestThreshold);
        model.write(output);
        int features = model.size();
        lines.add(String.format(Locale.ROOT, "cue model refit on all %d train articles: %d features, written to %s", all.size(),
                features, output));
        SourceModel sources = SourceTraining.fit(sourceArticles(all), Optional.of(model), tuned.threshold(), tuned.picks());
        sources.write(sourceOutput);
        lines.add(String.format(Locale.ROOT, "source picker refit on all %d train articles: %d features, written to %s",
                all.size(), sources.size(), sourceOutput));
        // Without a setting that beat the stage without the check, the check is written so that it keeps every frame
        double frameThreshold = frameTuned.map(FrameModel::threshold).orElse(Double.MIN_VALUE);
        FrameModel frames = FrameTraining.fit(sourceArticles(all), model, Optional.of(sources)).withThreshold(frameThreshold);
        frames.write(frameOutput);
        lines.add(String.format(Locale.ROOT, "frame check refit on all %d train articles: %d features, written to %s",
                all.size(), frames.size(), frameOutput));
        return new Result(lines, bestStrength, bestThreshold, features, sources.size());
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for held-out models " + folder, e);
        }
    }

    private static List<SourceTraining.Article> sourceArticles(List<Parsed> articles) {
        return articles.stream().map(parsed -> new SourceTraining.Article(parsed.text(), parsed.article().attributions())).toList();
    }

    /** Which tokens overlap a gold cue span. */
    private static boolean[] labels(ParsedText text, PolnearArticle article) {
        boolean[] cue = new boolean[text.tokens().size()];
        for (GoldAttribution attribution : article.attributions()) {
            for (Span span : attribution.cue()) {
                for (Token token : text.tokensIn(span)) {
                    cue[token.index()] = true;
                }
            }
        }
        return cue;
    }

    private static CueModel fit(List<Parsed> articles, double strength, double threshold) {
        Map<String, Integer> counts = new HashMap<>();
        for (Parsed parsed : articles) {
            for (List<String> features : parsed.features()) {
                for (String feature : features) {
                    counts.merge(feature, 1, Integer::sum);
                }
            }
        }
        List<String> names = LogisticFit.vocabulary(counts, MIN_FEATURE_COUNT);
        Map<String, Integer> vocabulary = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            vocabulary.put(names.get(i), i);
        }
        List<Example> examples = new ArrayList<>();
        for (Parsed parsed : articles) {
            for (int i = 0; i < parsed.features().size(); i++) {
                List<String> features = parsed.features().get(i);
                if (!features.isEmpty()) {
                    examples.add(new Example(features.stream().filter(vocabulary::containsKey).mapToInt(vocabulary::get)
                            .sorted().distinct().toArray(), parsed.cue()[i]));
                }
            }
        }
        int[][] x = new int[examples.size()][];
        int[] y = new int[examples.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = examples.get(i).features();
            y[i] = examples.get(i).cue() ? 1 : 0;
        }
        LogisticFit.Weights fitted = LogisticFit.fit(names, x, y, strength, MAX_ITERATIONS);
        CueModel model = new CueModel(fitted.weights(), fitted.intercept(), threshold);
        checkAgreement(fitted.learned(), model, x, examples, names);
        return model;
    }

    /** The written weights must score as Smile's model does (its last coefficient is the intercept). */
    private static void checkAgreement(Maxent.Binomial learned, CueModel model, int[][] x, List<Example> examples,
            List<String> names) {
        for (int i = 0; i < Math.min(200, x.length); i++) {
            double[] posterior = new double[2];
            learned.predict(x[i], posterior);
            List<String> features = new ArrayList<>();
            for (int index : x[i]) {
                features.add(names.get(index));
            }
            double ours = model.probability(features);
            if (Math.abs(ours - posterior[1]) > 1e-6) {
                throw new IllegalStateException("the exported cue model scores " + ours + " where Smile scores "
                        + posterior[1] + " (example " + i + ")");
            }
        }
    }

    private static String tokenFigures(CueModel model, List<Parsed> articles) {
        StringBuilder out = new StringBuilder();
        for (double threshold : THRESHOLDS) {
            int truePositive = 0;
            int predicted = 0;
            int gold = 0;
            for (Parsed parsed : articles) {
                for (int i = 0; i < parsed.features().size(); i++) {
                    boolean cue = parsed.cue()[i];
                    boolean guess = model.withThreshold(threshold).isCue(parsed.features().get(i));
                    gold += cue ? 1 : 0;
                    predicted += guess ? 1 : 0;
                    truePositive += cue && guess ? 1 : 0;
                }
            }
            out.append(String.format(Locale.ROOT, "@%.2f P %.3f R %.3f; ", threshold,
                    predicted == 0 ? 0 : (double) truePositive / predicted, gold == 0 ? 0 : (double) truePositive / gold));
        }
        return out.toString();
    }

    private static AttributionScore score(List<Parsed> articles, CoreNlpParser coreNlp, TextParser known,
            Optional<CueModel> model, Optional<SourceModel> sources, Optional<FrameModel> frames) {
        LanguagePipeline pipeline = new LanguagePipeline(List.of(new CachedParseStage(coreNlp, known), new EntityStage(),
                new QuoteStage(model, sources, frames)));
        AttributionScore total = AttributionScore.zero();
        for (Parsed parsed : articles) {
            AnalyzedArticle analyzed = pipeline.annotate(AttributionBenchmark.article(parsed.article()));
            total = total.plus(AttributionScorer.score(parsed.article().attributions(), AttributionBenchmark.eachQuote(analyzed)));
        }
        return total;
    }

    private static String figures(AttributionScore score) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f speaker %.3f (%d attributions, %d gold)", score.precision(),
                score.recall(), score.f1(), score.speakerAccuracy(), score.predicted(), score.gold());
    }

    /** {@code AttributionTraining POLNEAR_DIR CUE_MODEL_FILE SOURCE_MODEL_FILE [PARSE_CACHE_DIR [STRENGTH:THRESHOLD]]}. */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: AttributionTraining POLNEAR_DIR CUE_MODEL_FILE SOURCE_MODEL_FILE [PARSE_CACHE_DIR [STRENGTH:THRESHOLD]]");
            System.exit(2);
        }
        Result result = train(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[1]).resolveSibling("frame-model.tsv.gz"),
                args.length > 3 ? Optional.of(Path.of(args[3])) : Optional.empty(),
                args.length > 4 ? Optional.of(CueSetting.parse(args[4])) : Optional.empty(), Optional.empty());
        System.out.print(result.summary());
    }
}
