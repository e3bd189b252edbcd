package org.parallax.evaluation.coreference;

import edu.stanford.nlp.process.Morphology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.evaluation.coreference.EcbGold.GoldMention;
import org.parallax.evaluation.ecbplus.EcbCorpus;
import org.parallax.evaluation.ecbplus.EcbDocument;
import org.parallax.evaluation.ecbplus.EcbSentenceFilter;
import org.parallax.evaluation.ecbplus.EcbText;
import org.parallax.language.LanguagePipelines;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEventMention;
import org.parallax.model.CrossArticle;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.InputFormat;
import org.parallax.model.Mention;
import org.parallax.model.Span;

/**
 * Cross-document event and entity coreference on ECB+ (issue 8). Each document of a set ({@code dev},
 * {@code train}) becomes a plain-text article, one sentence a line ({@link EcbDocument#text()}); the
 * set's articles run through the standard language layer and then the standard cross-article layer
 * together, as a user's corpus would.
 *
 * <ul>
 *   <li>Events: the gold event mentions ({@link EcbGold#events}) are clustered as Parallax clusters them:
 *       a gold mention belongs to the Parallax event one of whose mentions ({@code events[].mentions[]})
 *       overlaps one of its tokens; a gold mention no event covers is a singleton.</li>
 *   <li>The same-head-lemma baseline, in the same run: gold mentions of one topic whose head word (its first
 *       token) has the same lemma are one cluster (CoreNLP's morphology, without part of speech).</li>
 *   <li>Entities: the gold named participant and location mentions ({@link EcbGold#namedEntities}) belong to the
 *       resolved entity of the Parallax name mention overlapping them; one no name mention covers is a singleton.</li>
 * </ul>
 * All three are scored with MUC, B-cubed, CEAF-e and the CoNLL F1 ({@link CoreferenceScores}) over all the set's
 * mentions at once (cross-document: the clusters span documents).
 */
public final class EventCoreferenceBenchmark {

    private EventCoreferenceBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param root  the ECB+ folder holding {@code dev/} and {@code train/} (or one set's folder)
     * @param sets  the sets to score, e.g. {@code dev}; empty for every one present
     * @param limit at most this many documents of each set, 0 for all (a quick look; figures are not comparable)
     */
    public static CoreferenceReport run(Path root, List<String> sets, int limit) {
        return run(root, sets, limit, Optional.empty());
    }

    /**
     * Runs the benchmark, keeping the language layer's output in {@code cache} (see {@link AnnotationCache}) when given.
     *
     * @param root  the ECB+ folder holding {@code dev/} and {@code train/} (or one set's folder)
     * @param sets  the sets to score, e.g. {@code dev}; empty for every one present
     * @param limit at most this many documents of each set, 0 for all (a quick look; figures are not comparable)
     * @param cache a folder for the annotated documents, or empty
     */
    public static CoreferenceReport run(Path root, List<String> sets, int limit, Optional<Path> cache) {
        Map<String, Path> folders = new LinkedHashMap<>();
        for (String set : sets.isEmpty() ? List.of("dev", "train") : sets) {
            if (Files.isDirectory(root.resolve(set))) {
                folders.put(set, root.resolve(set));
            } else if (!sets.isEmpty()) {
                throw new IllegalArgumentException(root.resolve(set) + ": no such ECB+ set folder");
            }
        }
        if (folders.isEmpty()) {
            folders.put(root.getFileName().toString(), root);
        }
        AnnotationCache annotator = new AnnotationCache(LanguagePipelines::standard, cache);
        CrossArticleAnalyzer crossArticle = CrossArticleAnalyzer.standard();
        List<CoreferenceReport.SetResult> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Path> set : folders.entrySet()) {
            results.add(score(set.getKey(), set.getValue(), limit, annotator, crossArticle, problems));
        }
        return new CoreferenceReport(results, problems);
    }

    private static CoreferenceReport.SetResult score(String name, Path folder, int limit, AnnotationCache annotator,
            CrossArticleAnalyzer crossArticle, List<String> problems) {
        long start = System.nanoTime();
        EcbSet set = EcbSet.read(folder, limit, annotator, problems);
        CrossArticle result = crossArticle.analyze(set.analyzed());
        double seconds = (System.nanoTime() - start) / 1e9;
        List<GoldMention> events = set.events();
        List<GoldMention> entities = set.entities();
        Partition eventKey = key(events);
        Map<String, String> parallaxEvents = eventResponse(events, result);
        Partition entityKey = key(entities);
        Map<String, String> parallaxEntities = entityResponse(entities, set.analyzed(), result);
        List<GoldMention> found = found(events, set.analyzed());
        return new CoreferenceReport.SetResult(name, set.documents().size(), found.size(), parallaxEvents.size(),
                parallaxEntities.size(),
                CoreferenceScores.score(eventKey, new Partition(parallaxEvents)),
                CoreferenceScores.score(eventKey, lemmaBaseline(events)),
                CoreferenceScores.score(entityKey, new Partition(parallaxEntities)),
                CoreferenceScores.score(eventKey, key(found)),
                CoreferenceScores.score(eventKey, lemmaBaseline(found)), seconds,
                EventCoreferenceDiagnostics.report(set.documents(), events, parallaxEvents, found, set.analyzed(), result));
    }

