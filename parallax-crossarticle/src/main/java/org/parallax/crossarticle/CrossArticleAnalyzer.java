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
import java.util.TreeSet;
import org.parallax.crossarticle.claims.ClaimMatching;
import org.parallax.crossarticle.claims.StatementClaimAligner;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.model.CalendarValue;
import org.parallax.crossarticle.events.SentenceEventFinder;
import org.parallax.crossarticle.stories.EmbeddingStoryFinder;
import org.parallax.crossarticle.stance.StanceJudge;
import org.parallax.crossarticle.stance.StanceModel;
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

    private final EntityResolver entityResolver;
    private final StoryFinder storyFinder;
    private final EventFinder eventFinder;
    private final ClaimAligner claimAligner;

    public CrossArticleAnalyzer(EntityResolver entityResolver, StoryFinder storyFinder, EventFinder eventFinder,
            ClaimAligner claimAligner) {
        this.entityResolver = Objects.requireNonNull(entityResolver, "entityResolver");
        this.storyFinder = Objects.requireNonNull(storyFinder, "storyFinder");
        this.eventFinder = Objects.requireNonNull(eventFinder, "eventFinder");
        this.claimAligner = Objects.requireNonNull(claimAligner, "claimAligner");
    }

    /**
     * The standard layer: names resolved across spellings, stories grouped with an in-process ONNX
     * sentence-embedding model (all-MiniLM-L6-v2, quantized) plus shared entities and dates, events
     * merged across articles, claims aligned across outlets by content words and, with the same
     * embedding model (loaded once, shared), by paraphrase, each report's stance to its claim also
     * judged by the trained stance model that {@code parallax check} uses.
     */
    public static CrossArticleAnalyzer standard() {
        OnnxTextEmbedder embedder = new OnnxTextEmbedder();
        return new CrossArticleAnalyzer(new NameEntityResolver(),
                new EmbeddingStoryFinder(embedder, StorySettings.defaults()),
                new SentenceEventFinder(), new StatementClaimAligner(ClaimMatching.standard(), embedder,
                        new StanceJudge(embedder, StanceModel.standard())));
    }

    /**
     * This layer with another entity resolver and the same story finder, event finder and claim aligner
     * (models shared): for callers that resolve entities otherwise, as the Spark job does by connected groups.
     */
    public CrossArticleAnalyzer withEntityResolver(EntityResolver resolver) {
        return new CrossArticleAnalyzer(resolver, storyFinder, eventFinder, claimAligner);
    }

    public CrossArticle analyze(List<AnalyzedArticle> articles) {
        return analyze(articles, CrossArticleListener.NONE);
    }

    /** The cross-article account of {@code articles}, telling {@code listener} how far it has got. */
    public CrossArticle analyze(List<AnalyzedArticle> articles, CrossArticleListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (articles.isEmpty()) {
            return CrossArticle.empty();
        }
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        articles.forEach(article -> byId.put(article.article().id(), article));
        listener.step(CrossArticleListener.Step.ENTITIES, 0, 1);
        EntityResolution resolution = entityResolver.resolve(articles);
        listener.step(CrossArticleListener.Step.EVENTS, 0, 1);
        List<Event> events = timeline(eventFinder.find(articles, resolution));
        Map<String, List<Integer>> eventsByArticle = eventsByArticle(events);
        Map<String, Event> eventsById = new HashMap<>();
        events.forEach(event -> eventsById.put(event.id(), event));
        listener.step(CrossArticleListener.Step.STORIES, 0, 1);
        List<StoryGroup> groups = storyFinder.find(articles, resolution);
        List<Story> stories = new ArrayList<>();
        int claimNumber = 0;
        for (StoryGroup group : groups) {
            listener.step(CrossArticleListener.Step.CLAIMS, stories.size(), groups.size());
            List<AnalyzedArticle> members = new ArrayList<>();
            Set<String> outlets = new LinkedHashSet<>();
            for (String id : group.articles()) {
                AnalyzedArticle member = byId.get(id);
                if (member == null) {
                    throw new IllegalStateException("story " + group.id() + " names unknown article " + id);
                }
                members.add(member);
                outlets.add(outletOf(member));
            }
            List<Claim> claims = new ArrayList<>();
            for (Claim claim : claimAligner.align(group, members, resolution)) {
                claims.add(claim.withId("c" + (++claimNumber)));
            }
            List<String> storyEvents = eventsOf(events, eventsByArticle, group.articles());
            stories.add(new Story(group.id(), group.title(), group.summary(), group.articles(),
                    cast(group, members, storyEvents, eventsById, resolution), storyEvents, claims, List.copyOf(outlets)));
        }
        return new CrossArticle(resolution.entities(), events, stories);
    }

    /**
     * A story's cast: the entities its articles share (as the story finder gives them), then whoever
     * its articles quote, then the participants of its events, each once. A journalist reading the
     * story expects its speakers in the cast even when only one outlet quotes them.
     */
    private static List<String> cast(StoryGroup group, List<AnalyzedArticle> members, List<String> storyEvents,
            Map<String, Event> eventsById, EntityResolution resolution) {
        Set<String> cast = new LinkedHashSet<>(group.entities());
        for (AnalyzedArticle member : members) {
            for (Quote quote : member.annotations().quotes()) {
                quote.speaker().flatMap(Speaker::entity).flatMap(resolution::resolve).ifPresent(cast::add);
            }
        }
        for (String id : storyEvents) {
            cast.addAll(eventsById.get(id).participants());
        }
        return List.copyOf(cast);
    }

    /** The outlet an article's claims are credited to: {@link Outlets#of(Article)}, never a file path. */
    public static String outletOf(AnalyzedArticle article) {
        return Outlets.of(article.article());
    }

    private static List<Event> timeline(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((Event event) -> event.date().flatMap(CalendarValue::parse),
                Comparator.comparing((Optional<CalendarValue> date) -> date.isEmpty())
                        .thenComparing(date -> date.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))));
        return sorted;
    }

    /** For each article, the timeline positions of the events with evidence in it. */
    private static Map<String, List<Integer>> eventsByArticle(List<Event> timeline) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int position = 0; position < timeline.size(); position++) {
            for (Evidence evidence : timeline.get(position).evidence()) {
                List<Integer> positions = index.computeIfAbsent(evidence.article(), key -> new ArrayList<>());
                if (positions.isEmpty() || positions.get(positions.size() - 1).intValue() != position) {
                    positions.add(position);
                }
            }
        }
        return index;
    }

    /** A story's events in timeline order, found through its articles (not by scanning every event). */
    private static List<String> eventsOf(List<Event> timeline, Map<String, List<Integer>> eventsByArticle, List<String> articles) {
        TreeSet<Integer> positions = new TreeSet<>();
        for (String article : articles) {
            positions.addAll(eventsByArticle.getOrDefault(article, List.of()));
        }
        List<String> ids = new ArrayList<>(positions.size());
        positions.forEach(position -> ids.add(timeline.get(position).id()));
        return ids;
    }
}
