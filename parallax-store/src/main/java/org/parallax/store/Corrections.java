package org.parallax.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.Event;
import org.parallax.model.Evidence;
import org.parallax.model.Story;

/**
 * Applies people's corrections to a cross-article account. A correction whose subjects are no
 * longer there (the articles were removed, or an earlier correction did the same) changes nothing.
 */
final class Corrections {

    private final Function<String, Set<String>> memberNames;
    private final Function<String, String> outletOfArticle;

    /**
     * @param memberNames     the names by which the text mentions an article's own entity (lower case)
     * @param outletOfArticle an article's outlet, as the cross-article layer credits it
     */
    Corrections(Function<String, Set<String>> memberNames, Function<String, String> outletOfArticle) {
        this.memberNames = memberNames;
        this.outletOfArticle = outletOfArticle;
    }

    CrossArticle apply(CrossArticle account, List<Correction> corrections) {
        CrossArticle corrected = account;
        for (Correction correction : corrections) {
            corrected = apply(corrected, correction);
        }
        return corrected;
    }

    CrossArticle apply(CrossArticle account, Correction correction) {
        return switch (correction.kind()) {
            case MERGE_ENTITIES -> mergeEntities(account, correction.subject(), correction.argument());
            case SPLIT_ENTITY -> splitEntity(account, correction.subject(), correction.argument());
            case MERGE_STORIES -> mergeStories(account, correction.subject(), correction.argument());
            case SPLIT_STORY -> splitStory(account, correction.subject(), List.of(correction.argument().split(",")));
        };
    }

    static Optional<Entity> entityWithMember(CrossArticle account, String member) {
        return account.entities().stream().filter(entity -> entity.members().contains(member)).findFirst();
    }

    static Optional<Story> storyWithArticle(CrossArticle account, String article) {
        return account.stories().stream().filter(story -> story.articles().contains(article)).findFirst();
    }

    private static CrossArticle mergeEntities(CrossArticle account, String kept, String merged) {
        Optional<Entity> first = entityWithMember(account, kept);
        Optional<Entity> second = entityWithMember(account, merged);
        if (first.isEmpty() || second.isEmpty() || first.get().id().equals(second.get().id())) {
            return account;
        }
        Entity a = first.get();
        Entity b = second.get();
        Entity union = union(a, b, a.id(), a.name(), a.metonymFor());
        List<Entity> entities = new ArrayList<>();
        for (Entity entity : account.entities()) {
            if (entity.id().equals(a.id())) {
                entities.add(union);
            } else if (!entity.id().equals(b.id())) {
                entities.add(entity);
            }
        }
        return renameEntity(new CrossArticle(entities, account.events(), account.stories()), b.id(), a.id());
    }