    /**
     * One ECB+ set read, annotated and with its gold mentions.
     *
     * @param documents the set's documents (the first {@code limit} when limited)
     * @param analyzed  each document's article as the language layer annotates it, in order
     * @param events    the gold event mentions
     * @param entities  the gold named entity mentions
     */
    record EcbSet(List<EcbDocument> documents, List<AnalyzedArticle> analyzed, List<GoldMention> events,
            List<GoldMention> entities) {

        static EcbSet read(Path folder, int limit, AnnotationCache annotator, List<String> problems) {
            EcbCorpus corpus = EcbCorpus.read(folder);
            problems.addAll(corpus.problems());
            EcbSentenceFilter sentences = corpus.sentences().orElseThrow(() -> new IllegalArgumentException(folder
                    + ": " + EcbSentenceFilter.FILE_NAME + " not found in it or the folder above it"));
            List<EcbDocument> documents = limit > 0 && limit < corpus.documents().size()
                    ? corpus.documents().subList(0, limit) : corpus.documents();
            List<Article> articles = new ArrayList<>();
            List<GoldMention> events = new ArrayList<>();
            List<GoldMention> entities = new ArrayList<>();
            for (EcbDocument document : documents) {
                EcbText text = document.text();
                articles.add(article(document, text));
                events.addAll(EcbGold.events(document, text, sentences));
                entities.addAll(EcbGold.namedEntities(document, text, sentences));
            }
            return new EcbSet(List.copyOf(documents), annotator.annotateAll(articles), events, entities);
        }
    }

    static Article article(EcbDocument document, EcbText text) {
        return new Article(document.name(), document.name() + ".txt", InputFormat.TEXT, document.url(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), DateSource.NONE, Optional.empty(), text.text(),
                List.of(), List.of());
    }

    static Partition key(List<GoldMention> mentions) {
        Map<String, String> clusters = new HashMap<>();
        mentions.forEach(mention -> clusters.put(mention.id(), mention.chain()));
        return new Partition(clusters);
    }

    /** The gold mentions an event mention of the language layer overlaps (an event or not). */
    static List<GoldMention> found(List<GoldMention> gold, List<AnalyzedArticle> analyzed) {
        Map<String, List<Map.Entry<Span, String>>> byArticle = new HashMap<>();
        for (AnalyzedArticle article : analyzed) {
            article.annotations().events().forEach(mention -> byArticle.computeIfAbsent(article.article().id(),
                    key -> new ArrayList<>()).add(Map.entry(mention.span(), mention.lemma())));
        }
        return gold.stream()
                .filter(mention -> covering(mention, byArticle.getOrDefault(mention.document(), List.of())).isPresent())
                .toList();
    }

    /** Each gold mention covered by a Parallax event's mention, to that event's id. */
    static Map<String, String> eventResponse(List<GoldMention> gold, CrossArticle result) {
        Map<String, List<Map.Entry<Span, String>>> byArticle = new HashMap<>();
        for (Event event : result.events()) {
            for (ArticleEventMention mention : event.mentions()) {
                byArticle.computeIfAbsent(mention.article(), key -> new ArrayList<>())
                        .add(Map.entry(mention.mention().span(), event.id()));
            }
        }
        Map<String, String> response = new HashMap<>();
        for (GoldMention mention : gold) {
            covering(mention, byArticle.getOrDefault(mention.document(), List.of()))
                    .ifPresent(event -> response.put(mention.id(), event));
        }
        return response;
    }

    /** Each gold mention covered by a Parallax name mention of a resolved entity, to that entity's id. */
    static Map<String, String> entityResponse(List<GoldMention> gold, List<AnalyzedArticle> analyzed, CrossArticle result) {
        Map<String, String> resolved = result.resolvedIds();
        Map<String, List<Map.Entry<Span, String>>> byArticle = new HashMap<>();
        for (AnalyzedArticle article : analyzed) {
            String id = article.article().id();
            for (Mention mention : article.annotations().mentions()) {
                mention.entity().flatMap(entity -> Optional.ofNullable(resolved.get(entity))
                        .or(() -> Optional.ofNullable(resolved.get(id + "/" + entity))))
                        .ifPresent(entity -> byArticle.computeIfAbsent(id, key -> new ArrayList<>())
                                .add(Map.entry(mention.span(), entity)));
            }
        }
        Map<String, String> response = new HashMap<>();
        for (GoldMention mention : gold) {
            covering(mention, byArticle.getOrDefault(mention.document(), List.of()))
                    .ifPresent(entity -> response.put(mention.id(), entity));
        }
        return response;
    }

    /** The cluster of the first system span overlapping one of the mention's tokens, its first token first. */
    private static Optional<String> covering(GoldMention mention, List<Map.Entry<Span, String>> spans) {
        for (Span token : mention.tokens()) {
            for (Map.Entry<Span, String> span : spans) {
                if (span.getKey().overlaps(token)) {
                    return Optional.of(span.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The same-head-lemma baseline: a topic's mentions whose head word has one lemma are one cluster. */
    static Partition lemmaBaseline(List<GoldMention> mentions) {
        Morphology morphology = new Morphology();
        Map<String, String> clusters = new HashMap<>();
        for (GoldMention mention : mentions) {
            String head = mention.words().get(0).toLowerCase(Locale.ROOT);
            clusters.put(mention.id(), mention.topic() + "|" + morphology.stem(head));
        }
        return new Partition(clusters);
    }

    /** From the shell: {@code EventCoreferenceBenchmark DIR [--set dev] [--limit N] [--cache DIR] [--output FILE]}. */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: EventCoreferenceBenchmark DIR [--set NAME]... [--limit N] [--output FILE]");
            System.exit(2);
        }
        List<String> sets = new ArrayList<>();
        int limit = 0;
        Path output = null;
        Optional<Path> cache = Optional.empty();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--set" -> sets.add(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--cache" -> cache = Optional.of(Path.of(args[++i]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        CoreferenceReport report = run(Path.of(args[0]), sets, limit, cache);
        System.out.print(report.summary());
        if (output != null) {
            report.writeJson(output);
        }
    }
}
