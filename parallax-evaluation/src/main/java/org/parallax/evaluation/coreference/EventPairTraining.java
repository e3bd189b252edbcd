package org.parallax.evaluation.coreference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.crossarticle.events.EventMentionPairs;
import org.parallax.crossarticle.events.EventPairModel;
import org.parallax.crossarticle.events.MentionPairScorer;
import org.parallax.crossarticle.stories.OnnxTextEmbedder;
import org.parallax.crossarticle.stories.TextEmbedder;
import org.parallax.evaluation.coreference.EcbGold.GoldMention;
import org.parallax.evaluation.stance.CachedTextEmbedder;
import org.parallax.language.LanguagePipelines;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Span;

/**
 * Trains the event pair model ({@link EventPairModel}) on ECB+ train (issue 8), one command:
 * {@code parallax train events ../shared/bench/ecbplus}. Dev is never read.
 *
 * <ol>
 *   <li>Train's documents run through the standard language layer and entity resolver; their event mentions become
 *       candidates as in the cross-article layer ({@link EventMentionPairs}: blocks of one word family; the tuning
 *       part is also scored with families joined along nearest neighbours by trigger-in-context vector, a
 *       diagnostic).</li>
 *   <li>Each candidate mention takes the gold mention of its document it overlaps (an ECB+ {@code ACTION_*} mention
 *       of an annotated sentence); a pair of two such mentions is labelled coreferent when both gold mentions are in
 *       one cross-document chain ({@code CROSS_DOC_COREF}). Pairs with a mention outside the gold are left out.</li>
 *   <li>The trees are fitted on the topics outside the tuning part (every fifth topic, in topic order), the
 *       clustering threshold is chosen on the tuning part by the CoNLL F1 of its gold mentions (clusters of one
 *       mention, and those from fewer articles than the layer's events need, left singletons: the highest threshold
 *       within {@value #NEAR_BEST} of the best); then the shipped
 *       model is fitted on all of train with that threshold.</li>
 * </ol>
 */
public final class EventPairTraining {

    /** Boosting rounds of the shipped model. */
    public static final int TREES = 200;
    /** Deepest tree of the shipped model. */
    public static final int DEPTH = 6;
    /**
     * The threshold kept is the highest whose tuning CoNLL F1 is within this of the best: the curve is flat at its low
     * end, where the lowest threshold joins far more mentions of other corpora (PolNeAR's "noted", "look", "change" of
     * different acts) for no gain on the tuning topics.
     */
    private static final double NEAR_BEST = 0.005;
    /** Every this many topics (in topic order) one is kept for tuning the threshold. */
    private static final int TUNING_EVERY = 5;

    private EventPairTraining() {
    }

    /** The trained model and a report of the tuning. */
    public record Result(EventPairModel model, String report) {
    }

