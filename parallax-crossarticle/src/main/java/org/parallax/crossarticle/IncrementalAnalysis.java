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
import org.parallax.model.Entity;
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

    /**
     * The change that joining {@code added} to the account {@code view} serves makes: see {@link AccountChange}
     * and {@link CrossArticleAnalyzer#extend(AccountView, List, ArticleLookup, CrossArticleListener)}.
     */
    AccountChange extend(AccountView view, List<AnalyzedArticle> added, ArticleLookup stored, CrossArticleListener listener) {
        if (added.isEmpty()) {
            return new AccountChange(CrossArticle.empty(), CrossArticle.empty());
        }
        AccountNumbers numbers = view.numbers();
        listener.step(CrossArticleListener.Step.ENTITIES, 0, 1);
        List<Entity> nearEntities = view.entities(added, List.of());
        EntityResolution near = entityResolver.extend(nearEntities, added, numbers.entities());
        listener.step(CrossArticleListener.Step.STORIES, 0, 1);
        Set<String> touched = touchedStories(view, added, near);
        Set<String> addedIds = new HashSet<>();
        added.forEach(article -> addedIds.add(article.article().id()));
        Set<String> earlier = new LinkedHashSet<>();
        for (Story story : view.stories(touched)) {
            story.articles().stream().filter(id -> !addedIds.contains(id)).forEach(earlier::add);
        }
        List<AnalyzedArticle> local = new ArrayList<>(stored.read(earlier));
        local.sort(Comparator.comparing(article -> article.article().id()));
        Set<String> members = new LinkedHashSet<>();
        local.forEach(article -> article.annotations().entities().forEach(entity -> members.add(entity.id())));
        local.addAll(added);
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        local.forEach(article -> byId.put(article.article().id(), article));
        // The stories sharing an article with the touched ones keep their articles and cast; their events are found again.
        Set<String> read = new LinkedHashSet<>(touched);
        read.addAll(view.storiesWithArticles(earlier));
        List<Story> previousStories = view.stories(read);
        // The entities of the touched stories' articles join those the added articles may meet (which resolve alike).
        List<Entity> previousEntities = members.isEmpty() ? nearEntities : view.entities(added, members);
        EntityResolution resolution = previousEntities == nearEntities || previousEntities.equals(nearEntities) ? near
                : entityResolver.extend(previousEntities, added, numbers.entities());
        List<StoryGroup> groups = storyFinder.find(local, resolution);

        listener.step(CrossArticleListener.Step.EVENTS, 0, 1);
        Set<String> eventArticles = new HashSet<>(byId.keySet());
        previousStories.forEach(story -> eventArticles.addAll(story.articles()));
        List<Event> previousEvents = view.events(eventArticles);
        List<Event> events = CrossArticleAnalyzer.timeline(events(previousEvents, numbers, local, byId.keySet(), resolution));
        TimelineIndex timeline = TimelineIndex.of(events);

        List<Story> stories = new ArrayList<>();
        for (Story story : previousStories) {
            if (!touched.contains(story.id())) {
                stories.add(new Story(story.id(), story.title(), story.summary(), story.articles(), story.entities(),
                        timeline.eventsOf(story.articles()), story.claims(), story.outlets()));
            }
        }
        int storyNumber = numbers.stories();
        int claimNumber = numbers.claims();
        for (StoryGroup found : groups) {
            listener.step(CrossArticleListener.Step.CLAIMS, stories.size(), previousStories.size() + groups.size());
            StoryGroup group = new StoryGroup("s" + (++storyNumber), found.title(), found.summary(), found.articles(),
                    found.entities());
            List<AnalyzedArticle> groupMembers = CrossArticleAnalyzer.members(group, byId);
            List<Claim> claims = new ArrayList<>();
            for (Claim claim : claimAligner.align(group, groupMembers, resolution)) {
                claims.add(claim.withId("c" + (++claimNumber)));
            }
            stories.add(CrossArticleAnalyzer.story(group, groupMembers, claims, timeline, resolution));
        }
        CrossArticle before = new CrossArticle(previousEntities, previousEvents, previousStories);
        CrossArticle stable = AccountIds.stabilize(before, new CrossArticle(resolution.entities(), events, stories), numbers);
        List<Story> ordered = new ArrayList<>(stable.stories());
        ordered.sort(Comparator.comparingInt((Story story) -> AccountIds.maxNumber(List.of(story.id()), "s")));
        return new AccountChange(before, new CrossArticle(stable.entities(), stable.events(), ordered));
    }

    /**
     * The stories an added article is compared with: for each added article, the stories whose cast
     * holds one of its {@link #RARE_ENTITIES} rarest resolved entities (by the number of stories
     * holding them, at most {@link #MOST_STORIES_PER_ENTITY}).
     */
    private static Set<String> touchedStories(AccountView view, List<AnalyzedArticle> added, EntityResolution resolution) {
        List<Set<String>> resolved = new ArrayList<>();
        Set<String> all = new HashSet<>();
        for (AnalyzedArticle article : added) {
            Set<String> entities = new LinkedHashSet<>();
            for (ArticleEntity entity : article.annotations().entities()) {
                resolution.resolve(entity.id()).ifPresent(entities::add);
            }
            resolved.add(entities);
            all.addAll(entities);
        }
        Map<String, Integer> storyCounts = view.storyCounts(all);
        Set<String> chosen = new LinkedHashSet<>();
        for (Set<String> entities : resolved) {
            entities.stream()
                    .filter(entity -> storyCounts.containsKey(entity) && storyCounts.get(entity) <= MOST_STORIES_PER_ENTITY)
                    .sorted(Comparator.comparingInt((String entity) -> storyCounts.get(entity)).thenComparing(entity -> entity))
                    .limit(RARE_ENTITIES)
                    .forEach(chosen::add);
        }
        return chosen.isEmpty() ? Set.of() : view.storiesWithEntities(chosen);
    }

    /**
     * The timeline's events: those found again over the touched articles, and the earlier ones
     * with evidence outside them, kept as they were (an event found again whose every sentence a
     * kept one holds is left out: the kept ones report it). {@code previous} holds at least every
     * earlier event with evidence in the touched articles. Found events are numbered after the
     * account's highest, for {@link AccountIds} to match.
     */
    private List<Event> events(List<Event> previous, AccountNumbers numbers, List<AnalyzedArticle> local,
            Set<String> localIds, EntityResolution resolution) {
        List<Event> events = new ArrayList<>();
        Set<String> keptEvidence = new HashSet<>();
        for (Event event : previous) {
            boolean inside = event.evidence().stream().allMatch(evidence -> localIds.contains(evidence.article()));
            if (!inside) {
                events.add(event);
                event.evidence().forEach(evidence -> keptEvidence.add(AccountIds.key(evidence)));
            }
        }
        int number = numbers.events();
        for (Event found : eventFinder.find(local, resolution)) {
            if (!found.evidence().stream().allMatch(evidence -> keptEvidence.contains(AccountIds.key(evidence)))) {
                events.add(new Event("v" + (++number), found.date(), found.dates(), found.summary(), found.participants(),
                        found.place(), found.evidence(), found.mentions()));
            }
        }
        return events;
    }
}
