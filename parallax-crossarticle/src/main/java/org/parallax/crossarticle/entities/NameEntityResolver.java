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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.IncrementalEntityResolver;
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
 *   <li><b>Countries.</b> A country's short name, formal name and common short forms ("Russia",
 *       "Russian Federation"; "United States", "United States of America", "U.S.") are one entity,
 *       whether tagged a place or an organisation ({@link CountryNames}); the entity is typed a
 *       place. The very same name of two words or more tagged a place in one article and an
 *       organisation in another ("Wells Fargo Center", "White House") is one entity too.</li>
 *   <li><b>One-token names.</b> A person named by one token ("Clinton", "Mrs. Clinton") joins the
 *       one full-name person of its article with that surname; failing any that fits, the one
 *       full-name person across all articles with that surname. Titles before the name are cues
 *       ({@link PersonCues}): an honorific's gender ("Mrs.", "Ms.", "Miss"; "Mr.") never joins a
 *       person known (from their own honorifics) to be of the other gender, and picks the one
 *       person of that surname known to be of its gender ("Mrs. Clinton" is Hillary Clinton beside
 *       an unmarked "Bill Clinton"); among several candidates, a shared office decides ("President
 *       Obama" joins "President Barack Obama", not "Michelle Obama"). Otherwise it stays apart
 *       (with other bare, equally ambiguous and gender-compatible uses of the name). A token that is
 *       no one's surname joins, by the same rules, the one person with that given name ("Barack",
 *       "Hillary").</li>
 *   <li><b>Metonyms.</b> A seat of government in {@link MetonymTable} ("Moscow", "the Kremlin")
 *       whose text uses it for a government ({@link MetonymSupport}) gets
 *       {@link Entity#metonymFor()} set to the state's entity; the city is never merged with the
 *       state.</li>
 * </ol>
 *
 * <p>Cost: every per-article entity is keyed a constant number of times and candidate pairs come
 * only from shared keys ({@link Blocks}), so time and memory grow near-linearly with the number of
 * per-article entities. Resolved ids are {@code e<n>} in order of first appearance.
 *
 * <p><b>Incrementally</b> ({@link #extend}), each existing entity takes part through one node per
 * name it goes by (with the cues of its names and roles), owned by it ({@link DisjointSets#owned}),
 * so the same rules link added entities to it; its nodes are never linked to another existing
 * entity's, and a one-token name already resolved is not resolved again.
 */
public final class NameEntityResolver implements IncrementalEntityResolver {

    /** A block of variant names ({@link #sortedKeys}) up to this size is paired whole; a larger one by sorted neighbourhood. */
    public static final int FULL_BLOCK = 32;
    /** In a block larger than {@link #FULL_BLOCK}, each form is paired with this many next ones in sort order. */
    public static final int WINDOW = 8;
    private static final int PREFIX = 3;
    private static final int ROOTS_PER_NAME = 16;
    private static final int MIN_GIVEN_NAME = 3;

    /** One per-article entity with its normalised names. */
    private record Node(int article, ArticleEntity entity, TypeGroup group, List<String> tokens,
            List<List<String>> forms, Optional<String> country, PersonCues cues) {

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
        linkShortOrganizations(nodes, sets);
        linkBareNames(nodes, sets);
        return build(articles, nodes, sets);
    }

    @Override
    public EntityResolution extend(List<Entity> existing, List<AnalyzedArticle> added, int highest) {
        List<Node> nodes = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int e = 0; e < existing.size(); e++) {
            Entity entity = existing.get(e);
            ArticleEntity whole = new ArticleEntity(entity.id(), entity.name(), entity.type(),
                    entity.aliases().stream().map(EntityAlias::name).toList(),
                    entity.roles().stream().map(role -> new Role(role.title(), role.evidence().span())).toList());
            Set<String> names = new LinkedHashSet<>();
            names.add(entity.name());
            entity.aliases().forEach(alias -> names.add(alias.name()));
            for (String name : names) {
                nodes.add(node(EXISTING, new ArticleEntity(entity.id(), name, entity.type(), List.of(), List.of()), whole));
                owners.add(e);
            }
        }
        int existingNodes = nodes.size();
        nodes.addAll(collect(added));
        int[] owned = new int[nodes.size()];
        for (int i = 0; i < owned.length; i++) {
            owned[i] = i < existingNodes ? owners.get(i) : -1;
        }
        DisjointSets sets = DisjointSets.owned(owned);
        for (int i = 1; i < existingNodes; i++) {
            if (owners.get(i).equals(owners.get(i - 1))) {
                sets.union(i - 1, i);
            }
        }
        linkSameNames(nodes, sets);
        linkVariants(nodes, sets);
        linkBareNames(nodes, sets);
        return buildExtension(existing, added, nodes, existingNodes, sets, Math.max(highest, maxNumber(existing)));
    }

    /**
     * The keys through which {@link #extend} lets an added per-article entity meet the existing entity
     * {@code entity}: the {@link #linkageKeys(ArticleEntity)} of each name it goes by, taken as {@link #extend}
     * takes them (each name alone, with the entity's type). An existing entity that shares none of these with an
     * added entity's {@link #linkageKeys(ArticleEntity)} is never joined by it and does not change how it resolves,
     * so {@link #extend} may be given only the entities that share one (a store looks them up by these keys).
     */
    public static Set<String> nameKeys(Entity entity) {
        Set<String> keys = new LinkedHashSet<>();
        for (ArticleEntity name : namesAlone(entity)) {
            keys.addAll(linkageKeys(name));
        }
        return keys;
    }

    /** Each name an existing entity goes by, alone with its type, as {@link #extend} takes them. */
    private static List<ArticleEntity> namesAlone(Entity entity) {
        Set<String> names = new LinkedHashSet<>();
        names.add(entity.name());
        entity.aliases().forEach(alias -> names.add(alias.name()));
        return names.stream().map(name -> new ArticleEntity(entity.id(), name, entity.type(), List.of(), List.of())).toList();
    }

    /**
     * A blocking key through which names meet as variants ("Mohammed" and "Muhammad"; the {@code |s|} and
     * {@code |p|} keys of {@link #linkageKeys(ArticleEntity)}), with the form key of the name that gives it:
     * {@link #resolve} and {@link #extend} pair the forms of such a key's block all with all when the block holds
     * no more than {@link #FULL_BLOCK} forms, and otherwise sort them by {@code form} ({@link String#compareTo})
     * and pair each with the {@link #WINDOW} next ones only ({@link Blocks}). So of a larger block {@link #extend}
     * pairs an added form only with the forms within {@link #WINDOW} of it on either side, and a store may serve
     * it only the existing entities whose forms lie there (beside those sharing one of its other keys).
     */
    public record SortedKey(String key, String form) {

        public SortedKey {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(form, "form");
        }
    }

    /** The {@link SortedKey sorted keys} among {@link #linkageKeys(ArticleEntity)} of {@code entity}, with their forms. */
    public static List<SortedKey> sortedKeys(ArticleEntity entity) {
        return sortedKeys(node(0, entity, entity));
    }

    private static List<SortedKey> sortedKeys(Node node) {
        List<SortedKey> keys = new ArrayList<>();
        if (node.person() && node.tokens().size() < 2) {
            return keys;
        }
        for (List<String> form : node.forms()) {
            if (form.isEmpty()) {
                continue;
            }
            String sort = formKey(node, form);
            for (String key : blockingKeys(node, form)) {
                keys.add(new SortedKey(key, sort));
            }
        }
        return keys;
    }

    /**
     * Whether two forms of a sorted key's block ({@link SortedKey#form}) are names {@link #extend} joins when it pairs
     * them: the same group and names that match as variants (the test of {@link #resolve}'s variant step). An existing
     * entity none of whose forms joins an added form of the block cannot be joined through it (existing entities are
     * never joined to each other), so a store may leave it out.
     */
    public static boolean formsJoin(String first, String second) {
        int a = first.indexOf('|');
        int b = second.indexOf('|');
        if (a < 0 || a != b || !first.regionMatches(0, second, 0, a)) {
            return false;
        }
        List<String> firstTokens = List.of(first.substring(a + 1).split(" "));
        List<String> secondTokens = List.of(second.substring(b + 1).split(" "));
        return variantsMatch(first.startsWith(TypeGroup.PERSON.name() + "|"), firstTokens, secondTokens);
    }

    /** A form's key: its group and its tokens ({@link #linkVariants}' distinct forms, and {@link SortedKey#form}). */
    private static String formKey(Node node, List<String> form) {
        return node.groupKey() + "|" + String.join(" ", form);
    }

    /** The variant test of {@link #linkVariants} on two forms of one group: people's full names, or other names. */
    private static boolean variantsMatch(boolean person, List<String> first, List<String> second) {
        return person ? NameMatcher.peopleMatch(first, second) : NameMatcher.namesMatch(first, second);
    }

    /**
     * How an added per-article entity may meet existing entities in {@link #extend}, key by key, so that a store can
     * serve it a bounded part of a large block:
     * <ul>
     *   <li>{@code exact}: keys every existing entity of which it may meet (same names, countries, places and
     *       organisations, metonyms' states);</li>
     *   <li>{@code sorted}: its {@link SortedKey sorted keys}, of whose large blocks the window around its forms is enough;</li>
     *   <li>{@code bareName}: for a one-token person name, the skeleton key of its token, through which it meets the
     *       existing full names with a matching surname or given name, of which {@link #extend} keeps the first
     *       {@link #ROOTS_PER_NAME} per token (in the order it is given the existing entities) to tell one from several.</li>
     * </ul>
     * The rest of {@link #linkageKeys(ArticleEntity)} serves {@link #resolve} only: {@link #extend} resolves no existing
     * one-token name again, so an added full name meets nothing through its tokens' keys, and it does not shorten
     * organisation names to their heads.
     */
    public record ExtendKeys(Set<String> exact, List<SortedKey> sorted, Set<String> bareName) {

        public ExtendKeys {
            exact = Set.copyOf(exact);
            sorted = List.copyOf(sorted);
            bareName = Set.copyOf(bareName);
        }
    }

    /** How many existing full names {@link #extend} keeps per token of a one-token name ({@link ExtendKeys#bareName}). */
    public static int rootsPerName() {
        return ROOTS_PER_NAME;
    }

    /** The keys through which {@code entity}, added, may meet existing entities in {@link #extend}: see {@link ExtendKeys}. */
    public static ExtendKeys extendKeys(ArticleEntity entity) {
        Node node = node(0, entity, entity);
        List<SortedKey> sorted = sortedKeys(node);
        Set<String> skip = new HashSet<>();
        sorted.forEach(key -> skip.add(key.key()));
        Set<String> exact = new LinkedHashSet<>();
        Set<String> bare = new LinkedHashSet<>();
        boolean oneTokenPerson = node.person() && node.tokens().size() == 1;
        for (String key : linkageKeys(node, skeleton -> true)) {
            if (skip.contains(key) || key.startsWith("organization-head|")) {
                continue;
            }
            if (key.startsWith("person-token|")) {
                if (oneTokenPerson) {
                    bare.add(key);
                }
                continue;
            }
            exact.add(key);
        }
        return new ExtendKeys(exact, sorted, bare);
    }

    /** The {@link SortedKey sorted keys} among {@link #nameKeys(Entity)} of the existing {@code entity}: each name's, alone. */
    public static List<SortedKey> sortedKeys(Entity entity) {
        Set<SortedKey> keys = new LinkedHashSet<>();
        for (ArticleEntity name : namesAlone(entity)) {
            keys.addAll(sortedKeys(name));
        }
        return List.copyOf(keys);
    }

    /** The article index of an existing entity's nodes: no article of the added ones. */
    private static final int EXISTING = -1;

    private static List<Node> collect(List<AnalyzedArticle> articles) {
        List<Node> nodes = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            for (ArticleEntity entity : articles.get(a).annotations().entities()) {
                nodes.add(node(a, entity, entity));
            }
        }
        return nodes;
    }

    /** The node of {@code entity}, its person cues read from {@code cues} (the entity itself, or the whole existing entity). */
    private static Node node(int article, ArticleEntity entity, ArticleEntity cues) {
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
        Optional<String> country = person ? Optional.empty() : CountryNames.code(forms, entity.type());
        return new Node(article, entity, group, tokens, List.copyOf(forms), country,
                person ? PersonCues.of(cues) : PersonCues.NONE);
    }

    /**
     * The keys through which {@link #resolve} may let a per-article entity meet another: its same-name keys,
     * its blocking keys for variant names, the skeletons of its name tokens (one-token names and the surnames
     * and given names they may join), the words an organisation's name may be shortened to, and the seat of
     * government or state it names (metonyms). Two entities
     * that are not connected through shared keys (directly or by a chain of entities) are never one resolved
     * entity, and neither changes how the other is resolved. So each connected group of entities, with the
     * articles (text and mentions) they come from, may be resolved apart, in input order, and gives the same
     * entities: what the Spark job does to distribute entity resolution.
     */
    public static Set<String> linkageKeys(ArticleEntity entity) {
        return linkageKeys(entity, skeleton -> true);
    }

    /**
     * The skeleton of the name of a person named by one token ("Clinton", "Mrs. Clinton"), the only
     * token skeletons through which {@link #resolve} lets people meet by a name token alone (a one-token
     * name joins the full names whose surname or given name matches it, or other such bare names).
     */
    public static Optional<String> oneTokenSkeleton(ArticleEntity entity) {
        if (TypeGroup.of(entity.type()) != TypeGroup.PERSON) {
            return Optional.empty();
        }
        List<String> tokens = NameNormalizer.tokens(entity.name(), true);
        return tokens.size() == 1 ? Optional.of(NameNormalizer.skeleton(tokens.get(0))) : Optional.empty();
    }

    /**
     * {@link #linkageKeys(ArticleEntity)}, less the keys of a full name's tokens whose skeleton no
     * one-token name has ({@code oneTokenSkeletons} says which have: {@link #oneTokenSkeleton} of every
     * per-article entity of the corpus). Only one-token names meet people through a name token
     * ({@link NameMatcher#tokensMatch} implies equal skeletons), so these keys group the same entities
     * together, in far smaller groups on a corpus where many people share given names or surnames.
     */
    public static Set<String> linkageKeys(ArticleEntity entity, Predicate<String> oneTokenSkeletons) {
        return linkageKeys(node(0, entity, entity), oneTokenSkeletons);
    }

    private static Set<String> linkageKeys(Node node, Predicate<String> oneTokenSkeletons) {
        Set<String> keys = new LinkedHashSet<>();
        node.country().ifPresent(code -> keys.add("country|" + code));
        for (List<String> form : node.forms()) {
            if (form.isEmpty()) {
                continue;
            }
            String joined = String.join(" ", form);
            if ((node.group() == TypeGroup.PLACE || node.group() == TypeGroup.ORGANIZATION) && form.size() >= 2) {
                keys.add("place-or-organization|" + joined);
            }
            if (!node.person()) {
                MetonymTable.seat(joined).ifPresent(seat -> keys.add("state|" + seat));
                MetonymTable.state(joined).ifPresent(state -> keys.add("state|" + state));
            }
            if (!node.person() || node.tokens().size() >= 2) {
                keys.add(node.groupKey() + "|" + joined);
                keys.addAll(blockingKeys(node, form));
            }
        }
        if (node.person()) {
            for (String token : node.tokens()) {
                String skeleton = NameNormalizer.skeleton(token);
                if (node.tokens().size() == 1 || oneTokenSkeletons.test(skeleton)) {
                    keys.add("person-token|" + skeleton);
                }
            }
        }
        if (node.group() == TypeGroup.ORGANIZATION && !node.tokens().isEmpty()) {
            // linkShortOrganizations: a one-token name meets every longer organisation name it may shorten.
            List<String> heads = node.tokens().size() == 1 ? node.tokens() : heads(node.tokens());
            for (String head : heads) {
                keys.add("organization-head|" + head);
            }
        }
        return keys;
    }

    private static void linkSameNames(List<Node> nodes, DisjointSets sets) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node.country().isPresent()) {
                link(first, "country|" + node.country().get(), i, sets);
            }
            if (node.group() == TypeGroup.PLACE || node.group() == TypeGroup.ORGANIZATION) {
                for (List<String> form : node.forms()) {
                    if (form.size() >= 2) {
                        link(first, "place-or-organization|" + String.join(" ", form), i, sets);
                    }
                }
            }
            if (node.person() && node.tokens().size() < 2) {
                continue;
            }
            for (List<String> form : node.forms()) {
                if (form.isEmpty()) {
                    continue;
                }
                link(first, node.groupKey() + "|" + String.join(" ", form), i, sets);
            }
        }
    }

    /** Joins {@code node} to the first node that gave {@code key}, or makes it that first node. */
    private static void link(Map<String, Integer> first, String key, int node, DisjointSets sets) {
        Integer earlier = first.putIfAbsent(key, node);
        if (earlier != null) {
            sets.union(earlier, node);
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
                String key = formKey(node, form);
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
            if (variantsMatch(nodeA.person(), formTokens.get(a), formTokens.get(b))) {
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

    /**
     * Links one-token organisation names to the organisation whose name they shorten (issue 8, ECB+): "Navy" is the
     * one "Indian Navy" of its article, "Chargers" the "San Diego Chargers", "Academy" the "Academy of Motion Picture
     * Arts and Sciences", "AMA" the "American Medical Association". The token must be the head of the longer name
     * (its last word, or its first before "of") or its initials (three or more),
     * and it joins only when exactly one such organisation is named in its own article or, failing any there, in the
     * whole corpus; with two candidates ("Navy" beside "Indian Navy" and "US Navy") it stays apart.
     */
    private static void linkShortOrganizations(List<Node> nodes, DisjointSets sets) {
        Map<Integer, Map<String, Set<Integer>>> byArticle = new HashMap<>();
        Map<String, Set<Integer>> inCorpus = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node.group() != TypeGroup.ORGANIZATION || node.tokens().size() < 2) {
                continue;
            }
            int root = sets.find(i);
            for (String head : heads(node.tokens())) {
                byArticle.computeIfAbsent(node.article(), key -> new HashMap<>())
                        .computeIfAbsent(head, key -> new HashSet<>()).add(root);
                inCorpus.computeIfAbsent(head, key -> new HashSet<>()).add(root);
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node.group() != TypeGroup.ORGANIZATION || node.tokens().size() != 1) {
                continue;
            }
            String token = node.tokens().get(0);
            Set<Integer> candidates = byArticle.getOrDefault(node.article(), Map.of()).getOrDefault(token, Set.of());
            if (candidates.isEmpty()) {
                candidates = inCorpus.getOrDefault(token, Set.of());
            }
            if (candidates.size() == 1) {
                sets.union(i, candidates.iterator().next());
            }
        }
    }

    /**
     * The words a name of several words may be shortened to: its last, its first when "of" follows it, and its
     * initials ("ama" for "American Medical Association", function words left out).
     */
    private static List<String> heads(List<String> tokens) {
        List<String> heads = new ArrayList<>();
        heads.add(tokens.get(tokens.size() - 1));
        if (tokens.size() > 2 && tokens.get(1).equals("of")) {
            heads.add(tokens.get(0));
        }
        StringBuilder initials = new StringBuilder();
        for (String token : tokens) {
            if (!INITIALS_SKIPPED.contains(token) && Character.isLetter(token.codePointAt(0))) {
                initials.appendCodePoint(token.codePointAt(0));
            }
        }
        if (initials.length() >= 3) {
            heads.add(initials.toString());
        }
        return heads;
    }

    /** Function words an organisation's initials leave out ("Federal Bureau of Investigation" is "FBI"). */
    private static final Set<String> INITIALS_SKIPPED = Set.of("of", "the", "and", "for", "&", "on", "in", "de");

    /**
     * Links one-token person names: first as a surname, then as a given name. See the class
     * comment; {@code root} holds each node's set before this step, which joins a one-token name
     * to at most one of those sets.
     */
    private static void linkBareNames(List<Node> nodes, DisjointSets sets) {
        int[] root = new int[nodes.size()];
        Map<Integer, List<Integer>> fullByArticle = new HashMap<>();
        NameIndex surnames = new NameIndex();
        NameIndex givenNames = new NameIndex();
        Map<Integer, PersonCues> rootCues = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            root[i] = sets.find(i);
            Node node = nodes.get(i);
            if (node.person() && node.tokens().size() >= 2) {
                if (node.article() != EXISTING) {
                    fullByArticle.computeIfAbsent(node.article(), k -> new ArrayList<>()).add(i);
                }
                surnames.add(node.tokens().get(node.tokens().size() - 1), root[i]);
                String given = node.tokens().get(0);
                if (given.length() >= MIN_GIVEN_NAME) {
                    givenNames.add(given, root[i]);
                }
                rootCues.merge(root[i], node.cues(), PersonCues::with);
            }
        }
        List<Integer> leftovers = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (!node.person() || node.tokens().size() != 1 || node.article() == EXISTING) {
                continue;
            }
            String token = node.tokens().get(0);
            Set<Integer> inArticle = new HashSet<>();
            Set<Integer> givenInArticle = new HashSet<>();
            for (int full : fullByArticle.getOrDefault(node.article(), List.of())) {
                List<String> tokens = nodes.get(full).tokens();
                if (NameMatcher.tokensMatch(token, tokens.get(tokens.size() - 1))) {
                    inArticle.add(root[full]);
                } else if (tokens.get(0).length() >= MIN_GIVEN_NAME && NameMatcher.tokensMatch(token, tokens.get(0))) {
                    givenInArticle.add(root[full]);
                }
            }
            Set<Integer> across = surnames.roots(token);
            Optional<Integer> pick = choose(node.cues(), inArticle, across, rootCues);
            if (pick.isEmpty() && inArticle.isEmpty() && across.isEmpty() && token.length() >= MIN_GIVEN_NAME) {
                pick = choose(node.cues(), givenInArticle, givenNames.roots(token), rootCues);
            }
            if (pick.isPresent()) {
                sets.union(pick.get(), i);
            } else {
                leftovers.add(i);
            }
        }
        Blocks blocks = new Blocks(FULL_BLOCK, WINDOW);
        for (int i : leftovers) {
            blocks.add(NameNormalizer.skeleton(nodes.get(i).tokens().get(0)), i);
        }
        blocks.forEachPair(Comparator.comparing(i -> nodes.get(i).tokens().get(0)), (a, b) -> {
            if (NameMatcher.tokensMatch(nodes.get(a).tokens().get(0), nodes.get(b).tokens().get(0))
                    && !nodes.get(a).cues().conflictsWith(nodes.get(b).cues())) {
                sets.union(a, b);
            }
        });
    }

    /**
     * The one person a one-token name joins, if any: among the people of its article, failing any
     * that fit, among all. A gendered honorific ("Mrs. Clinton") first picks the one person of that
     * surname known to be of that gender, and never one known to be of the other; then a single
     * candidate wins; then, among several, the one sharing a title ("President Obama" and "President
     * Barack Obama").
     */
    private static Optional<Integer> choose(PersonCues cues, Set<Integer> inArticle, Set<Integer> across,
            Map<Integer, PersonCues> rootCues) {
        List<Integer> fitting = fitting(cues, inArticle, rootCues);
        if (cues.gender().isPresent() && sameGender(cues, fitting, rootCues).isEmpty()) {
            List<Integer> known = sameGender(cues, fitting(cues, across, rootCues), rootCues);
            if (known.size() == 1) {
                return Optional.of(known.get(0));
            }
        }
        if (fitting.isEmpty()) {
            fitting = fitting(cues, across, rootCues);
        }
        List<Integer> known = sameGender(cues, fitting, rootCues);
        if (known.size() == 1) {
            return Optional.of(known.get(0));
        }
        if (fitting.size() == 1) {
            return Optional.of(fitting.get(0));
        }
        List<Integer> titled = fitting.stream().filter(root -> cues.sharesTitleWith(rootCues.get(root))).toList();
        return titled.size() == 1 ? Optional.of(titled.get(0)) : Optional.empty();
    }

    private static List<Integer> fitting(PersonCues cues, Set<Integer> roots, Map<Integer, PersonCues> rootCues) {
        return roots.stream().filter(root -> !cues.conflictsWith(rootCues.get(root))).sorted().toList();
    }

    private static List<Integer> sameGender(PersonCues cues, List<Integer> roots, Map<Integer, PersonCues> rootCues) {
        return cues.gender().isEmpty() ? List.of()
                : roots.stream().filter(root -> rootCues.get(root).gender().equals(cues.gender())).toList();
    }

    /** Full-name people's sets by one of their name tokens, met by exact token or skeleton and confirmed. */
    private static final class NameIndex {

        private final Map<String, Set<Integer>> rootsByToken = new HashMap<>();
        private final Map<String, Set<String>> tokensBySkeleton = new HashMap<>();

        void add(String token, int root) {
            Set<Integer> roots = rootsByToken.computeIfAbsent(token, k -> new HashSet<>());
            if (roots.size() < ROOTS_PER_NAME) {
                roots.add(root);
            }
            tokensBySkeleton.computeIfAbsent(NameNormalizer.skeleton(token), k -> new HashSet<>()).add(token);
        }

        /** The sets whose token matches; at most a few per token, enough to tell one from several. */
        Set<Integer> roots(String token) {
            Set<Integer> found = new HashSet<>();
            for (String known : tokensBySkeleton.getOrDefault(NameNormalizer.skeleton(token), Set.of())) {
                if (NameMatcher.tokensMatch(token, known)) {
                    found.addAll(rootsByToken.get(known));
                }
            }
            return found;
        }
    }

    /**
     * The existing entities, each with the added members its set gained, then the added members'
     * new entities; see {@link #extend}.
     */
    private static EntityResolution buildExtension(List<Entity> existing, List<AnalyzedArticle> added, List<Node> nodes,
            int existingNodes, DisjointSets sets, int highest) {
        Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            clusters.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        int number = highest;
        List<List<Integer>> ordered = new ArrayList<>(clusters.values());
        List<String> ids = new ArrayList<>(ordered.size());
        for (List<Integer> cluster : ordered) {
            int owner = sets.owner(cluster.get(0));
            ids.add(owner >= 0 ? existing.get(owner).id() : "e" + (++number));
        }
        Map<Integer, String> states = stateEntities(ordered, nodes, ids);
        MetonymFinder metonyms = new MetonymFinder(added);
        Map<String, String> canonical = new HashMap<>();
        Map<String, Entity> gained = new HashMap<>();
        List<Entity> created = new ArrayList<>();
        for (Entity entity : existing) {
            entity.members().forEach(member -> canonical.put(member, entity.id()));
        }
        for (int c = 0; c < ordered.size(); c++) {
            List<Integer> members = ordered.get(c).stream().filter(i -> i >= existingNodes).toList();
            if (members.isEmpty()) {
                continue;
            }
            String id = ids.get(c);
            members.forEach(i -> canonical.put(nodes.get(i).entity().id(), id));
            Entity part = entity(id, members, nodes, added, states, metonyms);
            int owner = sets.owner(ordered.get(c).get(0));
            if (owner >= 0) {
                gained.put(part.id(), joined(existing.get(owner), part));
            } else {
                created.add(part);
            }
        }
        List<Entity> entities = new ArrayList<>(existing.size() + created.size());
        existing.forEach(entity -> entities.add(gained.getOrDefault(entity.id(), entity)));
        entities.addAll(created);
        return new EntityResolution(entities, canonical);
    }

    /**
     * An existing entity with the added members of its set: their names, roles and members after
     * its own; its id, type and metonymy kept; its name given up only for a fuller one, as
     * {@link #canonicalName} prefers.
     */
    private static Entity joined(Entity entity, Entity part) {
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        for (EntityAlias alias : entity.aliases()) {
            aliases.computeIfAbsent(alias.name(), k -> new LinkedHashSet<>()).addAll(alias.articles());
        }
        for (EntityAlias alias : part.aliases()) {
            aliases.computeIfAbsent(alias.name(), k -> new LinkedHashSet<>()).addAll(alias.articles());
        }
        List<EntityAlias> aliasList = new ArrayList<>(aliases.size());
        aliases.forEach((name, using) -> aliasList.add(new EntityAlias(name, List.copyOf(using))));
        List<EntityRole> roles = new ArrayList<>(entity.roles());
        roles.addAll(part.roles());
        List<String> members = new ArrayList<>(entity.members());
        members.addAll(part.members());
        return new Entity(entity.id(), joinedName(entity, aliasList), entity.type(), aliasList, roles, members,
                entity.metonymFor().or(part::metonymFor));
    }

    /**
     * The name of an existing entity that gained members: a country keeps its short name; anything
     * else is named as {@link #canonicalName} names it, over its names with the number of articles
     * using each standing for how often it is used (the counts the whole-corpus path has).
     */
    private static String joinedName(Entity entity, List<EntityAlias> aliases) {
        boolean person = entity.type() == EntityType.PERSON;
        if (!person && CountryNames.code(List.of(NameNormalizer.tokens(entity.name(), false)), entity.type()).isPresent()) {
            return entity.name();
        }
        if (aliases.isEmpty()) {
            return entity.name();
        }
        List<CanonicalNames.Candidate> candidates = new ArrayList<>(aliases.size());
        for (EntityAlias alias : aliases) {
            candidates.add(new CanonicalNames.Candidate(alias.name(), NameNormalizer.tokens(alias.name(), person).size(),
                    alias.articles().size()));
        }
        CanonicalNames.Candidate best = CanonicalNames.best(candidates);
        return withoutPossessive(best.name());
    }

    /** The highest {@code n} among ids {@code e<n>}; 0 when there are none. */
    private static int maxNumber(List<Entity> entities) {
        int max = 0;
        for (Entity entity : entities) {
            String id = entity.id();
            if (id.length() > 1 && id.length() < 10 && id.charAt(0) == 'e' && id.substring(1).chars().allMatch(Character::isDigit)) {
                max = Math.max(max, Integer.parseInt(id.substring(1)));
            }
        }
        return max;
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
        Optional<String> country = Optional.empty();
        for (int i : members) {
            Node node = nodes.get(i);
            String article = articles.get(node.article()).article().id();
            ArticleEntity entity = node.entity();
            memberIds.add(entity.id());
            typeCounts.merge(entity.type(), 1, Integer::sum);
            aliases.computeIfAbsent(NameNormalizer.display(entity.name()), k -> new LinkedHashSet<>()).add(article);
            for (String alias : entity.aliases()) {
                if (!alias.isBlank()) {
                    aliases.computeIfAbsent(NameNormalizer.display(alias), k -> new LinkedHashSet<>()).add(article);
                }
            }
            for (Role role : entity.roles()) {
                roles.add(new EntityRole(role.title(), new Evidence(article, role.evidence())));
            }
            nameUse.merge(NameNormalizer.display(entity.name()), 1, Integer::sum);
            country = country.or(node::country);
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
        if (country.isPresent() && typeCounts.keySet().stream().anyMatch(EntityType::isPlace)) {
            typeCounts.keySet().removeIf(type -> !type.isPlace());
        }
        EntityType type = typeCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String name = country.map(CountryNames::shortName).orElseGet(() -> canonicalName(members, nodes, nameUse));
        return new Entity(id, name, type, aliasList, roles, memberIds, metonymFor);
    }

    /**
     * A country is named by its short name ({@link CountryNames#shortName}); anything else by
     * the fullest name in common use ({@link CanonicalNames#best}, over the names as written with the
     * number of per-article entities using each); shown without stray punctuation or a possessive.
     */
    private static String canonicalName(List<Integer> members, List<Node> nodes, Map<String, Integer> nameUse) {
        Map<String, CanonicalNames.Candidate> candidates = new LinkedHashMap<>();
        for (int i : members) {
            Node node = nodes.get(i);
            String name = NameNormalizer.display(node.entity().name());
            CanonicalNames.Candidate candidate = new CanonicalNames.Candidate(name, node.tokens().size(), nameUse.get(name));
            candidates.merge(name, candidate, (seen, other) -> other.words() > seen.words() ? other : seen);
        }
        return withoutPossessive(CanonicalNames.best(List.copyOf(candidates.values())).name());
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