    /**
     * Trains the model.
     *
     * @param root            the ECB+ folder holding {@code train/}
     * @param cache           a folder for the annotated documents ({@link AnnotationCache}), or empty
     * @param minimumArticles the fewest articles an event's mentions come from, as the layer's events need
     * @param log             progress lines
     */
    public static Result train(Path root, Optional<Path> cache, int minimumArticles, Consumer<String> log) {
        List<String> problems = new ArrayList<>();
        log.accept("annotating ECB+ train ...");
        EventCoreferenceBenchmark.EcbSet train = EventCoreferenceBenchmark.EcbSet.read(root.resolve("train"), 0,
                new AnnotationCache(LanguagePipelines::standard, cache), problems);
        problems.forEach(problem -> log.accept("problem: " + problem));
        TreeSet<Integer> topics = new TreeSet<>();
        train.documents().forEach(document -> topics.add(document.topic()));
        Set<Integer> tuning = new TreeSet<>();
        int position = 0;
        for (int topic : topics) {
            if (position++ % TUNING_EVERY == TUNING_EVERY - 1) {
                tuning.add(topic);
            }
        }
        CachedTextEmbedder embedder = cachedEmbedder(cache);
        log.accept("embedding and pairing the fit part ...");
        Part fit = Part.of(train, topic -> !tuning.contains(topic), embedder, false);
        log.accept("embedding and pairing the tuning part ...");
        Part tune = Part.of(train, tuning::contains, embedder, false);
        Part tuneNeighbours = Part.of(train, tuning::contains, embedder, true);
        if (cache.isPresent()) {
            save(embedder);
        }
        log.accept(String.format(Locale.ROOT, "fit part (%d documents): %d pairs (%d coreferent); tuning part (topics %s): %d pairs",
                fit.pairs.articles(), fit.labels.length, count(fit.labels), tuning, tune.labels.length));
        EventPairModel fitted = EventPairModel.train(fit.features, fit.labels, TREES, DEPTH, 0.5, "fit part");
        StringBuilder report = new StringBuilder();
        double bestThreshold = 0.5;
        double bestF1 = -1;
        Memo memo = new Memo(fitted);
        Memo neighboursMemo = new Memo(fitted);
        Partition key = EventCoreferenceBenchmark.key(tune.gold);
        report.append("tuning part, same head lemma per topic: ")
                .append(CoreferenceScores.score(key, EventCoreferenceBenchmark.lemmaBaseline(tune.gold)).line()).append('\n');
        report.append(String.format(Locale.ROOT, "tuning part: %d mentions in %d blocks of word families, %d blocks when"
                + " joined along nearest neighbours (largest %d)%n", tune.pairs.size(), tune.pairs.blocks().size(),
                tuneNeighbours.pairs.blocks().size(), tuneNeighbours.pairs.blocks().stream().mapToInt(List::size).max().orElse(0)));
        for (double threshold = 0.05; threshold < 0.851; threshold += 0.05) {
            report.append(String.format(Locale.ROOT, "families joined along neighbours (not shipped), events from %d article(s),"
                    + " threshold %.2f: %s%n", minimumArticles, threshold,
                    tuneNeighbours.score(neighboursMemo.at(threshold), minimumArticles).line()));
        }
        Map<Double, Double> grid = new java.util.TreeMap<>();
        for (int minimum = 1; minimum <= 2; minimum++) {
            for (double threshold = 0.05; threshold < 0.851; threshold += 0.05) {
                CoreferenceScores scores = tune.score(memo.at(threshold), minimum);
                String line = String.format(Locale.ROOT, "events from %d article(s), threshold %.2f: %s", minimum, threshold,
                        scores.line());
                report.append(line).append('\n');
                if (minimum == minimumArticles) {
                    grid.put(threshold, scores.conllF1());
                }
            }
        }
        double best = grid.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        for (Map.Entry<Double, Double> point : grid.entrySet()) {
            if (point.getValue() >= best - NEAR_BEST) {
                bestThreshold = point.getKey();
                bestF1 = point.getValue();
            }
        }
        log.accept(report.toString());
        double[][] features = new double[fit.features.length + tune.features.length][];
        boolean[] labels = new boolean[features.length];
        System.arraycopy(fit.features, 0, features, 0, fit.features.length);
        System.arraycopy(tune.features, 0, features, fit.features.length, tune.features.length);
        System.arraycopy(fit.labels, 0, labels, 0, fit.labels.length);
        System.arraycopy(tune.labels, 0, labels, fit.labels.length, tune.labels.length);
        String provenance = String.format(Locale.ROOT, "ECB+ train (%d documents, %d labelled pairs, %d coreferent);"
                + " threshold %.2f chosen on topics %s (CoNLL F1 %.3f, the highest within 0.005 of the best, trees fitted on the others)", train.documents().size(),
                labels.length, count(labels), bestThreshold, tuning, bestF1);
        EventPairModel model = EventPairModel.train(features, labels, TREES, DEPTH, bestThreshold, provenance);
        double[] importance = model.importance();
        for (int i = 0; i < importance.length; i++) {
            report.append(String.format(Locale.ROOT, "importance %s %.1f%n", EventMentionPairs.FEATURES.get(i), importance[i]));
        }
        return new Result(model, report.toString());
    }

