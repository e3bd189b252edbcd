package org.parallax.crossarticle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.Evidence;
import org.parallax.model.Story;

/**
 * Keeps the ids of an account's entities, events, stories and claims stable when it is computed
 * again (after articles were added, or over the whole corpus): ids the web UI, links and people's
 * notes refer to.
 *
 * <p>Each computed entity, event, story and claim takes the id of the earlier one it shares most
 * with (entities: members, the per-article entities; events: evidence sentences; stories:
 * articles; claims: the sentences that report them), each earlier id given once, the largest
 * overlaps first (ties: the earlier one first in its list, then the computed one first in its).
 * One that shares nothing with any earlier one that is still free gets a new id, numbered after
 * the highest earlier {@code <letter><n>} of its kind, so an id is never given to something else
 * while the earlier account holds it. References between them (a story's cast and events, an
 * event's participants and place, a claim's subjects, a place's metonymy) are renamed alike.
 * Cost is linear in the size of both accounts.
 */
public final class AccountIds {

    private AccountIds() {
    }

    /** {@code computed} with the ids of {@code previous} wherever they match; see the class comment. */
    public static CrossArticle stabilize(CrossArticle previous, CrossArticle computed) {
        return stabilize(previous, computed, AccountNumbers.of(previous));
    }

    /**
     * {@code computed} with the ids of {@code previous} wherever they match, where {@code previous} is the part
     * of an account that {@code computed} may replace (every earlier record a computed one may share anything
     * with) and {@code highest} the whole account's highest numbers, after which new ids are numbered. Ids of
     * records outside both (a story's cast member that neither holds) are left as they are.
     */
    public static CrossArticle stabilize(CrossArticle previous, CrossArticle computed, AccountNumbers highest) {
        Map<String, String> entities = match(previous.entities(), computed.entities(), Entity::id, Entity::members, "e",
                highest.entities());
        Map<String, String> events = match(previous.events(), computed.events(), Event::id, AccountIds::evidence, "v",
                highest.events());
        Map<String, String> stories = match(previous.stories(), computed.stories(), Story::id, Story::articles, "s",
                highest.stories());
        Map<String, String> claims = match(claims(previous), claims(computed), Claim::id, AccountIds::reports, "c",
                highest.claims());
        UnaryOperator<String> entity = id -> entities.getOrDefault(id, id);
        List<Entity> renamedEntities = computed.entities().stream().map(each -> new Entity(entity.apply(each.id()), each.name(),
                each.type(), each.aliases(), each.roles(), each.members(), each.metonymFor().map(entity))).toList();
        List<Event> renamedEvents = computed.events().stream().map(each -> new Event(events.getOrDefault(each.id(), each.id()),
                each.date(), each.dates(), each.summary(), each.participants().stream().map(entity).toList(),
                each.place().map(entity), each.evidence(), each.mentions())).toList();
        List<Story> renamedStories = computed.stories().stream().map(each -> new Story(stories.getOrDefault(each.id(), each.id()),
                each.title(), each.summary(), each.articles(), each.entities().stream().map(entity).toList(),
                each.events().stream().map(id -> events.getOrDefault(id, id)).toList(),
                each.claims().stream().map(claim -> new Claim(claims.getOrDefault(claim.id(), claim.id()), claim.statement(),
                        claim.subjects().stream().map(entity).toList(), claim.reports(), claim.coverage())).toList(),
                each.outlets())).toList();
        return new CrossArticle(renamedEntities, renamedEvents, renamedStories);
    }

    /** The highest {@code n} among ids {@code <prefix><n>}; 0 when there are none. */
    public static int maxNumber(Collection<String> ids, String prefix) {
        int max = 0;
        for (String id : ids) {
            if (id.startsWith(prefix) && id.length() > prefix.length() && id.length() < prefix.length() + 10
                    && id.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
                max = Math.max(max, Integer.parseInt(id.substring(prefix.length())));
            }
        }
        return max;
    }

    /** Every claim of the account's stories, in story order. */
    static List<Claim> claims(CrossArticle account) {
        List<Claim> claims = new ArrayList<>();
        account.stories().forEach(story -> claims.addAll(story.claims()));
        return claims;
    }

    /** For each computed id, the id it is to have. */
    private static <T> Map<String, String> match(List<T> previous, List<T> computed, Function<T, String> id,
            Function<T, ? extends Collection<String>> keys, String prefix, int highest) {
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int p = 0; p < previous.size(); p++) {
            for (String key : new LinkedHashSet<>(keys.apply(previous.get(p)))) {
                holders.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
            }
        }
        List<int[]> overlaps = new ArrayList<>();
        for (int c = 0; c < computed.size(); c++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (String key : new LinkedHashSet<>(keys.apply(computed.get(c)))) {
                for (int p : holders.getOrDefault(key, List.of())) {
                    shared.merge(p, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> entry : shared.entrySet()) {
                overlaps.add(new int[] {entry.getValue(), entry.getKey(), c});
            }
        }
        overlaps.sort(Comparator.comparingInt((int[] overlap) -> -overlap[0]).thenComparingInt(overlap -> overlap[1])
                .thenComparingInt(overlap -> overlap[2]));
        Map<String, String> renamed = new HashMap<>();
        Set<Integer> given = new HashSet<>();
        for (int[] overlap : overlaps) {
            String computedId = id.apply(computed.get(overlap[2]));
            if (!renamed.containsKey(computedId) && given.add(overlap[1])) {
                renamed.put(computedId, id.apply(previous.get(overlap[1])));
            }
        }
        int number = Math.max(highest, maxNumber(previous.stream().map(id).toList(), prefix));
        for (T each : computed) {
            if (!renamed.containsKey(id.apply(each))) {
                renamed.put(id.apply(each), prefix + (++number));
            }
        }
        return renamed;
    }

    private static List<String> evidence(Event event) {
        return event.evidence().stream().map(AccountIds::key).toList();
    }

    private static List<String> reports(Claim claim) {
        return claim.reports().stream().map(ClaimReport::evidence).map(AccountIds::key).toList();
    }

    /** An evidence sentence as a key: its article and span. */
    static String key(Evidence evidence) {
        return evidence.article() + "@" + evidence.span().begin() + ":" + evidence.span().end();
    }
}
