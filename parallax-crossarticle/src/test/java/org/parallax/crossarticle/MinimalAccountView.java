package org.parallax.crossarticle;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.Story;

/**
 * A hand-written fake of a store's {@link AccountView}: over a whole account in memory, it gives only
 * what the contract asks for (entities sharing a name key with an added entity or holding a member,
 * events with evidence in the articles asked about), as a store's indexes do, and counts the records
 * it hands out.
 */
final class MinimalAccountView implements AccountView {

    private final CrossArticle account;
    private final AccountView whole;
    private int entitiesRead;
    private int storiesRead;
    private int eventsRead;

    MinimalAccountView(CrossArticle account) {
        this.account = account;
        this.whole = AccountView.of(account);
    }

    int entitiesRead() {
        return entitiesRead;
    }

    int storiesRead() {
        return storiesRead;
    }

    int eventsRead() {
        return eventsRead;
    }

    @Override
    public long articles() {
        return whole.articles();
    }

    @Override
    public AccountNumbers numbers() {
        return whole.numbers();
    }

    @Override
    public List<Entity> entities(List<AnalyzedArticle> added, Collection<String> members) {
        Set<String> keys = new HashSet<>();
        added.forEach(article -> article.annotations().entities()
                .forEach(entity -> keys.addAll(NameEntityResolver.linkageKeys(entity))));
        Set<String> wanted = new HashSet<>(members);
        List<Entity> found = account.entities().stream()
                .filter(entity -> entity.members().stream().anyMatch(wanted::contains)
                        || NameEntityResolver.nameKeys(entity).stream().anyMatch(keys::contains))
                .toList();
        entitiesRead += found.size();
        return found;
    }

    @Override
    public Map<String, Integer> storyCounts(Collection<String> entities) {
        return whole.storyCounts(entities);
    }

    @Override
    public Set<String> storiesWithEntities(Collection<String> entities) {
        return whole.storiesWithEntities(entities);
    }

    @Override
    public Set<String> storiesWithArticles(Collection<String> articles) {
        return whole.storiesWithArticles(articles);
    }

    @Override
    public List<Story> stories(Collection<String> ids) {
        List<Story> found = whole.stories(ids);
        storiesRead += found.size();
        return found;
    }

    @Override
    public List<Event> events(Collection<String> articles) {
        Set<String> wanted = new HashSet<>(articles);
        List<Event> found = account.events().stream()
                .filter(event -> event.evidence().stream().anyMatch(evidence -> wanted.contains(evidence.article())))
                .toList();
        eventsRead += found.size();
        return found;
    }
}
