package org.parallax.crossarticle.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.EntityResolver;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.ArticleEntity;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.EntityRole;
import org.parallax.model.EntityType;
import org.parallax.model.Evidence;
import org.parallax.model.Mention;
import org.parallax.model.Role;
import org.parallax.model.Span;

/**
 * Resolves per-article entities across articles by their names and types.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li><b>Same name.</b> Per-article entities of {@linkplain TypeGroup compatible types} whose
 *       names are equal once {@linkplain NameNormalizer normalised} are one entity ("Kiev" and
 *       "Kyiv", "Zelenskyy" and "Zelensky" normalise alike). For things other than people every
 *       alias counts ("United States" with alias "US" meets "US"); for people, only full names
 *       (two tokens or more) do.</li>
 *   <li><b>Variant names.</b> Distinct normalised names that share a blocking key (the skeleton
 *       of the name or, for people, of the surname; or a short prefix) are compared by
 *       {@link NameMatcher}: "Yedioth Ahronoth" meets "Yediot Aharonot"; "Hillary Clinton" and
 *       "Bill Clinton" stay apart because their given names differ.</li>
 *   <li><b>Bare surnames.</b> A person named by one token ("Clinton") joins the one full-name
 *       person of its article with that surname; failing that, the one full-name person across
 *       all articles with that surname; if there are several, it stays apart (with other bare,
 *       equally ambiguous uses of the name).</li>
 *   <li><b>Metonyms.</b> A seat of government in {@link MetonymTable} ("Moscow", "the Kremlin")
 *       whose text uses it for a government ({@link MetonymSupport}) gets
 *       {@link Entity#metonymFor()} set to the state's entity; the city is never merged with the
 *       state.</li>
 * </ol>
 *
 * <p>Cost: every per-article entity is keyed a constant number of times and candidate pairs come
 * only from shared keys ({@link Blocks}), so time and memory grow near-linearly with the number of
 * per-article entities. Resolved ids are {@code e<n>} in order of first appearance.
 */
public final class NameEntityResolver implements EntityResolver {

    private static final int FULL_BLOCK = 32;
    private static final int WINDOW = 8;
    private static final int PREFIX = 3;

    /** One per-article entity with its normalised names. */
    private record Node(int article, ArticleEntity entity, TypeGroup group, List<String> tokens,
            List<List<String>> forms) {

        boolean person() {
            return group == TypeGroup.PERSON;
        }

        String groupKey() {
            return group == TypeGroup.OTHER ? group + ":" + entity.type() : group.name();
        }
    }

    @Override
    public EntityResolution resolve(List<AnalyzedArticle> articles) {
        List<Node> nodes = collect(articles);
        DisjointSets sets = new DisjointSets(nodes.size());
        linkSameNames(nodes, sets);
        linkVariants(nodes, sets);
        linkBareSurnames(nodes, sets);
        return build(articles, nodes, sets);
    }

