package org.parallax.crossarticle.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.StoryFinder;
import org.parallax.crossarticle.StoryGroup;
import org.parallax.crossarticle.entities.Blocks;
import org.parallax.crossarticle.entities.DisjointSets;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.ArticleEntity;
import org.parallax.model.Evidence;
import org.parallax.model.Mention;
import org.parallax.model.Span;

/**
 * Groups articles into stories by what they are about: their content (an embedding of the title
 * and lead paragraphs), their salient resolved entities and words ({@link SalientTerms}) and their
 * publication dates, combined as {@link StorySettings} describes. A story is one news event or
 * development, not a topic.
 *
 * <p><b>Grouping, without chaining.</b> Candidate pairs come only from blocking keys
 * ({@link Blocks}): each article's few rarest resolved entities shared with another article, and
 * the bands of a random-hyperplane hash of its embedding ({@link HyperplaneHash}); large blocks are
 * compared by sorted neighbourhoods (by publication date). Pairs are taken most similar first; the
 * two articles' stories are joined when the stories are close as wholes: the mean similarity over
 * every pair of their articles ({@link StoryCluster}, average linkage) is at least
 * {@link StorySettings#joinThreshold()}. One article close to two unrelated stories therefore
 * cannot join them, as it would through connected components of pairwise links. The candidate
 * pairs are taken twice, so that a pair turned down before its stories grew is tried again. Cost is
 * linear in the number of articles times a constant number of keys and window comparisons.
 *
 * <p><b>One event.</b> Coverage of one event by several outlets takes several angles (the speech,
 * the protests, the party's rifts) whose leads are not alike enough to join. After grouping,
 * {@link StoryMerger} joins stories that share salient entities, lie within a few days of each
 * other and whose centroids are close ({@link StorySettings#eventMerge()}); also by blocking.
 *
 * <p><b>More than one story.</b> An article also joins another story (of two articles or more)
 * with one of whose articles it has a candidate pair, when its similarity to that story as a whole
 * is at least {@link StorySettings#alsoJoinThreshold()}: close to the story, but its own story not
 * close enough to fuse with it. Its own story keeps it, unless that story would hold it alone.
 *
 * <p><b>Title and summary.</b> The centroid of a story is the normalised mean of its articles'
 * embeddings; the most central article is the nearest to it. The title is that article's headline,
 * or, where no article has one, the most central lead sentence. The summary is the
 * {@link StorySettings#summarySentences()} lead sentences, from the most central articles, nearest
 * to the centroid (skipping near-duplicates), in article order, each as evidence.
 *
 * <p>Story ids are {@code s<n>} in order of their first article.
 */
public final class EmbeddingStoryFinder implements StoryFinder {

    private static final int LEAD_CHARACTERS = 2_000;
    private static final int CENTRAL_ARTICLES = 3;
    private static final int SENTENCES_PER_ARTICLE = 4;
    private static final int MIN_SENTENCE_WORDS = 6;
    private static final float DUPLICATE_COSINE = 0.9f;
    private static final long HASH_SEED = 20_221_027L;

    private final TextEmbedder embedder;
    private final StorySettings settings;

    public EmbeddingStoryFinder(TextEmbedder embedder, StorySettings settings) {
        this.embedder = embedder;
        this.settings = settings;
    }

    /** A finder with the in-process ONNX model and the default settings. */
    public static EmbeddingStoryFinder standard() {
        return new EmbeddingStoryFinder(new OnnxTextEmbedder(), StorySettings.defaults());
    }

