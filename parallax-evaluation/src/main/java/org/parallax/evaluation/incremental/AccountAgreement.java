package org.parallax.evaluation.incremental;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.parallax.evaluation.clustering.BcubedScore;
import org.parallax.evaluation.clustering.ExtendedBcubed;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.Story;
import smile.validation.metric.AdjustedRandIndex;

/**
 * How far one account of a corpus (built incrementally) agrees with another (built at once, the
 * reference): for stories and for entities, the adjusted Rand index (each article in its first
 * story; each per-article entity in its entity) and extended B-cubed (an article's every story);
 * the share of reference stories found with the very same articles, and of those with the very
 * same cast (by entity names, since ids differ between the two).
 *
 * @param storiesRand        adjusted Rand index of the articles' first stories
 * @param stories            extended B-cubed of the stories against the reference's
 * @param entitiesRand       adjusted Rand index of the per-article entities' entities
 * @param entities           B-cubed of the entities against the reference's
 * @param sameStoryShare     share of reference stories with a story of exactly the same articles
 * @param sameCastShare      share of those whose cast has exactly the same names
 * @param castJaccard        over those, the mean Jaccard similarity of the two casts' names
 * @param storyCounts        stories in each
 * @param entityCounts       entities in each
 * @param eventCounts        events in each
 * @param claimCounts        claims in each
 */
public record AccountAgreement(double storiesRand, BcubedScore stories, double entitiesRand, BcubedScore entities,
        double sameStoryShare, double sameCastShare, double castJaccard, Counts storyCounts, Counts entityCounts, Counts eventCounts,
        Counts claimCounts) {

    /** How many of something each account has. */
    public record Counts(int account, int reference) {
    }

    /** The agreement of {@code account} with {@code reference}, over the articles and entities both cover. */
    public static AccountAgreement of(CrossArticle account, CrossArticle reference) {
        Map<String, Set<String>> storiesOf = storiesByArticle(account);
        Map<String, Set<String>> referenceStories = storiesByArticle(reference);
        storiesOf.keySet().retainAll(referenceStories.keySet());
        referenceStories.keySet().retainAll(storiesOf.keySet());
        Map<String, Set<String>> entitiesOf = entitiesByMember(account);
        Map<String, Set<String>> referenceEntities = entitiesByMember(reference);
        entitiesOf.keySet().retainAll(referenceEntities.keySet());
        referenceEntities.keySet().retainAll(entitiesOf.keySet());

        Map<Set<String>, Set<String>> castByArticles = new HashMap<>();
        Map<String, String> names = names(account);
        for (Story story : account.stories()) {
            castByArticles.put(Set.copyOf(story.articles()), castNames(story, names));
        }
        Map<String, String> referenceNames = names(reference);
        int same = 0;
        int sameCast = 0;
        double jaccard = 0;
        for (Story story : reference.stories()) {
            Set<String> cast = castByArticles.get(Set.copyOf(story.articles()));
            if (cast != null) {
                same++;
                Set<String> referenceCast = castNames(story, referenceNames);
                if (cast.equals(referenceCast)) {
                    sameCast++;
                }
                Set<String> union = new HashSet<>(cast);
                union.addAll(referenceCast);
                Set<String> both = new HashSet<>(cast);
                both.retainAll(referenceCast);
                jaccard += union.isEmpty() ? 1 : (double) both.size() / union.size();
            }
        }
        return new AccountAgreement(rand(storiesOf, referenceStories), ExtendedBcubed.score(storiesOf, referenceStories),
                rand(entitiesOf, referenceEntities), ExtendedBcubed.score(entitiesOf, referenceEntities),
                reference.stories().isEmpty() ? 1 : (double) same / reference.stories().size(),
                same == 0 ? 1 : (double) sameCast / same, same == 0 ? 1 : jaccard / same,
                new Counts(account.stories().size(), reference.stories().size()),
                new Counts(account.entities().size(), reference.entities().size()),
                new Counts(account.events().size(), reference.events().size()),
                new Counts(claims(account), claims(reference)));
    }

    private static Map<String, Set<String>> storiesByArticle(CrossArticle account) {
        return byItem(account.stories(), Story::id, Story::articles);
    }

    private static Map<String, Set<String>> entitiesByMember(CrossArticle account) {
        return byItem(account.entities(), Entity::id, Entity::members);
    }

    /** For each item, the clusters holding it, in cluster order. */
    private static <T> Map<String, Set<String>> byItem(List<T> clusters, Function<T, String> id, Function<T, List<String>> items) {
        Map<String, Set<String>> byItem = new HashMap<>();
        for (T cluster : clusters) {
            for (String item : items.apply(cluster)) {
                byItem.computeIfAbsent(item, key -> new LinkedHashSet<>()).add(id.apply(cluster));
            }
        }
        return byItem;
    }

    /** The adjusted Rand index of each item's first cluster, over the items both give. */
    private static double rand(Map<String, Set<String>> clusters, Map<String, Set<String>> reference) {
        List<String> items = clusters.keySet().stream().sorted().toList();
        if (items.size() < 2) {
            return 1;
        }
        int[] first = labels(items, clusters);
        int[] second = labels(items, reference);
        return AdjustedRandIndex.of(second, first);
    }

    private static int[] labels(List<String> items, Map<String, Set<String>> clusters) {
        Map<String, Integer> numbers = new HashMap<>();
        int[] labels = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            String cluster = clusters.get(items.get(i)).iterator().next();
            labels[i] = numbers.computeIfAbsent(cluster, key -> numbers.size());
        }
        return labels;
    }

    private static Map<String, String> names(CrossArticle account) {
        Map<String, String> names = new HashMap<>();
        account.entities().forEach(entity -> names.put(entity.id(), entity.name()));
        return names;
    }

    private static Set<String> castNames(Story story, Map<String, String> names) {
        Set<String> cast = new LinkedHashSet<>();
        story.entities().forEach(id -> cast.add(names.getOrDefault(id, id)));
        return Set.copyOf(cast);
    }

    private static int claims(CrossArticle account) {
        return account.stories().stream().mapToInt(story -> story.claims().size()).sum();
    }
}
