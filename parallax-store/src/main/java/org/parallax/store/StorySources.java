package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outlets and near-duplicate links of some articles (those of the stories being stored), read by key, and what
 * they make of a story: its independent sources and its coverage by outlet. Articles are one source when one copies
 * or updates another (a near-duplicate link) or when they come from the same outlet; within one outlet, its articles
 * are as many independent texts as they make groups by links alone.
 *
 * <p>Reading only the given articles' rows (not every article's and link's) keeps storing an account's stories at
 * the cost of those stories, however large the store (issue 10).
 */
final class StorySources {

    /** How many ids one lookup names (an {@code IN} list the databases answer by their index). */
    private static final int IDS_PER_QUERY = 500;

    private final Map<String, String> outlets;
    private final Map<String, List<String>> links;

    private StorySources(Map<String, String> outlets, Map<String, List<String>> links) {
        this.outlets = outlets;
        this.links = links;
    }

    /** The outlets of {@code articles} (an article's source when it names no outlet) and the links between them. */
    static StorySources load(Connection connection, Collection<String> articles) throws SQLException {
        Map<String, String> outlets = new HashMap<>();
        Map<String, List<String>> links = new HashMap<>();
        forEachChunk(new ArrayList<>(Set.copyOf(articles)), (placeholders, chunk) -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, outlet, source FROM articles WHERE id IN (" + placeholders + ")")) {
                bind(statement, chunk);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        String outlet = result.getString(2);
                        outlets.put(result.getString(1), outlet.isEmpty() ? result.getString(3) : outlet);
                    }
                }
            }
            // A link is stored once, from the later article: the links from these articles are all those among them.
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT article_id, original_id FROM near_duplicates WHERE article_id IN (" + placeholders + ")")) {
                bind(statement, chunk);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        links.computeIfAbsent(result.getString(1), key -> new ArrayList<>()).add(result.getString(2));
                        links.computeIfAbsent(result.getString(2), key -> new ArrayList<>()).add(result.getString(1));
                    }
                }
            }
        });
        return new StorySources(outlets, links);
    }

    /** A lookup of some ids, given their {@code IN} list's placeholders and the ids to bind. */
    @FunctionalInterface
    interface ChunkLookup {
        void read(String placeholders, List<String> chunk) throws SQLException;
    }

    /** Looks {@code ids} up {@link #IDS_PER_QUERY} at a time. */
    static void forEachChunk(List<String> ids, ChunkLookup lookup) throws SQLException {
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            lookup.read(String.join(", ", Collections.nCopies(chunk.size(), "?")), chunk);
        }
    }

    static void bind(PreparedStatement statement, List<String> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setString(i + 1, ids.get(i));
        }
    }

    /** The outlet an article counts under: its own, its source when it names none, its id when it is not stored. */
    String outletOf(String article) {
        return outlets.getOrDefault(article, article);
    }

    /** How many independent sources {@code articles} are: groups by near-duplicate links and by outlet. */
    int independentSources(Set<String> articles) {
        return groups(articles, true);
    }

    /** For each outlet of {@code articles}: how many it has, and how many independent texts they are; most articles first. */
    List<Answers.OutletCoverage> coverage(Set<String> articles) {
        Map<String, Set<String>> byOutlet = new LinkedHashMap<>();
        for (String article : articles) {
            byOutlet.computeIfAbsent(outletOf(article), key -> new LinkedHashSet<>()).add(article);
        }
        List<Answers.OutletCoverage> coverage = new ArrayList<>();
        byOutlet.forEach((outlet, own) -> coverage.add(new Answers.OutletCoverage(outlet, own.size(), groups(own, false))));
        coverage.sort(Comparator.comparingInt(Answers.OutletCoverage::articles).reversed()
                .thenComparing(Answers.OutletCoverage::outlet));
        return coverage;
    }

    /** How many groups {@code articles} make, joined by their near-duplicate links (and by outlet when asked). */
    private int groups(Set<String> articles, boolean byOutlet) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> firstOfOutlet = new HashMap<>();
        for (String article : articles) {
            parent.put(article, article);
        }
        for (String article : articles) {
            if (byOutlet) {
                String first = firstOfOutlet.putIfAbsent(outletOf(article), article);
                if (first != null) {
                    union(parent, first, article);
                }
            }
            for (String other : links.getOrDefault(article, List.of())) {
                if (parent.containsKey(other)) {
                    union(parent, article, other);
                }
            }
        }
        int roots = 0;
        for (String article : articles) {
            if (find(parent, article).equals(article)) {
                roots++;
            }
        }
        return roots;
    }

    private static String find(Map<String, String> parent, String article) {
        String root = article;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(article, root);
        return root;
    }

    private static void union(Map<String, String> parent, String first, String second) {
        String a = find(parent, first);
        String b = find(parent, second);
        if (!a.equals(b)) {
            parent.put(b, a);
        }
    }
}