    @Override
    public List<StoryGroup> find(List<AnalyzedArticle> articles, EntityResolution entities) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<float[]> embeddings = embedLeads(articles);
        int[][] entitySets = entitySets(articles, entities);
        List<Map<Integer, Integer>> mentions = mentionCounts(articles, entitySets, entities);
        List<ArticleProfile> profiles = profiles(articles, embeddings, mentions);
        List<long[]> pairs = new ArrayList<>();
        candidatePairs(articles, embeddings, entitySets).forEach(pair -> pairs.add(new long[] {pair >>> 32, (int) (long) pair}));
        DisjointSets sets = group(profiles, pairs);
        joinEventCoverage(articles, embeddings, mentions, sets);
        Map<Integer, List<Integer>> components = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            components.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Set<Integer>> joiners = joiners(pairs, sets, components, profiles);
        Set<Integer> joined = new HashSet<>();
        joiners.values().forEach(joined::addAll);
        List<StoryGroup> stories = new ArrayList<>(components.size());
        for (Map.Entry<Integer, List<Integer>> component : components.entrySet()) {
            if (component.getValue().size() == 1 && joined.contains(component.getValue().get(0))) {
                continue;
            }
            List<Integer> members = new ArrayList<>(component.getValue());
            members.addAll(joiners.getOrDefault(component.getKey(), Set.of()));
            stories.add(story("s" + (stories.size() + 1), members, articles, embeddings, entitySets, entities,
                    centroid(component.getValue(), embeddings)));
        }
        return stories;
    }

    /**
     * Average-linkage grouping over the candidate pairs, most similar pair first, in two passes: the
     * disjoint sets of the stories.
     */
    private DisjointSets group(List<ArticleProfile> profiles, List<long[]> pairs) {
        List<StoryCluster> clusters = new ArrayList<>(profiles.size());
        profiles.forEach(profile -> clusters.add(StoryCluster.of(profile)));
        List<double[]> scored = new ArrayList<>(pairs.size());
        for (long[] pair : pairs) {
            double score = similarity(clusters.get((int) pair[0]), clusters.get((int) pair[1]));
            if (score >= settings.joinThreshold()) {
                scored.add(new double[] {score, pair[0], pair[1]});
            }
        }
        scored.sort(Comparator.comparingDouble((double[] pair) -> -pair[0]).thenComparingDouble(pair -> pair[1])
                .thenComparingDouble(pair -> pair[2]));
        DisjointSets sets = new DisjointSets(profiles.size());
        for (int pass = 0; pass < 2; pass++) {
            for (double[] pair : scored) {
                int a = sets.find((int) pair[1]);
                int b = sets.find((int) pair[2]);
                if (a != b && similarity(clusters.get(a), clusters.get(b)) >= settings.joinThreshold()) {
                    sets.union(a, b);
                    int root = sets.find(a);
                    StoryCluster joined = clusters.get(a);
                    joined.absorb(clusters.get(b));
                    clusters.set(root, joined);
                }
            }
        }
        return sets;
    }

    /** The similarity of two groups of articles, as {@link StorySettings} defines it. */
    private double similarity(StoryCluster a, StoryCluster b) {
        return settings.contentWeight() * a.content(b) + settings.entityWeight() * a.entities(b)
                + settings.wordWeight() * a.words(b) + settings.timeWeight() * a.proximity(b, settings.timeScaleDays());
    }

    /** Each article's profile: its embedding, date, and salient entities and words ({@link SalientTerms}). */
    private List<ArticleProfile> profiles(List<AnalyzedArticle> articles, List<float[]> embeddings,
            List<Map<Integer, Integer>> mentions) {
        Map<String, Integer> dictionary = new HashMap<>();
        List<Map<Integer, Integer>> words = new ArrayList<>(articles.size());
        articles.forEach(article -> words.add(SalientTerms.wordCounts(article.article().text(), dictionary)));
        List<ArticleProfile.Weighted> entityVectors = SalientTerms.weigh(mentions, settings.salientTerms());
        List<ArticleProfile.Weighted> wordVectors = SalientTerms.weigh(words, settings.salientTerms());
        List<ArticleProfile> profiles = new ArrayList<>(articles.size());
        for (int a = 0; a < articles.size(); a++) {
            profiles.add(new ArticleProfile(embeddings.get(a), entityVectors.get(a), wordVectors.get(a),
                    articles.get(a).article().published()));
        }
        return profiles;
    }

    /** Joins the linked stories that cover one event ({@link StoryMerger}), in {@code sets}. */
    private void joinEventCoverage(List<AnalyzedArticle> articles, List<float[]> embeddings,
            List<Map<Integer, Integer>> mentions, DisjointSets sets) {
        Map<Integer, List<Integer>> linked = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            linked.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> stories = new ArrayList<>(linked.values());
        List<Optional<LocalDate>> dates = new ArrayList<>(articles.size());
        articles.forEach(article -> dates.add(article.article().published()));
        StoryMerger merger = new StoryMerger(settings.eventMerge(), settings.fullBlock(), settings.window());
        for (List<Integer> group : merger.merge(stories, embeddings, dates, mentions)) {
            for (int story : group.subList(1, group.size())) {
                sets.union(stories.get(group.get(0)).get(0), stories.get(story).get(0));
            }
        }
    }

    /** For each article, how often it mentions each resolved entity (at least once for each it names). */
    private static List<Map<Integer, Integer>> mentionCounts(List<AnalyzedArticle> articles, int[][] entitySets,
            EntityResolution entities) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < entities.entities().size(); i++) {
            index.put(entities.entities().get(i).id(), i);
        }
        List<Map<Integer, Integer>> counts = new ArrayList<>(articles.size());
        for (int a = 0; a < articles.size(); a++) {
            Map<Integer, Integer> count = new HashMap<>();
            for (Mention mention : articles.get(a).annotations().mentions()) {
                mention.entity().flatMap(entities::resolve).map(index::get)
                        .ifPresent(entity -> count.merge(entity, 1, Integer::sum));
            }
            for (int entity : entitySets[a]) {
                count.putIfAbsent(entity, 1);
            }
            counts.add(count);
        }
        return counts;
    }

    private List<float[]> embedLeads(List<AnalyzedArticle> articles) {
        List<String> leads = new ArrayList<>(articles.size());
        for (AnalyzedArticle analyzed : articles) {
            leads.add(lead(analyzed));
        }
        return embedder.embedAll(leads);
    }

    /** The headline and the first paragraphs, cut to a length the model reads in one pass. */
    private String lead(AnalyzedArticle analyzed) {
        String text = analyzed.article().text();
        StringBuilder lead = new StringBuilder();
        analyzed.article().title().ifPresent(title -> lead.append(title).append('\n'));
        List<Span> paragraphs = Sentences.paragraphs(text);
        for (int p = 0; p < Math.min(settings.leadParagraphs(), paragraphs.size()); p++) {
            lead.append(paragraphs.get(p).coveredText(text)).append('\n');
        }
        return lead.length() > LEAD_CHARACTERS ? lead.substring(0, LEAD_CHARACTERS) : lead.toString();
    }

    /** For each article, the sorted indexes of the resolved entities it mentions. */
    private static int[][] entitySets(List<AnalyzedArticle> articles, EntityResolution entities) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < entities.entities().size(); i++) {
            index.put(entities.entities().get(i).id(), i);
        }
        int[][] sets = new int[articles.size()][];
        for (int a = 0; a < articles.size(); a++) {
            Set<Integer> ids = new HashSet<>();
            for (ArticleEntity entity : articles.get(a).annotations().entities()) {
                entities.resolve(entity.id()).map(index::get).ifPresent(ids::add);
            }
            sets[a] = ids.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return sets;
    }

    /** Candidate pairs, each once, packed as {@code a << 32 | b} with {@code a < b}. */
    private Set<Long> candidatePairs(List<AnalyzedArticle> articles, List<float[]> embeddings, int[][] entitySets) {
        Map<Integer, Integer> frequency = new HashMap<>();
        for (int[] set : entitySets) {
            for (int entity : set) {
                frequency.merge(entity, 1, Integer::sum);
            }
        }
        Blocks blocks = new Blocks(settings.fullBlock(), settings.window());
        HyperplaneHash hash = new HyperplaneHash(embedder.dimension(), settings.lshBands(), settings.lshBits(),
                HASH_SEED);
        for (int a = 0; a < articles.size(); a++) {
            Integer[] shared = Arrays.stream(entitySets[a]).filter(entity -> frequency.get(entity) > 1).boxed()
                    .sorted(Comparator.comparingInt((Integer entity) -> frequency.get(entity)).thenComparing(e -> e))
                    .toArray(Integer[]::new);
            for (int k = 0; k < Math.min(settings.rareEntityKeys(), shared.length); k++) {
                blocks.add("e" + shared[k], a);
            }
            int[] bands = hash.bandKeys(embeddings.get(a));
            for (int band = 0; band < bands.length; band++) {
                blocks.add("h" + band + ":" + bands[band], a);
            }
        }
        Set<Long> pairs = new HashSet<>();
        Comparator<Integer> byDate = Comparator.comparing(
                (Integer a) -> articles.get(a).article().published().orElse(LocalDate.MIN)).thenComparing(a -> a);
        blocks.forEachPair(byDate, (a, b) -> pairs.add(Math.min(a, b) * (1L << 32) + Math.max(a, b)));
        return pairs;
    }

    /** For each story, the articles of other stories that also join it (see the class comment). */
    private Map<Integer, Set<Integer>> joiners(List<long[]> pairs, DisjointSets sets,
            Map<Integer, List<Integer>> components, List<ArticleProfile> profiles) {
        Map<Integer, StoryCluster> clusters = new HashMap<>();
        Map<Integer, Set<Integer>> joiners = new HashMap<>();
        for (long[] pair : pairs) {
            for (int side = 0; side < 2; side++) {
                int article = (int) pair[side];
                int story = sets.find((int) pair[1 - side]);
                if (story == sets.find(article) || components.get(story).size() < 2
                        || joiners.getOrDefault(story, Set.of()).contains(article)) {
                    continue;
                }
                StoryCluster cluster = clusters.computeIfAbsent(story, root -> {
                    StoryCluster whole = StoryCluster.of(profiles.get(components.get(root).get(0)));
                    components.get(root).subList(1, components.get(root).size())
                            .forEach(member -> whole.add(profiles.get(member)));
                    return whole;
                });
                if (similarity(StoryCluster.of(profiles.get(article)), cluster) >= settings.alsoJoinThreshold()) {
                    joiners.computeIfAbsent(story, k -> new LinkedHashSet<>()).add(article);
                }
            }
        }
        return joiners;
    }

    private static float[] centroid(List<Integer> members, List<float[]> embeddings) {
        List<float[]> vectors = new ArrayList<>(members.size());
        members.forEach(member -> vectors.add(embeddings.get(member)));
        return Vectors.centroid(vectors, embeddings.get(0).length);
    }

    private StoryGroup story(String id, List<Integer> members, List<AnalyzedArticle> articles,
            List<float[]> embeddings, int[][] entitySets, EntityResolution entities, float[] centroid) {
        List<Integer> byCentrality = new ArrayList<>(members);
        byCentrality.sort(Comparator.comparingDouble((Integer a) -> -Vectors.dot(embeddings.get(a), centroid))
                .thenComparing(a -> a));
        List<Candidate> sentences = summaryCandidates(byCentrality, articles, centroid);
        Optional<String> headline = byCentrality.stream().map(a -> articles.get(a).article().title())
                .flatMap(Optional::stream).filter(title -> !title.isBlank()).findFirst();
        String title = headline.orElseGet(() -> sentences.isEmpty()
                ? articles.get(byCentrality.get(0)).article().id() : sentences.get(0).text());
        List<String> articleIds = new ArrayList<>(members.size());
        members.forEach(member -> articleIds.add(articles.get(member).article().id()));
        List<Candidate> withoutTitle = new ArrayList<>(sentences);
        withoutTitle.removeIf(candidate -> candidate.text().equals(title));
        return new StoryGroup(id, title, summary(withoutTitle), articleIds, sharedEntities(members, entitySets, entities));
    }

    private record Candidate(int article, String articleId, Span span, String text, float[] embedding, float score) {
    }

    /** Lead sentences of the most central articles, nearest to the centroid first. */
    private List<Candidate> summaryCandidates(List<Integer> byCentrality, List<AnalyzedArticle> articles,
            float[] centroid) {
        List<Integer> articleOf = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int a : byCentrality.subList(0, Math.min(CENTRAL_ARTICLES, byCentrality.size()))) {
            String text = articles.get(a).article().text();
            for (Span span : Sentences.leading(text, SENTENCES_PER_ARTICLE, MIN_SENTENCE_WORDS)) {
                articleOf.add(a);
                spans.add(span);
                texts.add(span.coveredText(text));
            }
        }
        List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embedAll(texts);
        List<Candidate> candidates = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            int a = articleOf.get(i);
            candidates.add(new Candidate(a, articles.get(a).article().id(), spans.get(i), texts.get(i), vectors.get(i),
                    Vectors.dot(vectors.get(i), centroid)));
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score()));
        return candidates;
    }

    private List<Evidence> summary(List<Candidate> byScore) {
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : byScore) {
            if (chosen.size() == settings.summarySentences()) {
                break;
            }
            if (chosen.stream().noneMatch(c -> Vectors.dot(c.embedding(), candidate.embedding()) > DUPLICATE_COSINE)) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::article).thenComparing(Candidate::span));
        List<Evidence> evidence = new ArrayList<>(chosen.size());
        chosen.forEach(c -> evidence.add(new Evidence(c.articleId(), c.span())));
        return evidence;
    }

    /** Entities in at least two of the story's articles (all of them for a story of one), most shared first. */
    private static List<String> sharedEntities(List<Integer> members, int[][] entitySets, EntityResolution entities) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int member : members) {
            for (int entity : entitySets[member]) {
                counts.merge(entity, 1, Integer::sum);
            }
        }
        int minimum = members.size() > 1 ? 2 : 1;
        List<Integer> shared = new ArrayList<>();
        counts.forEach((entity, count) -> {
            if (count >= minimum) {
                shared.add(entity);
            }
        });
        shared.sort(Comparator.comparingInt((Integer e) -> -counts.get(e)).thenComparing(e -> e));
        List<String> ids = new ArrayList<>(shared.size());
        shared.forEach(entity -> ids.add(entities.entities().get(entity).id()));
        return ids;
    }
}