    private CrossArticle splitEntity(CrossArticle account, String member, String name) {
        Optional<Entity> found = entityWithMember(account, member);
        if (found.isEmpty()) {
            return account;
        }
        Entity entity = found.get();
        String wanted = name.toLowerCase(Locale.ROOT).strip();
        List<String> moved = entity.members().stream().filter(each -> memberNames.apply(each).contains(wanted)).toList();
        if (moved.isEmpty() || moved.size() == entity.members().size()) {
            return account;
        }
        Set<String> movedArticles = new LinkedHashSet<>();
        moved.forEach(each -> movedArticles.add(articleOf(each)));
        List<String> kept = entity.members().stream().filter(each -> !moved.contains(each)).toList();
        Set<String> keptArticles = new LinkedHashSet<>();
        kept.forEach(each -> keptArticles.add(articleOf(each)));
        String newId = "e" + (maxNumber(account.entities().stream().map(Entity::id).toList()) + 1);
        Entity split = new Entity(newId, name.strip(), entity.type(),
                List.of(new EntityAlias(name.strip(), List.copyOf(movedArticles))),
                entity.roles().stream().filter(role -> movedArticles.contains(role.evidence().article())).toList(),
                moved, Optional.empty());
        Entity rest = new Entity(entity.id(), entity.name(), entity.type(),
                aliasesIn(entity.aliases(), keptArticles, wanted),
                entity.roles().stream().filter(role -> keptArticles.contains(role.evidence().article())).toList(),
                kept, entity.metonymFor());
        // Where the account already holds what this split made before (an entity of that name and type, every member
        // mentioned by it: a part of a store in which a new mention joined the entity split), its new members join
        // that one, as they would if the split were made again over the whole account.
        Optional<Entity> earlier = account.entities().stream().filter(each -> !each.id().equals(entity.id())
                && each.type() == entity.type() && each.name().equalsIgnoreCase(name.strip()) && !each.members().isEmpty()
                && each.members().stream().allMatch(each2 -> memberNames.apply(each2).contains(wanted))).findFirst();
        if (earlier.isPresent()) {
            Entity joined = union(earlier.get(), split, earlier.get().id(), earlier.get().name(), earlier.get().metonymFor());
            List<Entity> entities = new ArrayList<>();
            for (Entity each : account.entities()) {
                entities.add(each.id().equals(entity.id()) ? rest : each.id().equals(joined.id()) ? joined : each);
            }
            return new CrossArticle(entities, account.events(), account.stories());
        }
        List<Entity> entities = new ArrayList<>();
        for (Entity each : account.entities()) {
            if (each.id().equals(entity.id())) {
                entities.add(rest);
                entities.add(split);
            } else {
                entities.add(each);
            }
        }
        return new CrossArticle(entities, account.events(), account.stories());
    }

    /** One entity of two: {@code a}'s aliases, roles and members, then {@code b}'s, each name's articles together. */
    private static Entity union(Entity a, Entity b, String id, String name, Optional<String> metonymFor) {
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        for (EntityAlias alias : concat(a.aliases(), b.aliases())) {
            aliases.computeIfAbsent(alias.name(), key -> new LinkedHashSet<>()).addAll(alias.articles());
        }
        List<EntityAlias> mergedAliases = new ArrayList<>();
        aliases.forEach((alias, articles) -> mergedAliases.add(new EntityAlias(alias, List.copyOf(articles))));
        return new Entity(id, name, a.type(), mergedAliases, concat(a.roles(), b.roles()),
                List.copyOf(new LinkedHashSet<>(concat(a.members(), b.members()))), metonymFor);
    }

    private static List<EntityAlias> aliasesIn(List<EntityAlias> aliases, Set<String> articles, String without) {
        List<EntityAlias> kept = new ArrayList<>();
        for (EntityAlias alias : aliases) {
            List<String> in = alias.articles().stream().filter(articles::contains).toList();
            if (!in.isEmpty() && !alias.name().toLowerCase(Locale.ROOT).equals(without)) {
                kept.add(new EntityAlias(alias.name(), in));
            }
        }
        return kept;
    }

    private static CrossArticle mergeStories(CrossArticle account, String keptArticle, String mergedArticle) {
        Optional<Story> first = storyWithArticle(account, keptArticle);
        Optional<Story> second = storyWithArticle(account, mergedArticle);
        if (first.isEmpty() || second.isEmpty() || first.get().id().equals(second.get().id())) {
            return account;
        }
        Story a = first.get();
        Story b = second.get();
        Set<String> events = new LinkedHashSet<>(concat(a.events(), b.events()));
        List<String> timeline = account.events().stream().map(Event::id).filter(events::contains).toList();
        Story union = new Story(a.id(), a.title(), concat(a.summary(), b.summary()), distinct(concat(a.articles(), b.articles())),
                distinct(concat(a.entities(), b.entities())), timeline, concat(a.claims(), b.claims()),
                distinct(concat(a.outlets(), b.outlets())));
        List<Story> stories = new ArrayList<>();
        for (Story story : account.stories()) {
            if (story.id().equals(a.id())) {
                stories.add(union);
            } else if (!story.id().equals(b.id())) {
                stories.add(story);
            }
        }
        return new CrossArticle(account.entities(), account.events(), stories);
    }

