package org.parallax.crossarticle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Supplier;
import org.parallax.crossarticle.claims.ClaimMatching;
import org.parallax.crossarticle.claims.StatementClaimAligner;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.model.CalendarValue;
import org.parallax.crossarticle.events.SentenceEventFinder;
import org.parallax.crossarticle.stories.EmbeddingStoryFinder;
import org.parallax.crossarticle.stance.StanceJudge;
import org.parallax.crossarticle.stance.StanceModel;
import org.parallax.crossarticle.stories.CachingTextEmbedder;
import org.parallax.crossarticle.stories.EmbeddingCache;
import org.parallax.crossarticle.stories.OnnxTextEmbedder;
import org.parallax.crossarticle.stories.StorySettings;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.Outlets;
import org.parallax.model.Claim;
import org.parallax.model.CrossArticle;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.Speaker;
import org.parallax.model.Evidence;
import org.parallax.model.Story;

/**
 * The cross-article layer: resolves entities across articles, groups articles into stories, puts
 * their events on one timeline and aligns their claims across outlets.
 *
 * <p>Each step is a replaceable strategy; this class only orders them and assembles the result:
 * a story's cast is the entities its articles share, then whoever they quote and the participants of its
 * events; its events are those with evidence in its articles, in timeline order (dated first, by
 * the calendar: a week of March after March's first days, see {@link CalendarValue}), and claim ids are made unique across stories.
 */
public final class CrossArticleAnalyzer {

    /** The name of the standard embedding model in the keys of its cached embeddings ({@link CachingTextEmbedder#key}). */
    public static final String STANDARD_EMBEDDING_MODEL = "all-MiniLM-L6-v2-q";

    private final EntityResolver entityResolver;
    private final StoryFinder storyFinder;
    private final EventFinder eventFinder;
    private final ClaimAligner claimAligner;
    /** The embedder the strategies share, when it can look texts up in a cache ({@link #withEmbeddingCache}). */
    private final Optional<CachingTextEmbedder> embedder;

    public CrossArticleAnalyzer(EntityResolver entityResolver, StoryFinder storyFinder, EventFinder eventFinder,
            ClaimAligner claimAligner) {
        this(entityResolver, storyFinder, eventFinder, claimAligner, Optional.empty());
    }

