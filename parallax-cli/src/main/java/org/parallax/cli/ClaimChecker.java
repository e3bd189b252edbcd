package org.parallax.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.crossarticle.events.ArticleSentences;
import org.parallax.crossarticle.stance.PreparedArticle;
import org.parallax.crossarticle.stance.PreparedClaim;
import org.parallax.crossarticle.stance.StanceJudge;
import org.parallax.crossarticle.stance.StanceJudgement;
import org.parallax.model.Article;
import org.parallax.model.ClaimCheck;
import org.parallax.model.Evidence;
import org.parallax.model.InputProblem;
import org.parallax.model.Span;

/**
 * Checks claims against read articles with the stance judge: each claim against the one article its
 * row names, or against every article. The whole of {@code parallax check} past reading its inputs,
 * in one place, so that it can move onto the shared pipeline API. The judge reads the articles'
 * sentences ({@link ArticleSentences}, from the clean text) and nothing the language layer adds, so
 * the language layer is not run: CoreNLP would cost a second or more per article for nothing used.
 */
final class ClaimChecker {

    /** The checks, and the rows that named an article that was not read. */
    record Result(List<ClaimCheck> checks, List<InputProblem> problems) {

        Result {
            checks = List.copyOf(checks);
            problems = List.copyOf(problems);
        }
    }

    private final StanceJudge judge;

    ClaimChecker(StanceJudge judge) {
        this.judge = Objects.requireNonNull(judge, "judge");
    }

    Result check(ClaimsFile claims, List<Article> articles, Progress progress) {
        Map<Path, List<Article>> byInput = new HashMap<>();
        for (Article article : articles) {
            byInput.computeIfAbsent(inputPath(article.source()), path -> new ArrayList<>()).add(article);
        }
        List<InputProblem> problems = new ArrayList<>();
        List<ClaimsFile.Row> usable = new ArrayList<>();
        for (ClaimsFile.Row row : claims.claims()) {
            if (row.article().isPresent() && !byInput.containsKey(row.article().get())) {
                problems.add(InputProblem.badInput(claims.file().toString(), "line " + row.line(), "claim " + row.id()
                        + " names the article " + row.article().get() + ", which was not read"));
            } else {
                usable.add(row);
            }
        }
        List<PreparedClaim> prepared = judge.inputs().claims(usable.stream().map(ClaimsFile.Row::claim).toList());
        Map<String, PreparedArticle> preparedArticles = new HashMap<>();
        List<ClaimCheck> checks = new ArrayList<>();
        progress.annotationPlanned(articles.size());
        for (int i = 0; i < usable.size(); i++) {
            ClaimsFile.Row row = usable.get(i);
            List<Article> against = row.article().map(byInput::get).orElse(articles);
            for (Article article : against) {
                PreparedArticle ready = preparedArticles.computeIfAbsent(article.id(), id -> {
                    PreparedArticle made = judge.inputs().article(article.text(), ArticleSentences.of(article));
                    progress.articleAnnotated();
                    return made;
                });
                StanceJudgement judgement = judge.judge(prepared.get(i), ready);
                List<Evidence> evidence = new ArrayList<>();
                for (Span span : judgement.evidence()) {
                    evidence.add(new Evidence(article.id(), span));
                }
                checks.add(new ClaimCheck(row.id(), row.claim(), article.id(), article.source(), judgement.stance(),
                        judgement.confidence(), evidence));
            }
        }
        return new Result(checks, problems);
    }

    /** The file an article was read from: its source without the record, line or item of an archive, feed or JSON Lines file. */
    static Path inputPath(String source) {
        String file = source.replaceFirst("#(?:record|line|item)-\\d+$", "");
        return Path.of(file).toAbsolutePath().normalize();
    }
}
