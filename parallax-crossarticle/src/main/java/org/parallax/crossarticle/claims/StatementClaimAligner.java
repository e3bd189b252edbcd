package org.parallax.crossarticle.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parallax.crossarticle.ClaimAligner;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.StoryGroup;
import org.parallax.crossarticle.entities.DisjointSets;
import org.parallax.crossarticle.stance.PreparedArticle;
import org.parallax.crossarticle.stance.PreparedClaim;
import org.parallax.crossarticle.stance.StanceInputs;
import org.parallax.crossarticle.stance.StanceJudge;
import org.parallax.crossarticle.stories.TextEmbedder;
import org.parallax.crossarticle.stories.Vectors;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;
import org.parallax.model.ClaimStance;
import org.parallax.model.Coverage;
import org.parallax.model.Stance;

/**
 * Claims from statements (see {@link ClaimCandidates}), aligned across a story's articles by
 * {@link ClaimMatching}: statements about the same claim, in one outlet or several, become one
 * claim; a claim's statement is its reference report's (the earliest-published report that
 * negates nothing; for a denial, the words of what is denied), and each report is
 * {@link Stance#REPORTED} or {@link Stance#CONTRADICTED} against it. An outlet with no report of a
 * claim is {@link Stance#ABSENT} in the story's matrix ({@link org.parallax.model.Story#stance}).
 *
 * <p>With a {@link TextEmbedder}, paraphrases are aligned too: two statements from different outlets
 * are the same claim when their statement embeddings have a cosine similarity of at least
 * {@link #PARAPHRASE_SIMILARITY} (of {@link #ONE_WORD_PARAPHRASE_SIMILARITY} when they share
 * only one content word), they share a content word, and their sentences name a common
 * resolved entity, the source included ({@link ClaimCandidate#context()}), the people and organisations
 * each statement's own words name are named by the other's words or source too ({@link ClaimMatching#namedBy}), and they report the same thing
 * ({@link ClaimMatching#sharesPredicate}): "Ukraine’s intelligence
 * services are working in “close cooperation” with their Israeli counterparts, a senior aide to
 * ... Zelensky said" and "Zelensky confirmed ... that his country has begun intelligence
 * cooperation with Israel". The content-word rule misses these, since outlets rewrite each other's
 * words. all-MiniLM-L6-v2 alone rates statements about the same actors in the same register as
 * alike (0.71 for "Bennett had pressurized Zelensky ..." against "Putin called Zelensky a Nazi in
 * response to Bennett’s request"); the shared entity and shared word keep those apart. The threshold was calibrated
 * on the seeds and on real-looking paraphrase and non-paraphrase pairs (see
 * {@code docs/quality-crossarticle.md}). Each statement is embedded once, in one batch; whether a
 * report contradicts its claim is decided afterwards, as for lexical matches.
 *
 * <p>Statements are only compared inside blocks that share an entity or a content stem; a key held
 * by more than {@link #BLOCK_LIMIT} statements (the story's main actors, its commonest words) makes
 * no block, and each statement is compared with at most {@link #WINDOW} others per block, so the
 * work grows near-linearly with the number of statements. The embedding comparison runs only in the
 * blocks of a context entity, and each statement is compared with at most {@link #NEIGHBOURS} statements of
 * other outlets among the {@link #WINDOW} that follow it in a block.
 *
 * <p>Each claim gets its {@link Coverage}: shared by several outlets, disputed, or carried by one
 * outlet only. Of an outlet's single-outlet claims, the {@link #EXCLUSIVE_PER_OUTLET} closest to
 * what the story's other outlets cover ({@link ClaimSalience}) are exclusive, a telling omission by
 * the others, provided they say something ({@link #SUBSTANTIVE_STEMS} content words and an entity
 * or a source); the others are details. Claims come shared first, then disputed, exclusive and
 * details, each in the order of their first report.
 *
 * <p>Claim ids are {@code c<n>} within the story; {@link org.parallax.crossarticle.CrossArticleAnalyzer}
 * makes them unique across stories.
 */
public final class StatementClaimAligner implements ClaimAligner {

