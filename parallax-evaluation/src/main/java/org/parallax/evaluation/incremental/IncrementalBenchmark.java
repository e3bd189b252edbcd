package org.parallax.evaluation.incremental;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.crossarticle.CrossArticleListener;
import org.parallax.crossarticle.stories.CachingTextEmbedder;
import org.parallax.crossarticle.stories.EmbeddingCache;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;

/**
 * Incremental equals batch, measured: the cross-article layer over a corpus at once, then over
 * the same corpus in batches (the first analysed, each next one joined with
 * {@link CrossArticleAnalyzer#extend}), with what each costs (CPU time of the whole process, which
 * counts the embedding model's native threads) and
 * how far the two accounts agree ({@link AccountAgreement}). The batches run as a store runs them:
 * with an embedding cache (in memory, standing in for the store's {@code text_embeddings}) that
 * each batch fills, so a join embeds only the texts no earlier batch embedded; the run at once
 * uses none.
 */
public final class IncrementalBenchmark {

    private IncrementalBenchmark() {
    }

    /**
     * @param articles          the analysed corpus, in ingest order
     * @param batches           how many batches to ingest it in (at least 2)
     * @param languageCpuMillis the language layer's CPU time per article, for the ratio of each join to its articles' analysis
     * @return the report as Markdown lines
     */
    public static List<String> run(List<AnalyzedArticle> articles, int batches, CrossArticleAnalyzer analyzer,
            double languageCpuMillis) {
        return run(articles, batches, analyzer, languageCpuMillis, true);
    }

    /**
     * As {@link #run(List, int, CrossArticleAnalyzer, double)}; without {@code keepEmbeddings} the batches
     * run with no embedding cache, every text embedded again (as before the store kept them), for comparison.
     */
    public static List<String> run(List<AnalyzedArticle> articles, int batches, CrossArticleAnalyzer analyzer,
            double languageCpuMillis, boolean keepEmbeddings) {
        if (batches < 2 || articles.size() < batches) {
            throw new IllegalArgumentException("need at least 2 batches and as many articles: " + batches + " batches, "
                    + articles.size() + " articles");
        }
        long start = processCpuNanos();
        CrossArticle atOnce = analyzer.analyze(articles);
        double atOnceMillis = (processCpuNanos() - start) / 1e6;

        Map<String, AnalyzedArticle> byId = new HashMap<>();
        articles.forEach(article -> byId.put(article.article().id(), article));
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%d articles in %d batches (%s); the language layer's CPU time: %.1f ms/article",
                articles.size(), batches, keepEmbeddings ? "embeddings kept between batches" : "no embeddings kept", languageCpuMillis));
        lines.add("");
        lines.add("| batch | articles added | store before | how | CPU ms | CPU ms per added article | x their analysis"
                + " | texts asked | texts embedded |");
        lines.add("|---:|---:|---:|---|---:|---:|---:|---:|---:|");
        EmbeddingCache kept = keepEmbeddings ? EmbeddingCache.inMemory() : EmbeddingCache.NONE;
        CrossArticle account = CrossArticle.empty();
        int done = 0;
        for (int b = 0; b < batches; b++) {
            int end = (int) ((long) articles.size() * (b + 1) / batches);
            List<AnalyzedArticle> batch = articles.subList(done, end);
            Set<String> stored = new HashSet<>();
            articles.subList(0, done).forEach(article -> stored.add(article.article().id()));
            long before = processCpuNanos();
            long asked = analyzer.cachingEmbedder().map(CachingTextEmbedder::textsAsked).orElse(0L);
            long embedded = analyzer.cachingEmbedder().map(CachingTextEmbedder::textsEmbedded).orElse(0L);
            CrossArticle earlier = account;
            boolean first = b == 0;
            account = analyzer.withEmbeddingCache(kept, () -> first ? analyzer.analyze(batch)
                    : analyzer.extend(earlier, batch, ids -> read(ids, stored, byId), CrossArticleListener.NONE));
            double millis = (processCpuNanos() - before) / 1e6;
            asked = analyzer.cachingEmbedder().map(CachingTextEmbedder::textsAsked).orElse(0L) - asked;
            embedded = analyzer.cachingEmbedder().map(CachingTextEmbedder::textsEmbedded).orElse(0L) - embedded;
            lines.add(String.format(Locale.ROOT, "| %d | %d | %d | %s | %.0f | %.1f | %.2f | %d | %d |", b + 1, batch.size(), done,
                    b == 0 ? "at once" : "extend", millis, millis / batch.size(), millis / batch.size() / languageCpuMillis,
                    asked, embedded));
            done = end;
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "At once: %.0f CPU ms (%.1f ms/article).", atOnceMillis, atOnceMillis / articles.size()));
        AccountAgreement agreement = AccountAgreement.of(account, atOnce);
        lines.add("");
        lines.add("| measure (in batches against at once) | figure |");
        lines.add("|---|---:|");
        lines.add(row("stories: adjusted Rand index (each article's first story)", agreement.storiesRand()));
        lines.add(row("stories: extended B-cubed precision", agreement.stories().precision()));
        lines.add(row("stories: extended B-cubed recall", agreement.stories().recall()));
        lines.add(row("stories: extended B-cubed F1", agreement.stories().f1()));
        lines.add(row("stories with exactly the same articles (share of at once's)", agreement.sameStoryShare()));
        lines.add(row("of those, with exactly the same cast (by names)", agreement.sameCastShare()));
        lines.add(row("of those, mean Jaccard similarity of the casts (by names)", agreement.castJaccard()));
        lines.add(row("entities: adjusted Rand index (per-article entities)", agreement.entitiesRand()));
        lines.add(row("entities: B-cubed F1", agreement.entities().f1()));
        lines.add(counts("stories", agreement.storyCounts()));
        lines.add(counts("entities", agreement.entityCounts()));
        lines.add(counts("events", agreement.eventCounts()));
        lines.add(counts("claims", agreement.claimCounts()));
        return lines;
    }

    /** The CPU time of this process so far (every thread, the embedding model's native ones too). */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static List<AnalyzedArticle> read(Collection<String> ids, Set<String> stored, Map<String, AnalyzedArticle> byId) {
        List<AnalyzedArticle> found = new ArrayList<>();
        for (String id : ids) {
            if (stored.contains(id)) {
                found.add(byId.get(id));
            }
        }
        return found;
    }

    private static String row(String measure, double value) {
        return String.format(Locale.ROOT, "| %s | %.3f |", measure, value);
    }

    private static String counts(String what, AccountAgreement.Counts counts) {
        return String.format(Locale.ROOT, "| %s: in batches / at once | %d / %d |", what, counts.account(), counts.reference());
    }
}
