package org.parallax.crossarticle.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
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
 * <p><b>Whole stories.</b> Then stories that the trained {@link StoryPairModel} judges to be one event, compared
 * as wholes (mean pair similarity and the cosine of their summed vectors), are joined ({@link WholeStoryMerger}):
 * one event's coverage that average linkage left in several stories.
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
 *
 * <p><b>In steps.</b> {@link #find} runs, in order, functions that the Spark job also calls, each over the part
 * of the corpus it needs: {@link #terms} (per article), {@link #profile} (per article, given corpus-wide counts),
 * {@link #blockingKeys} and {@link Blocks#forEachPairOf} (per block), {@link #link} (per connected group of pairs
 * at the join threshold), {@link #plan} (the whole corpus, a few numbers per article) and {@link #assemble} (per story).
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
    private final HyperplaneHash hash;
    private final Optional<StoryPairModel> storyModel;

    /** A finder that joins whole stories with the shipped {@link StoryPairModel}. */
    public EmbeddingStoryFinder(TextEmbedder embedder, StorySettings settings) {
        this(embedder, settings, Optional.of(StoryPairModel.standard()));
    }

    /**
     * A finder that joins whole stories with {@code storyModel} after average-linkage grouping
     * ({@link WholeStoryMerger}), or does not when it is empty (what the model is trained on).
     */
    public EmbeddingStoryFinder(TextEmbedder embedder, StorySettings settings, Optional<StoryPairModel> storyModel) {
        this.embedder = embedder;
        this.settings = settings;
        this.hash = new HyperplaneHash(embedder.dimension(), settings.lshBands(), settings.lshBits(), HASH_SEED);
        this.storyModel = Objects.requireNonNull(storyModel, "storyModel");
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
        Candidates candidates = candidates(articles, entities);
        return stories(articles, candidates.terms(), candidates.profiles(), candidates.pairs(),
                link(candidates.profiles(), candidates.pairs()), entities);
    }

    /**
     * A candidate pair of stories as average-linkage grouping ({@link #link}) leaves them, what {@link StoryPairModel}
     * is trained on.
     *
     * @param first    the first story's article indexes, ascending
     * @param second   the second story's, ascending
     * @param features the pair's {@link StoryPairModel#FEATURES}
     */
    public record StoryPair(List<Integer> first, List<Integer> second, double[] features) {

        public StoryPair {
            first = List.copyOf(first);
            second = List.copyOf(second);
            features = features.clone();
        }
    }

    /**
     * The candidate pairs of stories after average-linkage grouping, before whole stories are joined: each pair of
     * stories that a candidate article pair links, with its features, in order of their first articles.
     */
    public List<StoryPair> storyPairs(List<AnalyzedArticle> articles, EntityResolution entities) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Candidates candidates = candidates(articles, entities);
        DisjointSets sets = link(candidates.profiles(), candidates.pairs());
        Map<Integer, StoryCluster> clusters = WholeStoryMerger.clusters(candidates.profiles(), sets);
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            members.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        List<StoryPair> pairs = new ArrayList<>();
        for (long packed : WholeStoryMerger.storyPairs(candidates.pairs(), sets)) {
            int a = (int) (packed >>> 32);
            int b = (int) packed;
            pairs.add(new StoryPair(members.get(sets.find(a)), members.get(sets.find(b)),
                    StoryPairModel.features(clusters.get(a), clusters.get(b))));
        }
        return pairs;
    }

    /** What grouping starts from: each article's terms and profile, and the candidate article pairs. */
    private record Candidates(List<StoryTerms> terms, List<ArticleProfile> profiles, List<long[]> pairs) {
    }

    private Candidates candidates(List<AnalyzedArticle> articles, EntityResolution entities) {
        List<StoryTerms> terms = terms(articles, resolvedIndexes(entities));
        // The corpus-wide counts: words numbered in order of first use, and how many articles use each term.
        Map<String, Integer> dictionary = new HashMap<>();
        List<int[]> wordIndexes = new ArrayList<>(terms.size());
        Map<Integer, Integer> wordUsers = new HashMap<>();
        Map<Integer, Integer> entityUsers = new HashMap<>();
        Map<Integer, Integer> entityFrequency = new HashMap<>();
        for (StoryTerms article : terms) {
            int[] indexes = new int[article.words().size()];
            for (int w = 0; w < indexes.length; w++) {
                indexes[w] = dictionary.computeIfAbsent(article.words().get(w), word -> dictionary.size());
                wordUsers.merge(indexes[w], 1, Integer::sum);
            }
            wordIndexes.add(indexes);
            article.entityMentions().keySet().forEach(entity -> entityUsers.merge(entity, 1, Integer::sum));
            Arrays.stream(article.entities()).forEach(entity -> entityFrequency.merge(entity, 1, Integer::sum));
        }
        List<ArticleProfile> profiles = new ArrayList<>(terms.size());
        Blocks blocks = blocks();
        for (int a = 0; a < terms.size(); a++) {
            int[] users = Arrays.stream(wordIndexes.get(a)).map(wordUsers::get).toArray();
            profiles.add(profile(terms.get(a), terms.size(), entityUsers::get, wordIndexes.get(a), users));
            for (String key : blockingKeys(terms.get(a), entityFrequency::get)) {
                blocks.add(key, a);
            }
        }
        Set<Long> candidates = new HashSet<>();
        blocks.forEachPair(byDate(terms), (a, b) -> candidates.add(Math.min(a, b) * (1L << 32) + Math.max(a, b)));
        return new Candidates(terms, profiles, pairs(candidates));
    }

    /** For each per-article entity id, the index of its resolved entity among {@code entities.entities()}. */
    public static Map<String, Integer> resolvedIndexes(EntityResolution entities) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < entities.entities().size(); i++) {
            index.put(entities.entities().get(i).id(), i);
        }
        Map<String, Integer> resolved = new HashMap<>();
        entities.canonical().forEach((member, id) -> {
            Integer position = index.get(id);
            if (position != null) {
                resolved.put(member, position);
            }
        });
        return resolved;
    }

    /**
     * Each article's {@link StoryTerms}: its lead embedded (one batch), its resolved entities and mentions
     * ({@code resolvedIndexes} from {@link #resolvedIndexes}), its words and date. Article by article: the
     * same terms whatever other articles come with it.
     */
    public List<StoryTerms> terms(List<AnalyzedArticle> articles, Map<String, Integer> resolvedIndexes) {
        List<float[]> embeddings = embedLeads(articles);
        List<StoryTerms> terms = new ArrayList<>(articles.size());
        for (int a = 0; a < articles.size(); a++) {
            AnalyzedArticle article = articles.get(a);
            int[] entities = entitySet(article, resolvedIndexes);
            Map<String, Integer> words = SalientTerms.words(article.article().text());
            terms.add(new StoryTerms(embeddings.get(a), entities, mentionCounts(article, entities, resolvedIndexes),
                    new ArrayList<>(words.keySet()), words.values().stream().mapToInt(Integer::intValue).toArray(),
                    article.article().published()));
        }
        return terms;
    }

    /**
     * An article's profile in a corpus of {@code articles}: its salient entities and words weighed by their
     * rarity ({@link SalientTerms}), given how many articles use each entity ({@code entityUsers}, over the
     * entities each article mentions) and its words' numbers in the corpus ({@code wordIndexes}, in order of
     * first use over the articles in input order) and users ({@code wordUsers}), aligned with its words.
     */
    public ArticleProfile profile(StoryTerms terms, int articles, IntUnaryOperator entityUsers, int[] wordIndexes,
            int[] wordUsers) {
        Map<Integer, Integer> words = new HashMap<>();
        Map<Integer, Integer> users = new HashMap<>();
        for (int w = 0; w < wordIndexes.length; w++) {
            words.put(wordIndexes[w], terms.wordCounts()[w]);
            users.put(wordIndexes[w], wordUsers[w]);
        }
        return new ArticleProfile(terms.embedding(),
                SalientTerms.weighOne(terms.entityMentions(), entityUsers, articles, settings.salientTerms()),
                SalientTerms.weighOne(words, users::get, articles, settings.salientTerms()), terms.published());
    }

    /**
     * An article's blocking keys for candidate pairs: its {@link StorySettings#rareEntityKeys()} rarest
     * resolved entities that another article names too ({@code entityFrequency}: how many articles name each),
     * then the bands of its embedding's hash.
     */
    public List<String> blockingKeys(StoryTerms terms, IntUnaryOperator entityFrequency) {
        List<String> keys = new ArrayList<>();
        Integer[] shared = Arrays.stream(terms.entities()).filter(entity -> entityFrequency.applyAsInt(entity) > 1).boxed()
                .sorted(Comparator.comparingInt((Integer entity) -> entityFrequency.applyAsInt(entity)).thenComparing(e -> e))
                .toArray(Integer[]::new);
        for (int k = 0; k < Math.min(settings.rareEntityKeys(), shared.length); k++) {
            keys.add("e" + shared[k]);
        }
        int[] bands = hash.bandKeys(terms.embedding());
        for (int band = 0; band < bands.length; band++) {
            keys.add("h" + band + ":" + bands[band]);
        }
        return keys;
    }

    /** The blocks of candidate pairs ({@link Blocks}) the finder compares by: {@link StorySettings#fullBlock()}, {@link StorySettings#window()}. */
    public Blocks blocks() {
        return new Blocks(settings.fullBlock(), settings.window());
    }

    /** The order in which a large block of articles is compared by windows: by publication date, then input order. */
    public static Comparator<Integer> byDate(List<StoryTerms> terms) {
        return Comparator.comparing((Integer a) -> terms.get(a).published().orElse(LocalDate.MIN)).thenComparing(a -> a);
    }

    /** Candidate pairs packed as {@code a << 32 | b} ({@code a < b}), unpacked in ascending order: the order the finder reads them in. */
    public static List<long[]> pairs(Collection<Long> packed) {
        List<long[]> pairs = new ArrayList<>(packed.size());
        packed.stream().sorted().forEach(pair -> pairs.add(new long[] {pair >>> 32, (int) (long) pair}));
        return pairs;
    }

    /** How alike two articles are, as the finder scores a candidate pair ({@code a} the earlier in input order). */
    public double similarity(ArticleProfile a, ArticleProfile b) {
        return similarity(StoryCluster.of(a), StoryCluster.of(b));
    }

    /** The similarity at which two groups of articles are one story. */
    public double joinThreshold() {
        return settings.joinThreshold();
    }

    /**
     * Average-linkage grouping over the candidate pairs ({@code a < b}, indexes into {@code profiles}), most
     * similar pair first, in two passes: the disjoint sets of the stories. Only pairs scoring at least
     * {@link #joinThreshold()} ever join two sets, and a join changes only the two sets it joins, so each
     * connected group of such pairs may be grouped apart, its articles in input order, to the same sets.
     */
    public DisjointSets link(List<ArticleProfile> profiles, List<long[]> pairs) {
        return group(profiles, pairs);
    }

    /**
     * The stories, once {@code sets} holds the average-linkage grouping of every article ({@link #link}): their
     * plans ({@link #plan}), each assembled ({@link #assemble}).
     */
    public List<StoryGroup> stories(List<AnalyzedArticle> articles, List<StoryTerms> terms, List<ArticleProfile> profiles,
            List<long[]> pairs, DisjointSets sets, EntityResolution entities) {
        List<StoryGroup> stories = new ArrayList<>();
        for (StoryPlan plan : plan(terms, profiles, pairs, sets)) {
            stories.add(assemble(plan, articles::get, terms::get, entities));
        }
        return stories;
    }

    /**
     * The stories' plans, once {@code sets} holds the average-linkage grouping of every article ({@link #link}):
     * whole stories that the story pair model judges one joined ({@link WholeStoryMerger}, in {@code sets}), stories
     * that cover one dated event joined ({@link StoryMerger}, in {@code sets}), and the articles that also join
     * a second story added to it. Story ids are {@code s<n>} in order of their first article. It reads the terms'
     * embeddings, entity mentions and dates, not their words.
     */
    public List<StoryPlan> plan(List<StoryTerms> terms, List<ArticleProfile> profiles, List<long[]> pairs, DisjointSets sets) {
        storyModel.ifPresent(model -> new WholeStoryMerger(model).merge(profiles, pairs, sets));
        joinEventCoverage(terms, sets);
        Map<Integer, List<Integer>> components = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            components.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Set<Integer>> joiners = joiners(pairs, sets, components, profiles);
        Set<Integer> joined = new HashSet<>();
        joiners.values().forEach(joined::addAll);
        List<StoryPlan> plans = new ArrayList<>(components.size());
        for (Map.Entry<Integer, List<Integer>> component : components.entrySet()) {
            if (component.getValue().size() == 1 && joined.contains(component.getValue().get(0))) {
                continue;
            }
            List<Integer> members = new ArrayList<>(component.getValue());
            members.addAll(joiners.getOrDefault(component.getKey(), Set.of()));
            plans.add(new StoryPlan("s" + (plans.size() + 1), members, component.getValue().size()));
        }
        return plans;
    }

    /**
     * A story's title, summary and shared entities, from its articles and their terms ({@code articles} and
     * {@code terms} give them by index, for the plan's members): a function of the story alone.
     */
    public StoryGroup assemble(StoryPlan plan, IntFunction<AnalyzedArticle> articles, IntFunction<StoryTerms> terms,
            EntityResolution entities) {
        List<float[]> own = new ArrayList<>(plan.own());
        plan.members().subList(0, plan.own()).forEach(member -> own.add(terms.apply(member).embedding()));
        return story(plan.id(), plan.members(), articles, terms, entities, Vectors.centroid(own, own.get(0).length));
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

    /** Joins the linked stories that cover one event ({@link StoryMerger}), in {@code sets}. */
    private void joinEventCoverage(List<StoryTerms> terms, DisjointSets sets) {
        Map<Integer, List<Integer>> linked = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            linked.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> stories = new ArrayList<>(linked.values());
        List<float[]> embeddings = new ArrayList<>(terms.size());
        List<Optional<LocalDate>> dates = new ArrayList<>(terms.size());
        List<Map<Integer, Integer>> mentions = new ArrayList<>(terms.size());
        for (StoryTerms article : terms) {
            embeddings.add(article.embedding());
            dates.add(article.published());
            mentions.add(article.entityMentions());
        }
        StoryMerger merger = new StoryMerger(settings.eventMerge(), settings.fullBlock(), settings.window());
        for (List<Integer> group : merger.merge(stories, embeddings, dates, mentions)) {
            for (int story : group.subList(1, group.size())) {
                sets.union(stories.get(group.get(0)).get(0), stories.get(story).get(0));
            }
        }
    }

    /** How often an article mentions each resolved entity (at least once for each it names). */
    private static Map<Integer, Integer> mentionCounts(AnalyzedArticle article, int[] entitySet,
            Map<String, Integer> resolvedIndexes) {
        Map<Integer, Integer> count = new HashMap<>();
        for (Mention mention : article.annotations().mentions()) {
            mention.entity().map(resolvedIndexes::get).ifPresent(entity -> count.merge(entity, 1, Integer::sum));
        }
        for (int entity : entitySet) {
            count.putIfAbsent(entity, 1);
        }
        return count;
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

    /** The sorted indexes of the resolved entities an article names. */
    private static int[] entitySet(AnalyzedArticle article, Map<String, Integer> resolvedIndexes) {
        Set<Integer> ids = new HashSet<>();
        for (ArticleEntity entity : article.annotations().entities()) {
            Optional.ofNullable(resolvedIndexes.get(entity.id())).ifPresent(ids::add);
        }
        return ids.stream().mapToInt(Integer::intValue).sorted().toArray();
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

    private StoryGroup story(String id, List<Integer> members, IntFunction<AnalyzedArticle> articles,
            IntFunction<StoryTerms> terms, EntityResolution entities, float[] centroid) {
        List<Integer> byCentrality = new ArrayList<>(members);
        byCentrality.sort(Comparator.comparingDouble((Integer a) -> -Vectors.dot(terms.apply(a).embedding(), centroid))
                .thenComparing(a -> a));
        List<Candidate> sentences = summaryCandidates(byCentrality, articles, centroid);
        Optional<String> headline = byCentrality.stream().map(a -> articles.apply(a).article().title())
                .flatMap(Optional::stream).filter(title -> !title.isBlank()).findFirst();
        String title = headline.orElseGet(() -> sentences.isEmpty()
                ? articles.apply(byCentrality.get(0)).article().id() : sentences.get(0).text());
        List<String> articleIds = new ArrayList<>(members.size());
        members.forEach(member -> articleIds.add(articles.apply(member).article().id()));
        List<Candidate> withoutTitle = new ArrayList<>(sentences);
        withoutTitle.removeIf(candidate -> candidate.text().equals(title));
        return new StoryGroup(id, title, summary(withoutTitle), articleIds, sharedEntities(members, terms, entities));
    }

    private record Candidate(int article, String articleId, Span span, String text, float[] embedding, float score) {
    }

    /** Lead sentences of the most central articles, nearest to the centroid first. */
    private List<Candidate> summaryCandidates(List<Integer> byCentrality, IntFunction<AnalyzedArticle> articles,
            float[] centroid) {
        List<Integer> articleOf = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int a : byCentrality.subList(0, Math.min(CENTRAL_ARTICLES, byCentrality.size()))) {
            String text = articles.apply(a).article().text();
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
            candidates.add(new Candidate(a, articles.apply(a).article().id(), spans.get(i), texts.get(i), vectors.get(i),
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
    private static List<String> sharedEntities(List<Integer> members, IntFunction<StoryTerms> terms, EntityResolution entities) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int member : members) {
            for (int entity : terms.apply(member).entities()) {
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
