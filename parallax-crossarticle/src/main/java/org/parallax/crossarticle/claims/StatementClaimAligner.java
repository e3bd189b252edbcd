package org.parallax.crossarticle.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parallax.crossarticle.ClaimAligner;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.StoryGroup;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;
import org.parallax.model.Stance;

/**
 * Claims from statements (see {@link ClaimCandidates}), aligned across a story's articles by
 * {@link ClaimMatching}: statements about the same claim, in one outlet or several, become one
 * claim; a claim's statement is its reference report's (the earliest-published report that
 * negates nothing; for a denial, the words of what is denied), and each report is
 * {@link Stance#REPORTED} or {@link Stance#CONTRADICTED} against it. An outlet with no report of a
 * claim is {@link Stance#ABSENT} in the story's matrix ({@link org.parallax.model.Story#stance}).
 *
 * <p>Statements are only compared inside blocks that share an entity or a content stem; a key held
 * by more than {@link #BLOCK_LIMIT} statements (the story's main actors, its commonest words) makes
 * no block, and each statement is compared with at most {@link #WINDOW} others per block, so the
 * work grows near-linearly with the number of statements.
 *
 * <p>Claim ids are {@code c<n>} within the story; {@link org.parallax.crossarticle.CrossArticleAnalyzer}
 * makes them unique across stories.
 */
public final class StatementClaimAligner implements ClaimAligner {

    static final int BLOCK_LIMIT = 500;
    static final int WINDOW = 200;

    private static final Comparator<ClaimCandidate> FIRST_REPORT = Comparator
            .comparing((ClaimCandidate c) -> c.published().orElse(LocalDate.MAX))
            .thenComparingInt(ClaimCandidate::order)
            .thenComparing(c -> c.evidence().span());

    private final ClaimMatching matching;

    public StatementClaimAligner() {
        this(ClaimMatching.standard());
    }

    public StatementClaimAligner(ClaimMatching matching) {
        this.matching = Objects.requireNonNull(matching, "matching");
    }

    @Override
    public List<Claim> align(StoryGroup story, List<AnalyzedArticle> articles, EntityResolution entities) {
        Set<String> members = new HashSet<>(story.articles());
        Set<String> storyEntities = Set.copyOf(story.entities());
        List<ClaimCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            AnalyzedArticle article = articles.get(i);
            if (members.isEmpty() || members.contains(article.article().id())) {
                String outlet = article.article().outlet().orElse(article.article().source());
                candidates.addAll(ClaimCandidates.of(article, i, outlet, storyEntities, entities));
            }
        }
        List<List<ClaimCandidate>> groups = new ArrayList<>();
        for (List<Integer> group : group(candidates)) {
            List<ClaimCandidate> reports = new ArrayList<>(group.stream().map(candidates::get).toList());
            reports.sort(FIRST_REPORT);
            groups.add(reports);
        }
        groups.sort(Comparator.comparing((List<ClaimCandidate> reports) -> reports.get(0), FIRST_REPORT));
        List<Claim> claims = new ArrayList<>();
        for (List<ClaimCandidate> reports : groups) {
            claims.add(claim("c" + (claims.size() + 1), reports));
        }
        return claims;
    }

    private static Claim claim(String id, List<ClaimCandidate> reports) {
        ClaimCandidate reference = reports.stream().filter(report -> !report.negative()).findFirst().orElse(reports.get(0));
        Map<String, Integer> subjects = new LinkedHashMap<>();
        List<ClaimReport> claimReports = new ArrayList<>();
        for (ClaimCandidate report : reports) {
            report.entities().forEach(entity -> subjects.merge(entity, 1, Integer::sum));
            Stance stance = ClaimMatching.contradicts(report, reference) ? Stance.CONTRADICTED : Stance.REPORTED;
            claimReports.add(new ClaimReport(report.article(), report.outlet(), stance, report.evidence(), report.attribution()));
        }
        List<String> ordered = subjects.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
        return new Claim(id, reference.statement(), ordered, claimReports);
    }

    /** Indexes of related statements, grouped transitively, via blocks. */
    private List<List<Integer>> group(List<ClaimCandidate> candidates) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (String entity : candidates.get(i).entities()) {
                blocks.computeIfAbsent("e|" + entity, key -> new ArrayList<>()).add(i);
            }
            for (String stem : candidates.get(i).stems()) {
                blocks.computeIfAbsent("w|" + stem, key -> new ArrayList<>()).add(i);
            }
        }
        int[] parent = new int[candidates.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (List<Integer> block : blocks.values()) {
            if (block.size() > BLOCK_LIMIT) {
                continue;
            }
            for (int a = 0; a < block.size(); a++) {
                for (int b = a + 1; b < block.size() && b <= a + WINDOW; b++) {
                    int left = find(parent, block.get(a));
                    int right = find(parent, block.get(b));
                    if (left != right && matching.related(candidates.get(block.get(a)), candidates.get(block.get(b)))) {
                        parent[left] = right;
                    }
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            groups.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(i);
        }
        return List.copyOf(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