    private static List<Node> collect(List<AnalyzedArticle> articles) {
        List<Node> nodes = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            for (ArticleEntity entity : articles.get(a).annotations().entities()) {
                TypeGroup group = TypeGroup.of(entity.type());
                boolean person = group == TypeGroup.PERSON;
                List<String> tokens = NameNormalizer.tokens(entity.name(), person);
                List<List<String>> forms = new ArrayList<>();
                forms.add(tokens);
                if (!person) {
                    for (String alias : entity.aliases()) {
                        List<String> aliasTokens = NameNormalizer.tokens(alias, false);
                        if (!aliasTokens.isEmpty() && !forms.contains(aliasTokens)) {
                            forms.add(aliasTokens);
                        }
                    }
                }
                nodes.add(new Node(a, entity, group, tokens, List.copyOf(forms)));
            }
        }
        return nodes;
    }

    private static void linkSameNames(List<Node> nodes, DisjointSets sets) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node.person() && node.tokens().size() < 2) {
                continue;
            }
            for (List<String> form : node.forms()) {
                if (form.isEmpty()) {
                    continue;
                }
                Integer earlier = first.putIfAbsent(node.groupKey() + "|" + String.join(" ", form), i);
                if (earlier != null) {
                    sets.union(earlier, i);
                }
            }
        }
    }

    private static void linkVariants(List<Node> nodes, DisjointSets sets) {
        Map<String, Integer> distinct = new HashMap<>();
        List<Integer> formNode = new ArrayList<>();
        List<List<String>> formTokens = new ArrayList<>();
        List<String> formKeys = new ArrayList<>();
        Blocks blocks = new Blocks(FULL_BLOCK, WINDOW);
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node.person() && node.tokens().size() < 2) {
                continue;
            }
            for (List<String> form : node.forms()) {
                if (form.isEmpty()) {
                    continue;
                }
                String key = node.groupKey() + "|" + String.join(" ", form);
                if (distinct.containsKey(key)) {
                    continue;
                }
                int id = formNode.size();
                distinct.put(key, id);
                formNode.add(i);
                formTokens.add(form);
                formKeys.add(key);
                for (String blockKey : blockingKeys(node, form)) {
                    blocks.add(blockKey, id);
                }
            }
        }
        blocks.forEachPair(Comparator.comparing(formKeys::get), (a, b) -> {
            Node nodeA = nodes.get(formNode.get(a));
            Node nodeB = nodes.get(formNode.get(b));
            if (!nodeA.groupKey().equals(nodeB.groupKey())) {
                return;
            }
            boolean match = nodeA.person()
                    ? NameMatcher.peopleMatch(formTokens.get(a), formTokens.get(b))
                    : NameMatcher.namesMatch(formTokens.get(a), formTokens.get(b));
            if (match) {
                sets.union(formNode.get(a), formNode.get(b));
            }
        });
    }

    private static List<String> blockingKeys(Node node, List<String> form) {
        if (node.person()) {
            String surname = form.get(form.size() - 1);
            return List.of("P|s|" + NameNormalizer.skeleton(surname), "P|p|" + prefix(surname));
        }
        StringBuilder prefixes = new StringBuilder();
        form.forEach(token -> prefixes.append(prefix(token)).append(' '));
        return List.of(node.groupKey() + "|s|" + NameNormalizer.skeletonOf(form),
                node.groupKey() + "|p|" + form.size() + "|" + prefixes);
    }

    private static String prefix(String token) {
        return token.substring(0, Math.min(PREFIX, token.length()));
    }

    private static void linkBareSurnames(List<Node> nodes, DisjointSets sets) {
        Map<Integer, List<Integer>> fullByArticle = new HashMap<>();
        Map<String, Set<Integer>> rootsBySurname = new HashMap<>();
        Map<String, Set<String>> surnamesBySkeleton = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node.person() && node.tokens().size() >= 2) {
                fullByArticle.computeIfAbsent(node.article(), k -> new ArrayList<>()).add(i);
                String surname = node.tokens().get(node.tokens().size() - 1);
                Set<Integer> roots = rootsBySurname.computeIfAbsent(surname, k -> new HashSet<>());
                if (roots.size() < 2) {
                    roots.add(sets.find(i));
                }
                surnamesBySkeleton.computeIfAbsent(NameNormalizer.skeleton(surname), k -> new HashSet<>()).add(surname);
            }
        }
        List<Integer> leftovers = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (!node.person() || node.tokens().size() != 1) {
                continue;
            }
            String token = node.tokens().get(0);
            Set<Integer> inArticle = new HashSet<>();
            for (int full : fullByArticle.getOrDefault(node.article(), List.of())) {
                List<String> tokens = nodes.get(full).tokens();
                if (NameMatcher.tokensMatch(token, tokens.get(tokens.size() - 1))) {
                    inArticle.add(sets.find(full));
                }
            }
            if (inArticle.size() == 1) {
                sets.union(inArticle.iterator().next(), i);
                continue;
            }
            if (inArticle.isEmpty()) {
                Set<Integer> across = new HashSet<>();
                for (String surname : surnamesBySkeleton.getOrDefault(NameNormalizer.skeleton(token), Set.of())) {
                    if (NameMatcher.tokensMatch(token, surname)) {
                        rootsBySurname.get(surname).forEach(root -> across.add(sets.find(root)));
                    }
                }
                if (across.size() == 1) {
                    sets.union(across.iterator().next(), i);
                    continue;
                }
            }
            leftovers.add(i);
        }
        Blocks blocks = new Blocks(FULL_BLOCK, WINDOW);
        for (int i : leftovers) {
            blocks.add(NameNormalizer.skeleton(nodes.get(i).tokens().get(0)), i);
        }
        blocks.forEachPair(Comparator.comparing(i -> nodes.get(i).tokens().get(0)), (a, b) -> {
            if (NameMatcher.tokensMatch(nodes.get(a).tokens().get(0), nodes.get(b).tokens().get(0))) {
                sets.union(a, b);
            }
        });
    }

    private static EntityResolution build(List<AnalyzedArticle> articles, List<Node> nodes, DisjointSets sets) {
        Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            clusters.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> ordered = new ArrayList<>(clusters.values());
        Map<String, String> canonical = new HashMap<>();
        List<String> ids = new ArrayList<>(ordered.size());
        for (int c = 0; c < ordered.size(); c++) {
            String id = "e" + (c + 1);
            ids.add(id);
            for (int i : ordered.get(c)) {
                canonical.put(nodes.get(i).entity().id(), id);
            }
        }
        Map<Integer, String> states = stateEntities(ordered, nodes, ids);
        MetonymFinder metonyms = new MetonymFinder(articles);
        List<Entity> entities = new ArrayList<>(ordered.size());
        for (int c = 0; c < ordered.size(); c++) {
            entities.add(entity(ids.get(c), ordered.get(c), nodes, articles, states, metonyms));
        }
        return new EntityResolution(entities, canonical);
    }

    private static Map<Integer, String> stateEntities(List<List<Integer>> clusters, List<Node> nodes, List<String> ids) {
        Map<Integer, String> states = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (int i : clusters.get(c)) {
                Node node = nodes.get(i);
                if (node.person()) {
                    break;
                }
                for (List<String> form : node.forms()) {
                    Optional<Integer> state = MetonymTable.state(String.join(" ", form));
                    if (state.isPresent()) {
                        states.putIfAbsent(state.get(), ids.get(c));
                    }
                }
            }
        }
        return states;
    }

    private static Entity entity(String id, List<Integer> members, List<Node> nodes, List<AnalyzedArticle> articles,
            Map<Integer, String> states, MetonymFinder metonyms) {
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        List<EntityRole> roles = new ArrayList<>();
        List<String> memberIds = new ArrayList<>(members.size());
        Map<EntityType, Integer> typeCounts = new EnumMap<>(EntityType.class);
        Map<String, Integer> nameUse = new HashMap<>();
        Optional<Integer> seat = Optional.empty();
        for (int i : members) {
            Node node = nodes.get(i);
            String article = articles.get(node.article()).article().id();
            ArticleEntity entity = node.entity();
            memberIds.add(entity.id());
            typeCounts.merge(entity.type(), 1, Integer::sum);
            aliases.computeIfAbsent(entity.name().strip(), k -> new LinkedHashSet<>()).add(article);
            for (String alias : entity.aliases()) {
                if (!alias.isBlank()) {
                    aliases.computeIfAbsent(alias.strip(), k -> new LinkedHashSet<>()).add(article);
                }
            }
            for (Role role : entity.roles()) {
                roles.add(new EntityRole(role.title(), new Evidence(article, role.evidence())));
            }
            nameUse.merge(String.join(" ", node.tokens()), 1, Integer::sum);
            if (seat.isEmpty() && !node.person()) {
                for (List<String> form : node.forms()) {
                    seat = seat.or(() -> MetonymTable.seat(String.join(" ", form)));
                }
            }
        }
        Optional<String> metonymFor = Optional.empty();
        if (seat.isPresent() && states.containsKey(seat.get()) && !states.get(seat.get()).equals(id)
                && members.stream().anyMatch(i -> metonyms.supported(nodes.get(i).article(), nodes.get(i).entity()))) {
            metonymFor = Optional.of(states.get(seat.get()));
        }
        List<EntityAlias> aliasList = new ArrayList<>(aliases.size());
        aliases.forEach((name, using) -> aliasList.add(new EntityAlias(name, List.copyOf(using))));
        EntityType type = typeCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return new Entity(id, canonicalName(members, nodes, nameUse), type, aliasList, roles, memberIds, metonymFor);
    }

    /** The fullest name (most tokens), then the most used, then the first seen. */
    private static String canonicalName(List<Integer> members, List<Node> nodes, Map<String, Integer> nameUse) {
        Node best = null;
        for (int i : members) {
            Node node = nodes.get(i);
            if (best == null || node.tokens().size() > best.tokens().size()
                    || node.tokens().size() == best.tokens().size()
                    && nameUse.get(String.join(" ", node.tokens())) > nameUse.get(String.join(" ", best.tokens()))) {
                best = node;
            }
        }
        return withoutPossessive(best.entity().name().strip());
    }

    private static String withoutPossessive(String name) {
        String stripped = name.replaceFirst("['’]s?$", "");
        return stripped.isBlank() ? name : stripped;
    }

    /** Finds, per article, the mentions of each entity, lazily, to test seats of government in context. */
    private static final class MetonymFinder {

        private final List<AnalyzedArticle> articles;
        private final Map<Integer, Map<String, List<Span>>> spans = new HashMap<>();

        MetonymFinder(List<AnalyzedArticle> articles) {
            this.articles = articles;
        }

        boolean supported(int article, ArticleEntity entity) {
            AnalyzedArticle analyzed = articles.get(article);
            String text = analyzed.article().text();
            List<Mention> mentions = analyzed.annotations().mentions();
            List<Span> mentionSpans = spans.computeIfAbsent(article, a -> byEntity(mentions))
                    .getOrDefault(entity.id(), List.of());
            if (mentionSpans.isEmpty()) {
                mentionSpans = occurrences(text, entity);
            }
            for (Span span : mentionSpans) {
                if (MetonymSupport.supports(text, span, mentions)) {
                    return true;
                }
            }
            return false;
        }

        private static Map<String, List<Span>> byEntity(List<Mention> mentions) {
            Map<String, List<Span>> byEntity = new HashMap<>();
            for (Mention mention : mentions) {
                mention.entity().ifPresent(e -> byEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(mention.span()));
            }
            return byEntity;
        }

        /** Where the entity's names occur as whole words, for annotations that carry no mentions of it. */
        private static List<Span> occurrences(String text, ArticleEntity entity) {
            List<Span> found = new ArrayList<>();
            List<String> names = new ArrayList<>(entity.aliases());
            names.add(0, entity.name());
            for (String name : names) {
                for (int at = text.indexOf(name); at >= 0 && !name.isEmpty(); at = text.indexOf(name, at + 1)) {
                    int end = at + name.length();
                    boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
                    boolean wordEnd = end == text.length() || !Character.isLetter(text.charAt(end));
                    if (wordStart && wordEnd) {
                        found.add(new Span(at, end));
                    }
                }
            }
            return found;
        }
    }
}
