package org.parallax.crossarticle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.Story;

/**
 * An {@link AccountView} of a whole account in memory: every entity and every event (more than the
 * view must give, which changes nothing), the stories asked for through indexes built once.
 */
final class WholeAccount implements AccountView {

    private final CrossArticle account;
    private final Map<String, List<String>> storiesByEntity = new HashMap<>();
    private final Map<String, List<String>> storiesByArticle = new HashMap<>();
    private final Map<String, Integer> storyOrder = new HashMap<>();
    private final long articles;

    WholeAccount(CrossArticle account) {
        this.account = Objects.requireNonNull(account, "account");
        for (int s = 0; s < account.stories().size(); s++) {
            Story story = account.stories().get(s);
            storyOrder.putIfAbsent(story.id(), s);
            for (String entity : new LinkedHashSet<>(story.entities())) {
                storiesByEntity.computeIfAbsent(entity, key -> new ArrayList<>()).add(story.id());
            }
            for (String article : new LinkedHashSet<>(story.articles())) {
                storiesByArticle.computeIfAbsent(article, key -> new ArrayList<>()).add(story.id());
            }
        }
        this.articles = storiesByArticle.size();
    }

    @Override
    public long articles() {
        return articles;
    }

    @Override
    public AccountNumbers numbers() {
        return AccountNumbers.of(account);
    }

    @Override
    public List<Entity> entities(List<AnalyzedArticle> added, Collection<String> members) {
        return account.entities();
    }

    @Override
    public Map<String, Integer> storyCounts(Collection<String> entities) {
        Map<String, Integer> counts = new HashMap<>();
        for (String entity : entities) {
            List<String> stories = storiesByEntity.get(entity);
            if (stories != null) {
                counts.put(entity, stories.size());
            }
        }
        return counts;
    }

    @Override
    public Set<String> storiesWithEntities(Collection<String> entities) {
        Set<String> ids = new HashSet<>();
        entities.forEach(entity -> ids.addAll(storiesByEntity.getOrDefault(entity, List.of())));
        return ids;
    }

    @Override
    public Set<String> storiesWithArticles(Collection<String> articles) {
        Set<String> ids = new HashSet<>();
        articles.forEach(article -> ids.addAll(storiesByArticle.getOrDefault(article, List.of())));
        return ids;
    }

    @Override
    public List<Story> stories(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        return account.stories().stream().filter(story -> wanted.contains(story.id())).toList();
    }

    @Override
    public List<Event> events(Collection<String> articles) {
        return account.events();
    }
}