    /** The MiniLM embedder, remembering its vectors in {@code cache/embeddings.bin} when a cache folder is given (else in memory). */
    private static CachedTextEmbedder cachedEmbedder(Optional<Path> cache) {
        Path file = cache.map(folder -> folder.resolve("embeddings.bin"))
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "parallax-event-embeddings-" + ProcessHandle.current().pid() + ".bin"));
        try {
            return new CachedTextEmbedder(new OnnxTextEmbedder(), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding cache " + file, e);
        }
    }

    private static void save(CachedTextEmbedder embedder) {
        try {
            embedder.save();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the embedding cache", e);
        }
    }

    private static int count(boolean[] labels) {
        int count = 0;
        for (boolean label : labels) {
            count += label ? 1 : 0;
        }
        return count;
    }

    /** The candidates of some topics, their labelled pairs and gold mentions. */
    private static final class Part {
        private final EventMentionPairs pairs;
        private final List<GoldMention> gold;
        private final String[] goldOf;
        private final double[][] features;
        private final boolean[] labels;

        private Part(EventMentionPairs pairs, List<GoldMention> gold, String[] goldOf, double[][] features, boolean[] labels) {
            this.pairs = pairs;
            this.gold = gold;
            this.goldOf = goldOf;
            this.features = features;
            this.labels = labels;
        }

        static Part of(EventCoreferenceBenchmark.EcbSet set, java.util.function.IntPredicate topics, TextEmbedder embedder,
                boolean neighbours) {
            List<AnalyzedArticle> articles = new ArrayList<>();
            Set<String> names = new java.util.HashSet<>();
            for (int i = 0; i < set.documents().size(); i++) {
                if (topics.test(set.documents().get(i).topic())) {
                    articles.add(set.analyzed().get(i));
                    names.add(set.documents().get(i).name());
                }
            }
            List<GoldMention> gold = set.events().stream().filter(mention -> names.contains(mention.document())).toList();
            EntityResolution entities = new NameEntityResolver().resolve(articles);
            EventMentionPairs pairs = EventMentionPairs.of(articles, entities, Set.of(), Optional.of(embedder), neighbours);
            Map<String, List<GoldMention>> byDocument = new HashMap<>();
            gold.forEach(mention -> byDocument.computeIfAbsent(mention.document(), key -> new ArrayList<>()).add(mention));
            String[] goldOf = new String[pairs.size()];
            String[] chainOf = new String[pairs.size()];
            for (int i = 0; i < pairs.size(); i++) {
                Span span = pairs.mention(i).span();
                for (GoldMention mention : byDocument.getOrDefault(pairs.article(i), List.of())) {
                    if (mention.tokens().stream().anyMatch(span::overlaps)) {
                        goldOf[i] = mention.id();
                        chainOf[i] = mention.chain();
                        break;
                    }
                }
            }
            List<double[]> features = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (int[] pair : pairs.candidates()) {
                if (chainOf[pair[0]] != null && chainOf[pair[1]] != null) {
                    features.add(pairs.features(pair[0], pair[1]));
                    labels.add(chainOf[pair[0]].equals(chainOf[pair[1]]));
                }
            }
            boolean[] labelArray = new boolean[labels.size()];
            for (int i = 0; i < labelArray.length; i++) {
                labelArray[i] = labels.get(i);
            }
            return new Part(pairs, gold, goldOf, features.toArray(double[][]::new), labelArray);
        }

        /** The CoNLL scores of the part's gold mentions as the scorer's clusters group them. */
        CoreferenceScores score(MentionPairScorer scorer, int minimumArticles) {
            Map<String, String> response = new HashMap<>();
            List<List<Integer>> clusters = pairs.clusters(scorer);
            for (int c = 0; c < clusters.size(); c++) {
                List<Integer> cluster = clusters.get(c);
                boolean event = cluster.size() >= 2
                        && cluster.stream().map(pairs::article).distinct().count() >= minimumArticles;
                for (int index : cluster) {
                    if (goldOf[index] != null && !response.containsKey(goldOf[index])) {
                        response.put(goldOf[index], event ? "e" + c : "m" + index);
                    }
                }
            }
            return CoreferenceScores.score(EventCoreferenceBenchmark.key(gold), new Partition(response));
        }
    }

    /** The fitted model's pair scores, remembered, so that trying several thresholds costs one scoring. */
    private static final class Memo {
        private final Map<Long, Double> scores = new HashMap<>();
        private final EventPairModel model;

        Memo(EventPairModel model) {
            this.model = model;
        }

        MentionPairScorer at(double threshold) {
            return new MentionPairScorer.Scoring((pairs, a, b) -> scores.computeIfAbsent(((long) a << 32) | b,
                    key -> model.score(pairs, a, b)), threshold, true);
        }
    }
}
