package org.parallax.evaluation.stance;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.parallax.crossarticle.events.ArticleSentences;
import org.parallax.crossarticle.stance.PreparedArticle;
import org.parallax.crossarticle.stance.PreparedClaim;
import org.parallax.crossarticle.stance.StanceInputs;
import org.parallax.crossarticle.stance.StanceJudge;
import org.parallax.crossarticle.stance.StanceModel;
import org.parallax.crossarticle.stance.StanceTrainer;
import org.parallax.crossarticle.stories.OnnxTextEmbedder;
import org.parallax.crossarticle.stories.TextEmbedder;
import org.parallax.model.ClaimStance;

/**
 * Trains and scores the stance judge on {@code ../shared/bench/stance/}: FNC-1 pairs
 * ({@code fnc1-dev/}, headline = claim, body = article), split by {@link StanceSplit}, and ARC
 * ({@code arc/}, train and test), used for training only.
 *
 * <p>The shipped model is trained on the training part of FNC-1 and all of ARC; its boosting rounds and decision
 * weights are chosen on the validation part ({@link #tune}), which is also where features were compared. The
 * held-out part is scored only by {@code bench stance}.
 */
public final class StanceBenchmark {

    private final Path directory;
    private final StanceInputs inputs;
    private final Optional<CachedTextEmbedder> cache;
    private final Consumer<String> progress;
    private final Map<String, PreparedClaim> claims = new HashMap<>();
    private final Map<String, PreparedArticle> articles = new HashMap<>();

    /**
     * @param directory the folder holding {@code fnc1-dev/} and {@code arc/}
     * @param cache     a file that keeps the sentence embeddings between runs, if any
     * @param progress  where progress lines go
     */
    public StanceBenchmark(Path directory, Optional<Path> cache, Consumer<String> progress) throws IOException {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.progress = Objects.requireNonNull(progress, "progress");
        TextEmbedder embedder = new OnnxTextEmbedder();
        this.cache = cache.isPresent() ? Optional.of(new CachedTextEmbedder(embedder, cache.get())) : Optional.empty();
        this.inputs = new StanceInputs(this.cache.isPresent() ? this.cache.get() : embedder);
    }

    /** The FNC-1 pairs of {@code fnc1-dev/}. */
    public StanceCorpus fnc() throws IOException {
        Path folder = directory.resolve("fnc1-dev");
        return StanceCorpus.read("fnc1-dev", require(folder.resolve("competition_test_stances.csv")),
                require(folder.resolve("competition_test_bodies.csv")));
    }

    /** ARC's train and test pairs. */
    public StanceCorpus arc() throws IOException {
        Path folder = directory.resolve("arc");
        Path bodies = require(folder.resolve("arc_bodies.csv"));
        return StanceCorpus.read("arc train", require(folder.resolve("arc_stances_train.csv")), bodies)
                .with(StanceCorpus.read("arc test", require(folder.resolve("arc_stances_test.csv")), bodies));
    }

    /**
     * Trains a model on the training part of FNC-1 (and ARC), leaving the validation part to {@link #tune} and
     * {@link #score}.
     *
     * @param withArc  whether ARC's pairs are trained on too
     */
    public StanceModel train(StanceTrainer trainer, boolean withArc) throws IOException {
        StanceCorpus fnc = fnc();
        StanceCorpus training = StanceSplit.part(fnc, StanceSplit.Part.TRAINING);
        if (withArc) {
            training = training.with(arc());
        }
        List<StanceTrainer.Example> examples = new ArrayList<>();
        prepare(training);
        prepare(StanceSplit.part(fnc, StanceSplit.Part.VALIDATION));
        saveCache();
        for (StanceCorpus.Pair pair : training.pairs()) {
            examples.add(new StanceTrainer.Example(claims.get(pair.headline()), articles.get(pair.body()), pair.stance()));
        }
        progress.accept("training on " + examples.size() + " pairs (" + training.name() + ")");
        return trainer.train(examples, "trained on " + examples.size() + " pairs: " + training.name());
    }

