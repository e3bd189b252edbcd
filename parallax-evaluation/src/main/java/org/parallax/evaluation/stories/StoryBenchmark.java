package org.parallax.evaluation.stories;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.StoryFinder;
import org.parallax.crossarticle.StoryGroup;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.crossarticle.stories.EmbeddingStoryFinder;
import org.parallax.crossarticle.stories.OnnxTextEmbedder;
import org.parallax.crossarticle.stories.StorySettings;
import org.parallax.crossarticle.stories.TextEmbedder;
import org.parallax.evaluation.clustering.BcubedScore;
import org.parallax.evaluation.clustering.ExtendedBcubed;
import org.parallax.evaluation.coreference.AnnotationCache;
import org.parallax.evaluation.ecbplus.EcbCorpus;
import org.parallax.evaluation.ecbplus.EcbDocument;
import org.parallax.language.LanguagePipelines;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;

/**
 * Stories on ECB+: every document of a split as plain text, one sentence a line, analysed together
 * by the standard language layer, entity resolver and story finder (as {@code parallax analyze}
 * does); the stories are scored against the gold subtopics (each topic's two events) with extended
 * B-cubed, beside reference groupings: one story per gold topic (what a topic clusterer reaches at
 * best), every document alone, and all in one.
 */
public final class StoryBenchmark {

    private StoryBenchmark() {
    }

    /**
     * The folder of a split: {@code root/split} when it exists (e.g. {@code ../shared/bench/ecbplus}
     * and {@code dev}), else {@code root} itself (a folder of topics given directly).
     */
    public static Path splitFolder(Path root, String split) {
        Path folder = root.resolve(split);
        return Files.isDirectory(folder) ? folder : root;
    }

    /** Runs the standard story finder on a folder of ECB+ documents. */
    public static StoryReport run(Path folder) {
        Prepared prepared = prepare(folder);
        return prepared.score(EmbeddingStoryFinder.standard());
    }

    /**
     * Tuning: scores the standard finder under a grid of weights and thresholds on one annotated
     * split, best F1 first (each line the settings and the score). Tune on train, report dev.
     */
    public static List<String> tune(Prepared prepared) {
        TextEmbedder embedder = new CachingTextEmbedder(new OnnxTextEmbedder());
        StorySettings defaults = StorySettings.defaults();
        List<double[]> weights = List.of(new double[] {0.5, 0.4, 0.0}, new double[] {0.5, 0.3, 0.1},
                new double[] {0.5, 0.2, 0.2}, new double[] {0.4, 0.4, 0.1}, new double[] {0.4, 0.3, 0.2},
                new double[] {0.4, 0.2, 0.3}, new double[] {0.3, 0.4, 0.2}, new double[] {0.3, 0.3, 0.3},
                new double[] {0.3, 0.2, 0.4}, new double[] {0.2, 0.3, 0.4});
        List<Map.Entry<Double, String>> lines = new ArrayList<>();
        for (int terms : new int[] {20, 40, 80, 160}) {
            for (double[] weight : weights) {
                for (int step = 0; step <= 12; step++) {
                    double join = 0.30 + 0.025 * step;
                    StorySettings settings = defaults.withGrouping(weight[0], weight[1], weight[2], 0.1, join,
                            join + 0.125).withSalientTerms(terms);
                    StoryReport report = prepared.score(new EmbeddingStoryFinder(embedder, settings));
                    lines.add(Map.entry(report.score().f1(), String.format(Locale.ROOT,
                            "terms %d content %.2f entities %.2f words %.2f time 0.10 join %.3f alsoJoin %.3f:"
                                    + " P %.4f R %.4f F1 %.4f, %d stories, largest %d", terms, weight[0], weight[1],
                            weight[2], join, join + 0.125, report.score().precision(), report.score().recall(),
                            report.score().f1(), report.stories(), report.largestStory())));
                }
            }
        }
        lines.sort(Map.Entry.<Double, String>comparingByKey().reversed());
        return lines.stream().map(Map.Entry::getValue).toList();
    }