    static final int BLOCK_LIMIT = 500;
    static final int WINDOW = 200;
    /** Most embedding comparisons per statement and entity block. */
    static final int NEIGHBOURS = 64;
    /** Least cosine similarity of two statements' embeddings (all-MiniLM-L6-v2) for a paraphrase. */
    static final double PARAPHRASE_SIMILARITY = 0.65;
    /**
     * Least cosine similarity when the two statements share a single content word: the less the
     * wording overlaps, the more the meaning must ("Israel for not doing more in terms of helping
     * the Ukraine with weapons" and "Israel is not speaking out ... to be able to help mediate"
     * share only "help" and score 0.71; two rewrites of the Iranian-drones report share only
     * "drone" and score 0.85).
     */
    static final double ONE_WORD_PARAPHRASE_SIMILARITY = 0.75;
    /** Most claims per outlet marked {@link Coverage#EXCLUSIVE}; its other single-outlet claims are details. */
    static final int EXCLUSIVE_PER_OUTLET = 4;
    /** Fewest content stems of a statement that can be an exclusive claim ("Exactly as you described it" has two). */
    static final int SUBSTANTIVE_STEMS = 4;

    /** Least probability of the stance judge's "contradicts" for a report it alone finds contradicting. */
    static final double JUDGED_CONTRADICTION = 0.5;

    private final ClaimMatching matching;
    private final Optional<TextEmbedder> embedder;
    private final Optional<StanceJudge> judge;

    /** Lexical alignment only, with the standard matching. */
    public StatementClaimAligner() {
        this(ClaimMatching.standard());
    }

    /** Lexical alignment only. */
    public StatementClaimAligner(ClaimMatching matching) {
        this.matching = Objects.requireNonNull(matching, "matching");
        this.embedder = Optional.empty();
        this.judge = Optional.empty();
    }

    /** Lexical alignment plus paraphrases across outlets, found with {@code embedder}'s sentence embeddings. */
    public StatementClaimAligner(ClaimMatching matching, TextEmbedder embedder) {
        this.matching = Objects.requireNonNull(matching, "matching");
        this.embedder = Optional.of(Objects.requireNonNull(embedder, "embedder"));
        this.judge = Optional.empty();
    }

    /**
     * The same, and a report contradicts its claim also when {@code judge} (the stance judgement of
     * {@code parallax check}, over the same embeddings) finds it contradicting with probability at least
     * {@link #JUDGED_CONTRADICTION}.
     */
    public StatementClaimAligner(ClaimMatching matching, TextEmbedder embedder, StanceJudge judge) {
        this.matching = Objects.requireNonNull(matching, "matching");
        this.embedder = Optional.of(Objects.requireNonNull(embedder, "embedder"));
        this.judge = Optional.of(Objects.requireNonNull(judge, "judge"));
    }

