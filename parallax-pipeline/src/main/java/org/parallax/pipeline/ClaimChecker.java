package org.parallax.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.parallax.crossarticle.events.ArticleSentences;
import org.parallax.crossarticle.stance.PreparedArticle;
import org.parallax.crossarticle.stance.PreparedClaim;
import org.parallax.crossarticle.stance.StanceJudge;
import org.parallax.crossarticle.stance.StanceJudgement;
import org.parallax.crossarticle.stance.StanceModel;
import org.parallax.crossarticle.stories.OnnxTextEmbedder;
import org.parallax.model.Article;
import org.parallax.model.ClaimCheck;
import org.parallax.model.ClaimStance;
import org.parallax.model.Evidence;
import org.parallax.model.Span;

/**
 * Checks claims against articles with the trained stance judge: for each (claim, article) pair,
 * whether the article supports the claim, contradicts it, discusses it or is unrelated, with a
 * confidence and the sentences that say so. This is what {@code parallax check} does past reading
 * its inputs, and what the server calls over a store's articles.
 *
 * <p>Articles are read one at a time from an {@link ArticleSource} and each is judged against every
 * claim before the next is read, so memory holds one prepared article, not the corpus. The judge
 * reads the articles' sentences ({@link ArticleSentences}, from the clean text) and nothing the
 * language layer adds, so the language layer is not run. The judge (an embedding model and the
 * stance model) is built on first use, once per checker; a checker may be used from one thread at
 * a time.
 */
public final class ClaimChecker {

    /**
     * One claim to check.
     *
     * @param id        the claim's id, as the caller names it
     * @param statement the claim's words
     * @param articles  the ids of the only articles to check it against; empty: every article
     */
    public record Claim(String id, String statement, Set<String> articles) {

        public Claim {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(statement, "statement");
            if (statement.isBlank()) {
                throw new IllegalArgumentException("claim " + id + " has no words");
            }
            articles = Set.copyOf(articles);
        }

        /** A claim to check against every article. */
        public static Claim of(String id, String statement) {
            return new Claim(id, statement, Set.of());
        }

        boolean concerns(Article article) {
            return articles.isEmpty() || articles.contains(article.id());
        }
    }

    /**
     * How the articles stand to one claim: the related ones by stance, most confident first; the
     * unrelated ones are left out.
     */
    public record Coverage(String statement, List<ClaimCheck> supporting, List<ClaimCheck> contradicting,
            List<ClaimCheck> discussing) {

        public Coverage {
            Objects.requireNonNull(statement, "statement");
            supporting = List.copyOf(supporting);
            contradicting = List.copyOf(contradicting);
            discussing = List.copyOf(discussing);
        }
    }

    private final Supplier<StanceJudge> judgeSupplier;
    private StanceJudge judge;

    /** A checker with this judge. */
    public ClaimChecker(StanceJudge judge) {
        Objects.requireNonNull(judge, "judge");
        this.judgeSupplier = () -> judge;
    }

    private ClaimChecker(Supplier<StanceJudge> judgeSupplier) {
        this.judgeSupplier = judgeSupplier;
    }

    /** The standard checker: the in-process sentence-embedding model and the shipped stance model, loaded on first use. */
    public static ClaimChecker standard() {
        return new ClaimChecker(() -> new StanceJudge(new OnnxTextEmbedder(), StanceModel.standard()));
    }

    /**
     * Every claim against every article it concerns: one check per pair, ordered by claim (in the
     * order given) then by article (in the source's order). {@code listener} hears
     * {@link PipelineListener#articleAnnotated()} once per article read.
     */
    public List<ClaimCheck> check(List<Claim> claims, ArticleSource articles, PipelineListener listener) {
        Objects.requireNonNull(listener, "listener");
        List<Claim> given = List.copyOf(claims);
        if (given.isEmpty()) {
            return List.of();
        }
        StanceJudge stance = judge();
        List<PreparedClaim> prepared = stance.inputs().claims(given.stream().map(Claim::statement).toList());
        record Ordered(int claim, int article, ClaimCheck check) {
        }
        List<Ordered> found = new ArrayList<>();
        int[] position = {0};
        articles.forEach(article -> {
            int at = position[0]++;
            PreparedArticle ready = null;
            for (int c = 0; c < given.size(); c++) {
                Claim claim = given.get(c);
                if (!claim.concerns(article)) {
                    continue;
                }
                if (ready == null) {
                    ready = stance.inputs().article(article.text(), ArticleSentences.of(article));
                }
                found.add(new Ordered(c, at, check(claim, article, stance.judge(prepared.get(c), ready))));
            }
            listener.articleAnnotated();
        });
        found.sort(Comparator.comparingInt(Ordered::claim).thenComparingInt(Ordered::article));
        return found.stream().map(Ordered::check).toList();
    }

    /** How the articles stand to one claim ({@code statement}), checked against all of them. */
    public Coverage coverage(String statement, ArticleSource articles) {
        List<ClaimCheck> checks = new ArrayList<>(check(List.of(Claim.of("claim", statement)), articles, new PipelineListener() {
        }));
        checks.sort(Comparator.comparingDouble(ClaimCheck::confidence).reversed());
        return new Coverage(statement, withStance(checks, ClaimStance.SUPPORTS), withStance(checks, ClaimStance.CONTRADICTS),
                withStance(checks, ClaimStance.DISCUSSES));
    }

    /** The judge's provenance (model file and training), for reports. */
    public String provenance() {
        return judge().provenance();
    }

    private static List<ClaimCheck> withStance(List<ClaimCheck> checks, ClaimStance stance) {
        return checks.stream().filter(check -> check.stance() == stance).toList();
    }

    private static ClaimCheck check(Claim claim, Article article, StanceJudgement judgement) {
        List<Evidence> evidence = new ArrayList<>();
        for (Span span : judgement.evidence()) {
            evidence.add(new Evidence(article.id(), span));
        }
        return new ClaimCheck(claim.id(), claim.statement(), article.id(), article.source(), judgement.stance(),
                judgement.confidence(), evidence);
    }

    private synchronized StanceJudge judge() {
        if (judge == null) {
            judge = Objects.requireNonNull(judgeSupplier.get(), "the judge supplier gave nothing");
        }
        return judge;
    }
}