    /** Reads and annotates a folder once, so that several story finders can be scored on it. */
    public static Prepared prepare(Path folder) {
        return prepare(folder, Optional.empty());
    }

    /**
     * Reads and annotates a folder once, keeping the language layer's output in {@code cache} when given (see
     * {@link AnnotationCache}).
     */
    public static Prepared prepare(Path folder, Optional<Path> cache) {
        EcbCorpus corpus = EcbCorpus.read(folder);
        List<Article> articles = new ArrayList<>();
        Map<String, Set<String>> gold = new HashMap<>();
        Map<String, Set<String>> topics = new HashMap<>();
        for (EcbDocument document : corpus.documents()) {
            articles.add(EcbArticles.of(document));
            gold.put(document.name(), Set.of(document.subtopicId()));
            topics.put(document.name(), Set.of(Integer.toString(document.topic())));
        }
        long start = System.nanoTime();
        List<AnalyzedArticle> analyzed = cache.isPresent()
                ? new AnnotationCache(LanguagePipelines::standard, cache).annotateAll(articles)
                : LanguagePipelines.standard().annotateAll(articles);
        double languageSeconds = (System.nanoTime() - start) / 1e9;
        long resolving = System.nanoTime();
        EntityResolution entities = new NameEntityResolver().resolve(analyzed);
        double entitySeconds = (System.nanoTime() - resolving) / 1e9;
        return new Prepared(folder.toString(), analyzed, entities, gold, topics, languageSeconds, entitySeconds,
                corpus.problems());
    }

    /**
     * A corpus annotated once.
     *
     * @param folder          where it was read from
     * @param articles        its documents, annotated
     * @param entities        their entities resolved across documents
     * @param gold            each document's gold subtopic
     * @param topics          each document's gold topic
     * @param languageSeconds what the language layer took
     * @param entitySeconds   what entity resolution took
     * @param problems        files that could not be read
     */
    public record Prepared(String folder, List<AnalyzedArticle> articles, EntityResolution entities,
            Map<String, Set<String>> gold, Map<String, Set<String>> topics, double languageSeconds, double entitySeconds,
            List<String> problems) {

        public Prepared {
            articles = List.copyOf(articles);
            gold = Map.copyOf(gold);
            topics = Map.copyOf(topics);
            problems = List.copyOf(problems);
        }

        /** Scores a story finder's stories. */
        public StoryReport score(StoryFinder finder) {
            long start = System.nanoTime();
            List<StoryGroup> stories = finder.find(articles, entities);
            double storySeconds = (System.nanoTime() - start) / 1e9;
            Map<String, Set<String>> system = new HashMap<>();
            int largest = 0;
            for (StoryGroup story : stories) {
                story.articles().forEach(article -> system.computeIfAbsent(article, key -> new HashSet<>()).add(story.id()));
                largest = Math.max(largest, story.articles().size());
            }
            BcubedScore score = ExtendedBcubed.score(system, gold);
            List<StoryReport.Baseline> baselines = List.of(
                    new StoryReport.Baseline("one story per gold topic", ExtendedBcubed.score(topics, gold)),
                    new StoryReport.Baseline("every document alone", ExtendedBcubed.score(each(name -> name), gold)),
                    new StoryReport.Baseline("all in one story", ExtendedBcubed.score(each(name -> "all"), gold)));
            return new StoryReport(folder, gold.size(), stories.size(), largest, score, baselines, languageSeconds,
                    storySeconds + entitySeconds, problems);
        }

        private Map<String, Set<String>> each(Function<String, String> cluster) {
            Map<String, Set<String>> grouping = new HashMap<>();
            gold.keySet().forEach(name -> grouping.put(name, Set.of(cluster.apply(name))));
            return grouping;
        }
    }
}
