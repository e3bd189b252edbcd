package org.parallax.language.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.parallax.model.Countries;
import org.parallax.model.EntityType;

/**
 * Groups an article's name spans into entities, in text order, by how their names compare.
 *
 * <p>People: a name of two or more words joins the entity with the same first and last word
 * ("Volodymyr Zelensky", "Volodymyr O. Zelensky"), or else an entity so far known only by that
 * surname ("Zelensky" in a headline); otherwise it starts a new entity, so two people who share a
 * surname ("Hillary Clinton", "Bill Clinton") stay apart. A one-word name joins the person whose
 * surname (failing that, first name) it is; when several people share it, it joins the one
 * mentioned most often so far (news style keeps the bare surname for the main person and names a
 * relative in full: "Hillary Clinton … her daughter Chelsea Clinton … Clinton said"), and on a tie
 * the one mentioned most recently. It is never left unlinked. Names compare by
 * {@link NameForms#keys}, so possessives and the documented spelling variants do not matter.
 *
 * <p>Everything else: the same words (ignoring case, a leading "the" and variant spellings) within
 * one group of types (places of any kind together, organisations, others) are one entity, and so are
 * the names of one country ("Russia", "Russian Federation": {@link Countries}). Its type
 * is the one its mentions carry most often, the first of them on a tie.
 */
final class EntityLinker {

    /** One entity being assembled: its member spans in text order. */
    static final class Group {
        private final List<NameSpan> members = new ArrayList<>();
        private List<String> fullKeys;
        private int lastMention;

        private Group(List<String> keys) {
            this.fullKeys = keys;
        }

        List<NameSpan> members() {
            return members;
        }

        EntityType type() {
            Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
            EntityType best = members.get(0).type();
            for (NameSpan member : members) {
                int count = counts.merge(member.type(), 1, Integer::sum);
                if (count > counts.getOrDefault(best, 0)) {
                    best = member.type();
                }
            }
            return best;
        }

        private void add(NameSpan span, List<String> keys, int order) {
            members.add(span);
            if (keys.size() > fullKeys.size()) {
                fullKeys = keys;
            }
            lastMention = order;
        }
    }

    private enum Kind { PERSON, PLACE, ORGANIZATION, OTHER }

    private EntityLinker() {
    }

    /**
     * @param spans the article's corrected name spans, in text order
     * @param text  the article text
     * @return the entities, in order of first mention; spans of untracked types belong to none
     */
    static List<Group> link(List<NameSpan> spans, String text) {
        List<Group> groups = new ArrayList<>();
        List<Group> people = new ArrayList<>();
        Map<Kind, Map<String, Group>> byName = new EnumMap<>(Kind.class);
        int order = 0;
        for (NameSpan span : spans) {
            if (!span.type().isEntity()) {
                continue;
            }
            order++;
            List<String> keys = NameForms.keys(span.span().coveredText(text));
            if (keys.isEmpty()) {
                continue;
            }
            Kind kind = kind(span.type());
            Group group;
            if (kind == Kind.PERSON) {
                group = findPerson(people, keys).orElse(null);
                if (group == null) {
                    group = new Group(keys);
                    people.add(group);
                    groups.add(group);
                }
            } else {
                String key = placeKey(span, text).orElse(String.join(" ", keys.get(0).equals("the") && keys.size() > 1
                        ? keys.subList(1, keys.size()) : keys));
                group = byName.computeIfAbsent(kind, k -> new HashMap<>()).get(key);
                if (group == null) {
                    group = new Group(keys);
                    byName.get(kind).put(key, group);
                    groups.add(group);
                }
            }
            group.add(span, keys, order);
        }
        return groups;
    }

    /** A country's names ("Russia", "Russian Federation") meet under its ISO code. */
    private static Optional<String> placeKey(NameSpan span, String text) {
        if (span.type() != EntityType.COUNTRY) {
            return Optional.empty();
        }
        return Countries.code(NameForms.display(span.span().coveredText(text))).map(code -> "country " + code);
    }

    private static Optional<Group> findPerson(List<Group> people, List<String> keys) {
        String first = keys.get(0);
        String last = keys.get(keys.size() - 1);
        if (keys.size() > 1) {
            for (Group person : people) {
                List<String> full = person.fullKeys;
                if (full.size() > 1 && full.get(0).equals(first) && full.get(full.size() - 1).equals(last)) {
                    return Optional.of(person);
                }
            }
            Set<Group> surnameOnly = new LinkedHashSet<>();
            for (Group person : people) {
                if (person.fullKeys.size() == 1 && person.fullKeys.get(0).equals(last)) {
                    surnameOnly.add(person);
                }
            }
            return surnameOnly.size() == 1 ? surnameOnly.stream().findFirst() : Optional.empty();
        }
        Optional<Group> bySurname = mostProminent(people, full -> full.get(full.size() - 1).equals(last));
        return bySurname.isPresent() ? bySurname : mostProminent(people, full -> full.get(0).equals(first));
    }

    /** Of the people whose name matches, the one mentioned most often so far; on a tie, most recently. */
    private static Optional<Group> mostProminent(List<Group> people, Predicate<List<String>> matches) {
        Group best = null;
        for (Group person : people) {
            if (!matches.test(person.fullKeys)) {
                continue;
            }
            if (best == null || person.members.size() > best.members.size()
                    || (person.members.size() == best.members.size() && person.lastMention > best.lastMention)) {
                best = person;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Kind kind(EntityType type) {
        if (type == EntityType.PERSON) {
            return Kind.PERSON;
        }
        if (type.isPlace()) {
            return Kind.PLACE;
        }
        return type == EntityType.ORGANIZATION ? Kind.ORGANIZATION : Kind.OTHER;
    }
}
