package org.parallax.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;
import org.parallax.model.DateSource;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.Speaker;

/**
 * Synthetic variations of real analysed articles, for measuring the store at sizes no analysed
 * corpus here reaches: variation {@code k} is real article {@code k mod n} with its annotations,
 * followed by paragraphs of two other real articles (so its spans stay valid and variations of one
 * article share about a third of their text, as unrelated articles on one story do, not as near
 * duplicates), under one of twenty outlets and a date spread over a year.
 */
final class SyntheticCorpus {

    private static final int OUTLETS = 20;

    private final List<AnalyzedArticle> analysed;
    private final List<String> paragraphs;

    SyntheticCorpus(List<AnalyzedArticle> analysed, List<Article> texts) {
        if (analysed.isEmpty() || texts.isEmpty()) {
            throw new IllegalArgumentException("a synthetic corpus needs analysed articles and texts to vary them with");
        }
        this.analysed = List.copyOf(analysed);
        List<String> found = new ArrayList<>();
        for (Article article : texts) {
            for (String paragraph : article.text().split("\n\n")) {
                if (paragraph.length() > 80) {
                    found.add(paragraph.strip());
                }
            }
        }
        this.paragraphs = List.copyOf(found);
    }

    /**
     * Variation {@code k}: an article with a source of its own, and its annotations under its id
     * ({@code v<k>/e<n>}) before the store names it. (Its entity ids once kept the real article's
     * prefix, so the account update marked the real article, not the variation, for the search index,
     * and the benchmark's entity and speaker questions found no entities.)
     */
    AnalyzedArticle variation(long k) {
        AnalyzedArticle base = analysed.get((int) (k % analysed.size()));
        Article article = base.article();
        StringBuilder text = new StringBuilder(article.text());
        for (int i = 0; i < 3; i++) {
            long pick = Math.floorMod(k * 2_654_435_761L + i * 40_503L + k / analysed.size(), paragraphs.size());
            text.append("\n\n").append(paragraphs.get((int) pick));
        }
        text.append("\n\nSynthetic variation ").append(k).append('.');
        LocalDate published = LocalDate.of(2022, 1, 1).plusDays(k % 365);
        Article varied = new Article("v" + k, "synthetic/" + k + "/" + article.source(), article.format(),
                Optional.of("https://outlet-" + (k % OUTLETS) + ".example/" + k), article.title(), article.subtitle(),
                Optional.of("Outlet " + (k % OUTLETS)), article.authors(), Optional.of(published), DateSource.METADATA,
                Optional.empty(), text.toString(), article.embeddedPosts(), article.removed());
        return renamed(base, varied);
    }

    /** {@code analyzed}'s annotations under the id the store gave its article ({@code <id>/e<n>} entity ids). */
    static AnalyzedArticle renamed(AnalyzedArticle analyzed, Article stored) {
        return analyzed.renamedTo(stored);
    }
}