    @Override
    public List<Claim> align(StoryGroup story, List<AnalyzedArticle> articles, EntityResolution entities) {
        Set<String> members = new HashSet<>(story.articles());
        Set<String> storyEntities = Set.copyOf(story.entities());
        List<ClaimCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            AnalyzedArticle article = articles.get(i);
            if (members.isEmpty() || members.contains(article.article().id())) {
                String outlet = CrossArticleAnalyzer.outletOf(article);
                candidates.addAll(ClaimCandidates.of(article, i, outlet, storyEntities, entities));
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        Optional<List<float[]>> vectors = embedder.map(e -> e.embedAll(candidates.stream().map(ClaimCandidate::statement).toList()));
        List<List<Integer>> groups = group(candidates, vectors);
        ClaimSalience salience = vectors.map(v -> ClaimSalience.semantic(candidates, v)).orElseGet(() -> ClaimSalience.lexical(candidates));
        List<ClaimSalience.Scored> scored = new ArrayList<>();
        for (List<Integer> group : groups) {
            List<Integer> ordered = new ArrayList<>(group);
            ordered.sort((a, b) -> ClaimCandidate.FIRST_REPORT.compare(candidates.get(a), candidates.get(b)));
            List<ClaimCandidate> reports = ordered.stream().map(candidates::get).toList();
            List<Boolean> judged = judgedContradictions(reports, ordered, vectors);
            scored.add(claim(reports, judged, salience.of(group)));
        }
        return ClaimSalience.rank(scored, EXCLUSIVE_PER_OUTLET);
    }

    /** The reference report of a claim's reports (in first-report order): the first that negates nothing. */
    private static int reference(List<ClaimCandidate> reports) {
        for (int i = 0; i < reports.size(); i++) {
            if (!reports.get(i).negative()) {
                return i;
            }
        }
        return 0;
    }

    /** For each report, whether the stance judge finds it contradicting the claim's reference report. */
    private List<Boolean> judgedContradictions(List<ClaimCandidate> reports, List<Integer> indexes, Optional<List<float[]>> vectors) {
        List<Boolean> judged = new ArrayList<>(Collections.nCopies(reports.size(), false));
        if (judge.isEmpty() || vectors.isEmpty() || reports.size() < 2) {
            return judged;
        }
        int reference = reference(reports);
        PreparedClaim claim = StanceInputs.claim(reports.get(reference).statement(), vectors.get().get(indexes.get(reference)));
        for (int i = 0; i < reports.size(); i++) {
            // Only another outlet's other words are judged: one outlet does not dispute itself, and the model has
            // found one quote's two wordings, even one article's text twice, contradicting. And only a statement about
            // the same subjects and predicate that differs in polarity or figures: anything else is another claim or
            // agrees, whatever the judge finds (it had found "Gates was not working for Yanukovych's political party"
            // contradicting "the party was working to change its image").
            ClaimCandidate candidate = reports.get(i);
            if (i != reference && !candidate.outlet().equals(reports.get(reference).outlet())
                    && !ClaimMatching.sameWording(candidate, reports.get(reference))
                    && ClaimMatching.comparable(candidate, reports.get(reference))
                    && ClaimMatching.differs(candidate, reports.get(reference))) {
                PreparedArticle report = StanceInputs.statement(reports.get(i).statement(), vectors.get().get(indexes.get(i)));
                judged.set(i, judge.get().judge(claim, report).probability(ClaimStance.CONTRADICTS) >= JUDGED_CONTRADICTION);
            }
        }
        return judged;
    }

    private static ClaimSalience.Scored claim(List<ClaimCandidate> reports, List<Boolean> judged, double salience) {
        ClaimCandidate reference = reports.get(reference(reports));
        Map<String, Integer> subjects = new LinkedHashMap<>();
        List<ClaimReport> claimReports = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            ClaimCandidate report = reports.get(i);
            report.entities().forEach(entity -> subjects.merge(entity, 1, Integer::sum));
            Stance stance = ClaimMatching.contradicts(report, reference) || judged.get(i) ? Stance.CONTRADICTED : Stance.REPORTED;
            claimReports.add(new ClaimReport(report.article(), report.outlet(), stance, report.evidence(), report.attribution()));
        }
        List<String> ordered = subjects.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
        boolean substantive = reports.stream().anyMatch(report -> report.stems().size() >= SUBSTANTIVE_STEMS
                && (!report.entities().isEmpty() || report.source().isPresent()));
        return new ClaimSalience.Scored(reference.display(), ordered, claimReports, salience, substantive, reports.get(0));
    }