    private CrossArticle splitStory(CrossArticle account, String article, List<String> articles) {
        Optional<Story> found = storyWithArticle(account, article);
        if (found.isEmpty()) {
            return account;
        }
        Story story = found.get();
        Set<String> moved = new LinkedHashSet<>(articles);
        moved.retainAll(story.articles());
        if (moved.isEmpty() || moved.size() == story.articles().size()) {
            return account;
        }
        Set<String> kept = new LinkedHashSet<>(story.articles());
        kept.removeAll(moved);
        String newId = "s" + (maxNumber(account.stories().stream().map(Story::id).toList()) + 1);
        Story split = part(account, story, newId, moved, false);
        Story rest = part(account, story, story.id(), kept, true);
        List<Story> stories = new ArrayList<>();
        for (Story each : account.stories()) {
            if (each.id().equals(story.id())) {
                stories.add(rest);
                stories.add(split);
            } else {
                stories.add(each);
            }
        }
        return new CrossArticle(account.entities(), account.events(), stories);
    }

    /**
     * The part of a story made of some of its articles: their summary sentences, events, cast, and
     * the claims reported only in them (a claim reported on both sides stays with the original).
     */
    private Story part(CrossArticle account, Story story, String id, Set<String> articles, boolean original) {
        Map<String, Event> events = new HashMap<>();
        account.events().forEach(event -> events.put(event.id(), event));
        List<String> partEvents = story.events().stream()
                .filter(event -> events.containsKey(event) && events.get(event).evidence().stream().anyMatch(e -> articles.contains(e.article())))
                .toList();
        Set<String> cast = new LinkedHashSet<>();
        for (Entity entity : account.entities()) {
            if (story.entities().contains(entity.id()) && entity.members().stream().anyMatch(m -> articles.contains(articleOf(m)))) {
                cast.add(entity.id());
            }
        }
        List<Claim> claims = story.claims().stream().filter(claim -> {
            boolean inside = claim.reports().stream().map(ClaimReport::article).allMatch(articles::contains);
            boolean touches = claim.reports().stream().map(ClaimReport::article).anyMatch(articles::contains);
            return original ? touches : inside;
        }).toList();
        List<Evidence> summary = story.summary().stream().filter(evidence -> articles.contains(evidence.article())).toList();
        List<String> outlets = distinct(articles.stream().map(outletOfArticle).toList());
        String title = original || summary.isEmpty() ? story.title() : story.title() + " (part)";
        return new Story(id, title, summary, List.copyOf(articles), List.copyOf(cast), partEvents, claims, outlets);
    }

    /** The account with every reference to entity {@code from} turned into one to {@code to}. */
    private static CrossArticle renameEntity(CrossArticle account, String from, String to) {
        UnaryOperator<String> rename = id -> id.equals(from) ? to : id;
        List<Entity> entities = account.entities().stream().map(entity -> new Entity(entity.id(), entity.name(), entity.type(),
                entity.aliases(), entity.roles(), entity.members(), entity.metonymFor().map(rename))).toList();
        List<Event> events = account.events().stream().map(event -> new Event(event.id(), event.date(), event.dates(),
                event.summary(), distinct(event.participants().stream().map(rename).toList()), event.place().map(rename),
                event.evidence())).toList();
        List<Story> stories = account.stories().stream().map(story -> new Story(story.id(), story.title(), story.summary(),
                story.articles(), distinct(story.entities().stream().map(rename).toList()), story.events(),
                story.claims().stream().map(claim -> new Claim(claim.id(), claim.statement(),
                        distinct(claim.subjects().stream().map(rename).toList()), claim.reports(), claim.coverage())).toList(),
                story.outlets())).toList();
        return new CrossArticle(entities, events, stories);
    }

    /** The article an article's own entity id ({@code <article>/e<n>}) belongs to. */
    static String articleOf(String member) {
        int slash = member.indexOf('/');
        return slash < 0 ? member : member.substring(0, slash);
    }

    private static int maxNumber(List<String> ids) {
        int max = 0;
        for (String id : ids) {
            String digits = id.replaceAll("\\D", "");
            if (!digits.isEmpty() && digits.length() < 9) {
                max = Math.max(max, Integer.parseInt(digits));
            }
        }
        return max;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static <T> List<T> distinct(List<T> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
