package org.parallax.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.ClaimCheck;
import org.parallax.model.Evidence;
import org.parallax.pipeline.ArticleSource;
import org.parallax.pipeline.ClaimChecker;
import org.parallax.store.SearchHit;
import org.parallax.store.SearchQuery;
import org.parallax.store.Store;

/**
 * {@code POST /api/v1/claim-checks {"claim": sentence, "articles"?: n}}: which of the store's articles
 * support, contradict or discuss a claim, through the pipeline's {@link ClaimChecker}. The articles
 * judged are those the store's search finds for the claim's words, best first ({@code articles} of
 * them, {@value #DEFAULT_ARTICLES} by default): the judge reads every sentence of each, so judging
 * every article of a large store would take minutes.
 */
final class CheckApi {

    static final int DEFAULT_ARTICLES = 50;
    static final int MAX_ARTICLES = 500;

    private final Store store;
    private final ClaimChecker checker;

    CheckApi(Store store, ClaimChecker checker) {
        this.store = Objects.requireNonNull(store, "store");
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    void register(RoutesConfig routes) {
        routes.post(Guard.CLAIM_CHECKS, this::check);
    }

    private void check(Context context) {
        RequestBody body = RequestBody.of(context);
        String claim = body.text("claim");
        if (claim.length() > 2000) {
            throw ApiException.badInput("a claim is one sentence, at most 2000 characters; this one has " + claim.length());
        }
        int wanted = body.integer("articles", 1, MAX_ARTICLES).orElse(DEFAULT_ARTICLES);
        List<String> candidates = new ArrayList<>();
        String words = anyOfTheWords(claim);
        if (!words.isEmpty()) {
            for (SearchHit hit : store.search(SearchQuery.text(words).withPage(0, wanted)).hits()) {
                candidates.add(hit.article());
            }
        }
        ArticleSource source = each -> candidates.forEach(id -> store.article(id).map(AnalyzedArticle::article).ifPresent(each));
        ClaimChecker.Coverage coverage;
        synchronized (checker) {
            coverage = checker.coverage(claim, source);
        }
        JsonBodies.send(context, json -> {
            json.writeStartObject();
            json.writeStringField("claim", claim);
            json.writeNumberField("articlesJudged", candidates.size());
            writeChecks("supporting", coverage.supporting(), json);
            writeChecks("contradicting", coverage.contradicting(), json);
            writeChecks("discussing", coverage.discussing(), json);
            json.writeEndObject();
        });
    }

    /** The claim's words as a search for any of them (Lucene's syntax characters dropped). */
    static String anyOfTheWords(String claim) {
        List<String> words = new ArrayList<>();
        for (String word : claim.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 1 && !word.equals("OR") && !word.equals("AND") && !word.equals("NOT")) {
                words.add(word);
            }
        }
        return String.join(" OR ", words);
    }

    private void writeChecks(String field, List<ClaimCheck> checks, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (ClaimCheck check : checks) {
            Optional<Article> article = store.article(check.article()).map(AnalyzedArticle::article);
            json.writeStartObject();
            json.writeStringField("article", check.article());
            json.writeStringField("source", check.source());
            json.writeStringField("title", article.flatMap(Article::title).orElse(null));
            json.writeStringField("outlet", article.flatMap(Article::outlet).orElse(null));
            json.writeStringField("stance", JsonBodies.lower(check.stance()));
            json.writeNumberField("confidence", check.confidence());
            json.writeArrayFieldStart("evidence");
            for (Evidence evidence : check.evidence()) {
                json.writeStartObject();
                json.writeStringField("text", article.map(Article::text).map(evidence.span()::coveredText).orElse(""));
                json.writeNumberField("begin", evidence.span().begin());
                json.writeNumberField("end", evidence.span().end());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