    /**
     * A layer whose strategies embed texts through {@code embedder}, so that {@link #withEmbeddingCache}
     * can hand them the embeddings a store keeps.
     */
    public CrossArticleAnalyzer(EntityResolver entityResolver, StoryFinder storyFinder, EventFinder eventFinder,
            ClaimAligner claimAligner, Optional<CachingTextEmbedder> embedder) {
        this.entityResolver = Objects.requireNonNull(entityResolver, "entityResolver");
        this.storyFinder = Objects.requireNonNull(storyFinder, "storyFinder");
        this.eventFinder = Objects.requireNonNull(eventFinder, "eventFinder");
        this.claimAligner = Objects.requireNonNull(claimAligner, "claimAligner");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    /**
     * The standard layer: names resolved across spellings, stories grouped with an in-process ONNX
     * sentence-embedding model (all-MiniLM-L6-v2, quantized) plus shared entities and dates, events
     * merged across articles, claims aligned across outlets by content words and, with the same
     * embedding model (loaded once, shared), by paraphrase, each report's stance to its claim also
     * judged by the trained stance model that {@code parallax check} uses. The embedding model is reached
     * through a {@link CachingTextEmbedder}, so a store's kept embeddings can be used ({@link #withEmbeddingCache}).
     */
    public static CrossArticleAnalyzer standard() {
        CachingTextEmbedder embedder = new CachingTextEmbedder(new OnnxTextEmbedder(), STANDARD_EMBEDDING_MODEL);
        return new CrossArticleAnalyzer(new NameEntityResolver(),
                new EmbeddingStoryFinder(embedder, StorySettings.defaults()),
                SentenceEventFinder.trained(embedder), new StatementClaimAligner(ClaimMatching.standard(), embedder,
                        new StanceJudge(embedder, StanceModel.standard())), Optional.of(embedder));
    }

    /**
     * Runs {@code work} (an {@link #analyze} or {@link #extend} of this layer) with {@code cache} as the
     * place where texts' embeddings are looked up first and kept: only texts it does not hold are
     * embedded by the model. A layer built without a {@link CachingTextEmbedder} just runs the work.
     */
    public <T> T withEmbeddingCache(EmbeddingCache cache, Supplier<T> work) {
        Objects.requireNonNull(cache, "cache");
        return embedder.isPresent() ? embedder.get().using(cache, work) : work.get();
    }

    /** The caching embedder the strategies share, if this layer has one (to count what it embedded). */
    public Optional<CachingTextEmbedder> cachingEmbedder() {
        return embedder;
    }

    /**
     * This layer with another entity resolver and the same story finder, event finder and claim aligner
     * (models shared): for callers that resolve entities otherwise, as the Spark job does by connected groups.
     */
    public CrossArticleAnalyzer withEntityResolver(EntityResolver resolver) {
        return new CrossArticleAnalyzer(resolver, storyFinder, eventFinder, claimAligner, embedder);
    }

    /**
     * This layer with another story finder and the same entity resolver, event finder and claim aligner: for
     * callers that group stories otherwise, as the Spark job does by connected groups of candidate pairs.
     */
    public CrossArticleAnalyzer withStoryFinder(StoryFinder finder) {
        return new CrossArticleAnalyzer(entityResolver, finder, eventFinder, claimAligner, embedder);
    }

    /**
     * This layer with another claim aligner and the same entity resolver, story finder and event finder: for
     * callers that align claims otherwise, as the Spark job does story by story in parallel.
     */
    public CrossArticleAnalyzer withClaimAligner(ClaimAligner aligner) {
        return new CrossArticleAnalyzer(entityResolver, storyFinder, eventFinder, aligner, embedder);
    }

    /** The claim aligner of this layer (the Spark job aligns each story's claims with it in a task of its own). */
    public ClaimAligner claimAligner() {
        return claimAligner;
    }

    /**
     * This layer with another event finder and the same entity resolver, story finder and claim aligner: for
     * events found elsewhere (the Spark job finds them in distributed steps and gives them to the account).
     */
    public CrossArticleAnalyzer withEventFinder(EventFinder finder) {
        return new CrossArticleAnalyzer(entityResolver, storyFinder, finder, claimAligner, embedder);
    }

    /** The event finder of this layer (the Spark job calls its functions step by step). */
    public EventFinder eventFinder() {
        return eventFinder;
    }

    /** The story finder of this layer (the Spark job calls its functions step by step). */
    public StoryFinder storyFinder() {
        return storyFinder;
    }

    public CrossArticle analyze(List<AnalyzedArticle> articles) {
        return analyze(articles, CrossArticleListener.NONE);
    }

    /**
     * The cross-article account of {@code articles}, telling {@code listener} how far it has got. A text that several
     * steps embed (a sentence that the event pair model and the claim aligner both read) is embedded once.
     */
    public CrossArticle analyze(List<AnalyzedArticle> articles, CrossArticleListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (articles.isEmpty()) {
            return CrossArticle.empty();
        }
        return remembering(() -> account(articles, listener));
    }

    /** Runs {@code work} with the shared embedder remembering what it embeds ({@link CachingTextEmbedder#remembering}). */
    private <T> T remembering(Supplier<T> work) {
        return embedder.isPresent() ? embedder.get().remembering(work) : work.get();
    }

    private CrossArticle account(List<AnalyzedArticle> articles, CrossArticleListener listener) {
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        articles.forEach(article -> byId.put(article.article().id(), article));
        listener.step(CrossArticleListener.Step.ENTITIES, 0, 1);
        EntityResolution resolution = entityResolver.resolve(articles);
        listener.step(CrossArticleListener.Step.EVENTS, 0, 1);
        List<Event> events = timeline(eventFinder.find(articles, resolution));
        TimelineIndex timeline = TimelineIndex.of(events);
        listener.step(CrossArticleListener.Step.STORIES, 0, 1);
        List<StoryGroup> groups = storyFinder.find(articles, resolution);
        List<Story> stories = new ArrayList<>();
        int claimNumber = 0;
        for (StoryGroup group : groups) {
            listener.step(CrossArticleListener.Step.CLAIMS, stories.size(), groups.size());
            List<AnalyzedArticle> members = members(group, byId);
            List<Claim> claims = new ArrayList<>();
            for (Claim claim : claimAligner.align(group, members, resolution)) {
                claims.add(claim.withId("c" + (++claimNumber)));
            }
            stories.add(story(group, members, claims, timeline, resolution));
        }
        return new CrossArticle(resolution.entities(), events, stories);
    }

    /**
     * The account {@code account} (kept earlier, over articles {@code stored} can read) with the
     * {@code added} articles joined to it, recomputing only what they touch: their entities are
     * resolved against the existing ones ({@link IncrementalEntityResolver#extend}); the stories
     * that share one of an added article's rarer entities are grouped again together with the added
     * articles by the story finder, the same average-linkage criterion (so an added article joins
     * the story it is close to, starts one where none fits, and the stories it touches may regroup);
     * events are found again over the articles of those stories (events with evidence outside them
     * are kept as they were), and claims are aligned again for the regrouped stories only. Ids stay
     * stable ({@link AccountIds}): whatever keeps most of what it was keeps its id.
     *
     * <p>The result differs from {@link #analyze} over all the articles where a decision depends on
     * articles outside what was recomputed (a one-token name that an added full name makes
     * ambiguous; two existing entities an added name would have bridged; a story an added article
     * is close to but shares no rarer entity with): see docs/store.md for the measured difference.
     *
     * @throws IllegalStateException when this layer's entity resolver cannot resolve incrementally
     */
    public CrossArticle extend(CrossArticle account, List<AnalyzedArticle> added, ArticleLookup stored,
            CrossArticleListener listener) {
        return extend(AccountView.of(account), added, stored, listener).applyTo(account);
    }

    /**
     * {@link #extend(CrossArticle, List, ArticleLookup, CrossArticleListener)} over the parts of an account that
     * {@code view} serves (a store's, by index): the same decisions, reading only the entities the added
     * articles may join, the stories their rarer entities pick (and those sharing an article with them) and
     * those stories' events, and giving back what changed. {@link AccountChange#applyTo} of the whole
     * account is what the whole-account extend gives.
     *
     * @throws IllegalStateException when this layer's entity resolver cannot resolve incrementally
     */
    public AccountChange extend(AccountView view, List<AnalyzedArticle> added, ArticleLookup stored,
            CrossArticleListener listener) {
        Objects.requireNonNull(view, "view");
        if (!(entityResolver instanceof IncrementalEntityResolver incremental)) {
            throw new IllegalStateException("the entity resolver " + entityResolver.getClass().getName()
                    + " cannot add articles to an account; recompute it with analyze");
        }
        return remembering(() -> new IncrementalAnalysis(incremental, storyFinder, eventFinder, claimAligner)
                .extend(view, added, stored, listener));
    }

    /** The articles of a story group, found by id. */
    static List<AnalyzedArticle> members(StoryGroup group, Map<String, AnalyzedArticle> byId) {
        List<AnalyzedArticle> members = new ArrayList<>();
        for (String id : group.articles()) {
            AnalyzedArticle member = byId.get(id);
            if (member == null) {
                throw new IllegalStateException("story " + group.id() + " names unknown article " + id);
            }
            members.add(member);
        }
        return members;
    }

    /**
     * A story of a group of articles, with its claims: its events found through its articles on {@code timeline}, its
     * cast, its outlets. It reads the story's own articles only, so the Spark job makes each story in a task of its own.
     */
    public static Story story(StoryGroup group, List<AnalyzedArticle> members, List<Claim> claims, TimelineIndex timeline,
            EntityResolution resolution) {
        Set<String> outlets = new LinkedHashSet<>();
        members.forEach(member -> outlets.add(outletOf(member)));
        SortedSet<Integer> places = timeline.placesOf(group.articles());
        List<String> storyEvents = new ArrayList<>(places.size());
        places.forEach(place -> storyEvents.add(timeline.ids().get(place)));
        return new Story(group.id(), group.title(), group.summary(), group.articles(),
                cast(group, members, places, timeline, resolution), storyEvents, claims, List.copyOf(outlets));
    }

    /**
     * A story's cast: the entities its articles share (as the story finder gives them), then whoever
     * its articles quote, then the participants of its events (at {@code places} on the timeline), each once. A
     * journalist reading the story expects its speakers in the cast even when only one outlet quotes them.
     */
    private static List<String> cast(StoryGroup group, List<AnalyzedArticle> members, SortedSet<Integer> places,
            TimelineIndex timeline, EntityResolution resolution) {
        Set<String> cast = new LinkedHashSet<>(group.entities());
        for (AnalyzedArticle member : members) {
            for (Quote quote : member.annotations().quotes()) {
                quote.speaker().flatMap(Speaker::entity).flatMap(resolution::resolve).ifPresent(cast::add);
            }
        }
        for (int place : places) {
            cast.addAll(timeline.participants().get(place));
        }
        return List.copyOf(cast);
    }

    /** The outlet an article's claims are credited to: {@link Outlets#of(Article)}, never a file path. */
    public static String outletOf(AnalyzedArticle article) {
        return Outlets.of(article.article());
    }

    /** Events on one timeline: dated first, by the calendar, then the undated, each group in the order given. */
    public static List<Event> timeline(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((Event event) -> event.date().flatMap(CalendarValue::parse),
                Comparator.comparing((Optional<CalendarValue> date) -> date.isEmpty())
                        .thenComparing(date -> date.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))));
        return sorted;
    }
}
