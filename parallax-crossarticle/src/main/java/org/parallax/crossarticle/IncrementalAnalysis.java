package org.parallax.crossarticle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.ArticleEntity;
import org.parallax.model.Claim;
import org.parallax.model.CrossArticle;
import org.parallax.model.Event;
import org.parallax.model.Story;

/**
 * Joins new articles to an existing account, recomputing only what they touch; the contract is
 * {@link CrossArticleAnalyzer#extend}'s. The steps run in the layer's order and call the same
 * strategies as the whole-corpus path, over the touched part of the corpus only.
 */
final class IncrementalAnalysis {

    /**
     * How many of an added article's resolved entities (the rarest across stories) pick the stories
     * it is compared with, as the story finder's blocking uses an article's rarest entities.
     */
    private static final int RARE_ENTITIES = 3;

    /**
     * An entity in more stories than this (a country, a head of state) picks none: it says little
     * about which story an article belongs to, and would bring in a large part of the corpus.
     */
    private static final int MOST_STORIES_PER_ENTITY = 32;

    private final IncrementalEntityResolver entityResolver;
    private final StoryFinder storyFinder;
    private final EventFinder eventFinder;
    private final ClaimAligner claimAligner;

    IncrementalAnalysis(IncrementalEntityResolver entityResolver, StoryFinder storyFinder, EventFinder eventFinder,
            ClaimAligner claimAligner) {
        this.entityResolver = entityResolver;
        this.storyFinder = storyFinder;
        this.eventFinder = eventFinder;
        this.claimAligner = claimAligner;
    }

    CrossArticle extend(CrossArticle account, List<AnalyzedArticle> added, ArticleLookup stored, CrossArticleListener listener) {
        if (added.isEmpty()) {
            return account;
        }
        listener.step(CrossArticleListener.Step.ENTITIES, 0, 1);
        EntityResolution resolution = entityResolver.extend(account.entities(), added);
        listener.step(CrossArticleListener.Step.STORIES, 0, 1);
        Set<String> touched = touchedStories(account, added, resolution);
        Set<String> addedIds = new HashSet<>();
        added.forEach(article -> addedIds.add(article.article().id()));
        Set<String> earlier = new LinkedHashSet<>();
        for (Story story : account.stories()) {
            if (touched.contains(story.id())) {
                story.articles().stream().filter(id -> !addedIds.contains(id)).forEach(earlier::add);
            }
        }
        List<AnalyzedArticle> local = new ArrayList<>(stored.read(earlier));
        local.sort(Comparator.comparing(article -> article.article().id()));
        local.addAll(added);
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        local.forEach(article -> byId.put(article.article().id(), article));
        List<StoryGroup> groups = storyFinder.find(local, resolution);

        listener.step(CrossArticleListener.Step.EVENTS, 0, 1);
        List<Event> events = CrossArticleAnalyzer.timeline(events(account, local, byId.keySet(), resolution));
        Map<String, List<Integer>> eventsByArticle = CrossArticleAnalyzer.eventsByArticle(events);
        Map<String, Event> eventsById = new HashMap<>();
        events.forEach(event -> eventsById.put(event.id(), event));

        List<Story> stories = new ArrayList<>();
        for (Story story : account.stories()) {
            if (!touched.contains(story.id())) {
                stories.add(new Story(story.id(), story.title(), story.summary(), story.articles(), story.entities(),
                        CrossArticleAnalyzer.eventsOf(events, eventsByArticle, story.articles()), story.claims(), story.outlets()));
            }
        }
        int storyNumber = AccountIds.maxNumber(account.stories().stream().map(Story::id).toList(), "s");
        int claimNumber = AccountIds.maxNumber(AccountIds.claims(account).stream().map(Claim::id).toList(), "c");
        for (StoryGroup found : groups) {
            listener.step(CrossArticleListener.Step.CLAIMS, stories.size(), account.stories().size() + groups.size());
            StoryGroup group = new StoryGroup("s" + (++storyNumber), found.title(), found.summary(), found.articles(),
                    found.entities());
            List<AnalyzedArticle> members = CrossArticleAnalyzer.members(group, byId);
            List<Claim> claims = new ArrayList<>();
            for (Claim claim : claimAligner.align(group, members, resolution)) {
                claims.add(claim.withId("c" + (++claimNumber)));
            }
            stories.add(CrossArticleAnalyzer.story(group, members, claims, events, eventsByArticle, eventsById, resolution));
        }
        CrossArticle stable = AccountIds.stabilize(account, new CrossArticle(resolution.entities(), events, stories));
        List<Story> ordered = new ArrayList<>(stable.stories());
        ordered.sort(Comparator.comparingInt((Story story) -> AccountIds.maxNumber(List.of(story.id()), "s")));
        return new CrossArticle(stable.entities(), stable.events(), ordered);
    }

    /**
     * The stories an added article is compared with: for each added article, the stories whose cast
     * holds one of its {@link #RARE_ENTITIES} rarest resolved entities (by the number of stories
     * holding them, at most {@link #MOST_STORIES_PER_ENTITY}).
     */
    private static Set<String> touchedStories(CrossArticle account, List<AnalyzedArticle> added, EntityResolution resolution) {
        Map<String, List<String>> storiesByEntity = new HashMap<>();
        for (Story story : account.stories()) {
            for (String entity : new LinkedHashSet<>(story.entities())) {
                storiesByEntity.computeIfAbsent(entity, key -> new ArrayList<>()).add(story.id());
            }
        }
        Set<String> touched = new LinkedHashSet<>();
        for (AnalyzedArticle article : added) {
            Set<String> entities = new LinkedHashSet<>();
            for (ArticleEntity entity : article.annotations().entities()) {
                resolution.resolve(entity.id()).ifPresent(entities::add);
            }
            entities.stream()
                    .filter(entity -> storiesByEntity.containsKey(entity)
                            && storiesByEntity.get(entity).size() <= MOST_STORIES_PER_ENTITY)
                    .sorted(Comparator.comparingInt((String entity) -> storiesByEntity.get(entity).size())
                            .thenComparing(entity -> entity))
                    .limit(RARE_ENTITIES)
                    .forEach(entity -> touched.addAll(storiesByEntity.get(entity)));
        }
        return touched;
    }

    /**
     * The timeline's events: those found again over the touched articles, and the earlier ones
     * with evidence outside them, kept as they were (an event found again whose every sentence a
     * kept one holds is left out: the kept ones report it). Found events are numbered after the
     * earlier ones, for {@link AccountIds} to match.
     */
    private List<Event> events(CrossArticle account, List<AnalyzedArticle> local, Set<String> localIds,
            EntityResolution resolution) {
        List<Event> events = new ArrayList<>();
        Set<String> keptEvidence = new HashSet<>();
        for (Event event : account.events()) {
            boolean inside = event.evidence().stream().allMatch(evidence -> localIds.contains(evidence.article()));
            if (!inside) {
                events.add(event);
                event.evidence().forEach(evidence -> keptEvidence.add(AccountIds.key(evidence)));
            }
        }
        int number = AccountIds.maxNumber(account.events().stream().map(Event::id).toList(), "v");
        for (Event found : eventFinder.find(local, resolution)) {
            if (!found.evidence().stream().allMatch(evidence -> keptEvidence.contains(AccountIds.key(evidence)))) {
                events.add(new Event("v" + (++number), found.date(), found.dates(), found.summary(), found.participants(),
                        found.place(), found.evidence(), found.mentions()));
            }
        }
        return events;
    }
}