    /** Scores {@code model} and the word-overlap baseline on one part of FNC-1. */
    public StanceReport score(StanceModel model, StanceSplit.Part part, TextEmbedder judgeEmbedder) throws IOException {
        long start = System.nanoTime();
        StanceCorpus fnc = fnc();
        StanceCorpus scored = StanceSplit.part(fnc, part);
        prepare(scored);
        StanceJudge judge = new StanceJudge(judgeEmbedder, model);
        FncScore ours = FncScore.empty();
        // The judge's own cost, on this thread's CPU clock (the sentences are embedded above, in prepare), is less
        // distorted by other jobs on the machine than wall-clock time.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long judgeStart = threads.getCurrentThreadCpuTime();
        for (StanceCorpus.Pair pair : scored.pairs()) {
            ours = ours.plus(pair.stance(), judge.judge(claims.get(pair.headline()), articles.get(pair.body())).stance());
        }
        double judgeMicros = (threads.getCurrentThreadCpuTime() - judgeStart) / 1e3 / Math.max(1, scored.pairs().size());
        StanceCorpus training = StanceSplit.part(fnc, StanceSplit.Part.TRAINING);
        double threshold = WordOverlap.bestThreshold(training.pairs().stream()
                .map(pair -> new WordOverlap.Labelled(WordOverlap.of(pair.headline(), training.bodies().get(pair.body())),
                        pair.stance().related()))
                .toList());
        FncScore baseline = FncScore.empty();
        for (StanceCorpus.Pair pair : scored.pairs()) {
            boolean related = WordOverlap.of(pair.headline(), scored.bodies().get(pair.body())) >= threshold;
            baseline = baseline.plus(pair.stance(), related ? ClaimStance.DISCUSSES : ClaimStance.UNRELATED);
        }
        double wholeUnrelated = (double) fnc.pairs().stream().filter(pair -> !pair.stance().related()).count() / fnc.pairs().size();
        return new StanceReport(scored.name(), model.provenance(), ours, baseline, threshold, wholeUnrelated,
                (System.nanoTime() - start) / 1e9, judgeMicros);
    }

    /**
     * Judges one part of FNC-1 with {@code model} cut to each of {@code rounds} boosting rounds (those above the
     * model's own are left out; its own are always tried) and chooses the decision weights for each
     * ({@link StanceTuning}).
     */
    public List<StanceTuning.Choice> tune(StanceModel model, StanceSplit.Part part, List<Integer> rounds) throws IOException {
        StanceCorpus scored = StanceSplit.part(fnc(), part);
        prepare(scored);
        List<StanceTuning.Choice> choices = new ArrayList<>();
        Set<Integer> tried = new TreeSet<>();
        rounds.stream().filter(round -> round >= 1 && round <= model.rounds()).forEach(tried::add);
        tried.add(model.rounds());
        for (int round : tried) {
            StanceJudge judge = new StanceJudge(embedder(), model.trimmed(round).withDecisionWeights(new double[] {1, 1, 1, 1}));
            List<StanceTuning.Judged> judged = new ArrayList<>();
            for (StanceCorpus.Pair pair : scored.pairs()) {
                judged.add(new StanceTuning.Judged(pair.stance(),
                        judge.judge(claims.get(pair.headline()), articles.get(pair.body())).probabilities()));
            }
            StanceTuning.Choice choice = StanceTuning.choose(round, judged);
            progress.accept(String.format(Locale.ROOT, "%d rounds: plain %s%n  weights %s: %s", round, choice.plain().line(),
                    Arrays.toString(choice.weights()), choice.tuned().line()));
            choices.add(choice);
        }
        return choices;
    }

    /** The embedder this benchmark uses (with its cache, if any), for a judge over the same sentences. */
    public TextEmbedder embedder() {
        return cache.isPresent() ? cache.get() : new OnnxTextEmbedder();
    }

    /** Writes the embeddings computed so far to the cache file, if there is one. */
    public void saveCache() throws IOException {
        if (cache.isPresent()) {
            cache.get().save();
        }
    }

    private void prepare(StanceCorpus corpus) {
        Set<String> headlines = new LinkedHashSet<>();
        corpus.pairs().forEach(pair -> headlines.add(pair.headline()));
        headlines.removeAll(claims.keySet());
        List<String> missing = List.copyOf(headlines);
        List<PreparedClaim> prepared = inputs.claims(missing);
        for (int i = 0; i < missing.size(); i++) {
            claims.put(missing.get(i), prepared.get(i));
        }
        int done = 0;
        for (Map.Entry<String, String> body : corpus.bodies().entrySet()) {
            if (!articles.containsKey(body.getKey())) {
                String text = body.getValue();
                articles.put(body.getKey(), inputs.article(text, ArticleSentences.of(text)));
            }
            if (++done % 500 == 0) {
                progress.accept("prepared " + done + " of " + corpus.bodies().size() + " bodies of " + corpus.name());
            }
        }
    }

    private static Path require(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": not found (expected the FNC-1 format stance files there)");
        }
        return file;
    }
}
