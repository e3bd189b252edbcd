package org.parallax.crossarticle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.Story;

/**
 * What joining articles to an account changed: {@code before}, the records of the account it read and
 * may have changed or removed (each list in account order), and {@code after}, what those records are
 * now (one missing from it is removed) with the new ones. Records of the account in neither are as
 * they were. A store writes the difference ({@code AccountRecords}); {@link #applyTo} gives the whole
 * account in memory.
 *
 * @param before the records read, as they were
 * @param after  the records read that remain, as they are now, and the new ones
 */
public record AccountChange(CrossArticle before, CrossArticle after) {

    public AccountChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * The whole account {@code account} (of which {@code before} is a part) changed: entities replaced in
     * place and new ones after them; events kept where they are unchanged, changed and new ones placed
     * after them on the timeline (the order a whole-account extend gives); stories in order of their numbers.
     */
    public CrossArticle applyTo(CrossArticle account) {
        List<Entity> entities = merged(account.entities(), before.entities(), after.entities(), Entity::id, false);
        List<Event> events = CrossArticleAnalyzer.timeline(
                merged(account.events(), before.events(), after.events(), Event::id, true));
        List<Story> stories = new ArrayList<>(merged(account.stories(), before.stories(), after.stories(), Story::id, false));
        stories.sort(Comparator.comparingInt(story -> AccountIds.maxNumber(List.of(story.id()), "s")));
        return new CrossArticle(entities, events, stories);
    }

    /**
     * {@code whole} with the records of {@code read} replaced by their {@code changed} versions (in place, or,
     * when {@code changedLast}, after the rest) or removed, and the new records of {@code changed} after them.
     */
    private static <T> List<T> merged(List<T> whole, List<T> read, List<T> changed, Function<T, String> id,
            boolean changedLast) {
        Set<String> readIds = new HashSet<>();
        read.forEach(record -> readIds.add(id.apply(record)));
        Map<String, T> now = new HashMap<>();
        changed.forEach(record -> now.put(id.apply(record), record));
        Set<String> placed = new HashSet<>();
        List<T> merged = new ArrayList<>(whole.size() + changed.size());
        for (T record : whole) {
            String key = id.apply(record);
            if (!readIds.contains(key)) {
                merged.add(record);
                placed.add(key);
                continue;
            }
            T current = now.get(key);
            if (current != null && (!changedLast || current.equals(record))) {
                merged.add(current);
                placed.add(key);
            }
        }
        for (T record : changed) {
            if (placed.add(id.apply(record))) {
                merged.add(record);
            }
        }
        return merged;
    }
}