    /** Indexes of related statements, grouped transitively, via blocks. */
    private List<List<Integer>> group(List<ClaimCandidate> candidates, Optional<List<float[]>> vectors) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (String entity : candidates.get(i).entities()) {
                blocks.computeIfAbsent("e|" + entity, key -> new ArrayList<>()).add(i);
            }
            for (String stem : candidates.get(i).stems()) {
                blocks.computeIfAbsent("w|" + stem, key -> new ArrayList<>()).add(i);
            }
        }
        DisjointSets sets = new DisjointSets(candidates.size());
        for (List<Integer> block : blocks.values()) {
            if (block.size() > BLOCK_LIMIT) {
                continue;
            }
            for (int a = 0; a < block.size(); a++) {
                for (int b = a + 1; b < block.size() && b <= a + WINDOW; b++) {
                    if (sets.find(block.get(a)) != sets.find(block.get(b))
                            && matching.related(candidates.get(block.get(a)), candidates.get(block.get(b)))) {
                        sets.union(block.get(a), block.get(b));
                    }
                }
            }
        }
        vectors.ifPresent(v -> paraphrases(candidates, sets, v));
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            groups.computeIfAbsent(sets.find(i), root -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> claims = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            claims.addAll(unchained(group, candidates, vectors));
        }
        return claims;
    }

    /**
     * A group of transitively linked statements as claims that hold together: each statement joins its claim only when
     * it is related to the claim's reference statement itself (or repeats words of one that is), not through a chain
     * of neighbours; the others make claims of their own, in turn. On PolNeAR, chains had joined "72 percent of voters
     * said it bothered them ... that the Clinton Foundation took money" with a call for a special prosecutor and a
     * "dereliction of duty" quote, one neighbour at a time.
     */
    private List<List<Integer>> unchained(List<Integer> group, List<ClaimCandidate> candidates, Optional<List<float[]>> vectors) {
        List<List<Integer>> claims = new ArrayList<>();
        List<Integer> rest = new ArrayList<>(group);
        while (rest.size() > 2) {
            rest.sort((a, b) -> ClaimCandidate.FIRST_REPORT.compare(candidates.get(a), candidates.get(b)));
            List<ClaimCandidate> ordered = rest.stream().map(candidates::get).toList();
            int reference = rest.get(reference(ordered));
            List<Integer> claim = new ArrayList<>();
            List<Integer> others = new ArrayList<>();
            for (int member : rest) {
                if (member == reference || directlyRelated(candidates, vectors, member, reference)) {
                    claim.add(member);
                } else {
                    others.add(member);
                }
            }
            for (int i = 0; i < others.size(); i++) {
                int other = others.get(i);
                if (claim.stream().anyMatch(member -> candidates.get(member).overlaps(candidates.get(other)))) {
                    claim.add(other);
                    others.remove(i);
                    i = -1;
                }
            }
            claims.add(claim);
            rest = others;
        }
        if (!rest.isEmpty()) {
            if (rest.size() == 2 && !directlyRelated(candidates, vectors, rest.get(0), rest.get(1))
                    && !candidates.get(rest.get(0)).overlaps(candidates.get(rest.get(1)))) {
                claims.add(List.of(rest.get(0)));
                claims.add(List.of(rest.get(1)));
            } else {
                claims.add(rest);
            }
        }
        return claims;
    }

    /** Whether two statements are the same claim by themselves: the content-word rule or, across outlets, a paraphrase. */
    private boolean directlyRelated(List<ClaimCandidate> candidates, Optional<List<float[]>> vectors, int a, int b) {
        ClaimCandidate left = candidates.get(a);
        ClaimCandidate right = candidates.get(b);
        if (matching.related(left, right) || matching.related(right, left)) {
            return true;
        }
        return vectors.isPresent() && paraphrase(left, right, vectors.get().get(a), vectors.get().get(b));
    }

    /**
     * The paraphrase rule: statements of different outlets whose sentences name a common entity, that share a content
     * word, and whose embeddings are alike (the closer, the fewer words they share).
     */
    private static boolean paraphrase(ClaimCandidate left, ClaimCandidate right, float[] leftVector, float[] rightVector) {
        if (left.outlet().equals(right.outlet()) || left.context().stream().noneMatch(right.context()::contains)
                || !ClaimMatching.namedBy(left, right) || !ClaimMatching.namedBy(right, left)
                || !ClaimMatching.sharesPredicate(left, right)) {
            // The claim's own subjects and predicate, not only its sentence's: "the epidemic of police officers killing
            // unarmed black people" names no one, and is no report of "Tulsa, Okla., police officer Betty Shelby" killing
            // Terence Crutcher, whom it does not name.
            return false;
        }
        if (((left.question() || right.question()) && !ClaimMatching.sameWording(left, right))
                || (ClaimMatching.otherFigures(left, right) && !ClaimMatching.disputable(left, right))) {
            // Alike in register is not alike in claim: a question, or another poll's figures.
            return false;
        }
        long sharedStems = left.stems().stream().filter(right.stems()::contains).count();
        double needed = sharedStems >= 2 ? PARAPHRASE_SIMILARITY : ONE_WORD_PARAPHRASE_SIMILARITY;
        return sharedStems > 0 && Vectors.dot(leftVector, rightVector) >= needed;
    }

    /**
     * Joins statements of different outlets that share a context entity and a content word and whose
     * embeddings are alike; compared within context-entity blocks, {@link #NEIGHBOURS} at most each.
     */
    private static void paraphrases(List<ClaimCandidate> candidates, DisjointSets sets, List<float[]> vectors) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (String entity : candidates.get(i).context()) {
                blocks.computeIfAbsent(entity, key -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> block : blocks.values()) {
            if (block.size() > BLOCK_LIMIT) {
                continue;
            }
            for (int a = 0; a < block.size(); a++) {
                ClaimCandidate left = candidates.get(block.get(a));
                int compared = 0;
                for (int b = a + 1; b < block.size() && b <= a + WINDOW && compared < NEIGHBOURS; b++) {
                    ClaimCandidate right = candidates.get(block.get(b));
                    if (left.outlet().equals(right.outlet())) {
                        continue;
                    }
                    compared++;
                    if (sets.find(block.get(a)) != sets.find(block.get(b))
                            && paraphrase(left, right, vectors.get(block.get(a)), vectors.get(block.get(b)))) {
                        sets.union(block.get(a), block.get(b));
                    }
                }
            }
        }
    }
}
